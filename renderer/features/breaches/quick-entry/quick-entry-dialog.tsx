import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../electron/shared/result';
import { ErrorAlert } from '../../../components/error-alert';
import { ModalDialog } from '../../../components/modal-dialog';
import { TextareaField } from '../../../components/textarea-field';
import { DateTimeField } from '../../../components/date-time-field';
import { TextField } from '../../../components/text-field';
import { useLanguage } from '../../../i18n/use-language';
import { call } from '../../../lib/api';
import { instantToWallTime } from '../../../../electron/shared/pure/zoned-time';
import { formatInstant } from '../format-time';
import { useBreachListStore } from '../list/breach-list-store';
import { currentTime, useNow } from '../use-now';
import { useBreachesView } from '../view-store';
import { displayZone } from '../zone-note';
import { awareInstant, deadlineFor, quickEntryIssues, type QuickEntryDraft } from './quick-entry-draft';

/**
 * "I just learned of a breach": a title and the moment of awareness (now, unless changed)
 * start the 72-hour clock in one step; everything else can follow on the breach's page.
 */
export function QuickEntryDialog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const close = useBreachesView((store) => store.closeQuickEntry);
  const showBreach = useBreachesView((store) => store.showBreach);
  const zone = displayZone(useBreachListStore((store) => store.timeZone));
  const now = useNow(15_000);
  const [draft, setDraft] = useState<QuickEntryDraft>({ title: '', wall: '', wallEdited: false, description: '' });
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const wall = draft.wallEdited ? draft.wall : instantToWallTime(now, zone);
  const issues = quickEntryIssues(draft, zone, now);
  const instant = awareInstant(draft, zone, now);
  const apiIssue = (field: string) => error?.issues?.find((issue) => issue.path === `breach.${field}`)?.message ?? null;
  const awareError = tried && issues.includes('aware-invalid') ? t('breaches.quickEntry.awareInvalid') : tried && issues.includes('aware-future') ? t('breaches.quickEntry.awareFuture') : apiIssue('awareAt');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    const submittedAt = currentTime();
    const awareAt = awareInstant(draft, zone, submittedAt);
    if (busy || quickEntryIssues(draft, zone, submittedAt).length > 0 || awareAt === null) return;
    setBusy(true);
    setError(null);
    const description = draft.description.trim();
    const result = await call('breaches.create', { breach: { title: draft.title.trim(), awareAt, ...(description ? { description } : {}) } });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    void useBreachListStore.getState().refresh();
    showBreach(result.value.id);
  };

  return (
    <ModalDialog
      title={t('breaches.quickEntry.title')}
      description={t('breaches.quickEntry.intro')}
      closeLabel={t('breaches.quickEntry.close')}
      onClose={close}
      className="quick-entry"
    >
      <form className="quick-entry-form" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label={t('breaches.quickEntry.titleLabel')}
          value={draft.title}
          onValueChange={(title) => setDraft({ ...draft, title })}
          hint={t('breaches.quickEntry.titleHint')}
          error={tried && issues.includes('title-required') ? t('breaches.quickEntry.titleRequired') : apiIssue('title')}
          maxLength={200}
          autoComplete="off"
        />
        <DateTimeField
          label={t('breaches.quickEntry.awareLabel')}
          value={wall}
          onValueChange={(value) => setDraft({ ...draft, wall: value, wallEdited: true })}
          hint={draft.wallEdited ? t('breaches.quickEntry.awareHintEdited', { zone }) : t('breaches.quickEntry.awareHintNow', { zone })}
          error={awareError}
        />
        <p className="quick-entry-deadline" data-testid="quick-entry-deadline">
          {instant ? t('breaches.quickEntry.deadline', { deadline: formatInstant(deadlineFor(instant), zone, language, true, true), zone }) : '\u00a0'}
        </p>
        <TextareaField
          label={t('breaches.quickEntry.descriptionLabel')}
          value={draft.description}
          onValueChange={(description) => setDraft({ ...draft, description })}
          rows={3}
          maxLength={20_000}
          placeholder={t('breaches.quickEntry.descriptionHint')}
        />
        <ErrorAlert error={error} />
        <div className="button-row modal-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('breaches.quickEntry.starting') : t('breaches.quickEntry.submit')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('breaches.common.cancel')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
