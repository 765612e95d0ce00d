import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionKind, BreachDetail } from '../../../../../electron/shared/breaches';
import { ErrorAlert } from '../../../../components/error-alert';
import { RadioChoice } from '../../../../components/radio-choice';
import { TextareaField } from '../../../../components/textarea-field';
import { DateTimeField } from '../../../../components/date-time-field';
import { TextField } from '../../../../components/text-field';
import { call } from '../../../../lib/api';
import { useEditedForm } from '../../../../lib/unsaved-changes';
import { currentTime } from '../../use-now';
import { useBreachChange } from '../use-breach-change';
import { useMomentField } from '../use-moment-field';

interface ActionFormProps {
  detail: BreachDetail;
  kinds: readonly ActionKind[];
  timeZone: string;
  onDone: (detail: BreachDetail) => void;
  onCancel: () => void;
}

/** One measure taken: containment or remediation, when (now unless changed), who and what. */
export function ActionForm({ detail, kinds, timeZone, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const at = useMomentField(timeZone);
  const [kind, setKind] = useState<ActionKind>('containment');
  const [who, setWho] = useState('');
  const [what, setWhat] = useState('');
  const [tried, setTried] = useState(false);
  const change = useBreachChange(onDone, 'action.');
  const edits = useEditedForm();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    const instant = at.instantAt(currentTime());
    if (change.busy || instant === null || !who.trim() || !what.trim()) return;
    void change.run(() => call('breaches.addAction', { id: detail.id, expectedVersion: detail.version, action: { kind, at: instant, who: who.trim(), text: what.trim() } }));
  };

  return (
    <form className="breach-subform" onSubmit={submit} onInput={edits.onInput} noValidate aria-labelledby="action-form-title">
      <h3 id="action-form-title" className="subform-title">
        {t('breaches.actions.formTitle')}
      </h3>
      <RadioChoice<ActionKind> legend={t('breaches.actions.kind')} value={kind} options={kinds.map((value) => ({ value, label: t(`breaches.actions.kinds.${value}`) }))} onValueChange={setKind} inline />
      <div className="subform-pair">
        <DateTimeField
          label={t('breaches.actions.at')}
          value={at.value}
          onValueChange={at.onChange}
          hint={t('breaches.common.inZone', { zone: timeZone })}
          error={tried && !at.valid ? t('breaches.common.invalidTime') : change.issueOf('at')}
        />
        <TextField
          label={t('breaches.actions.who')}
          value={who}
          onValueChange={setWho}
          maxLength={200}
          autoComplete="off"
          error={tried && !who.trim() ? t('breaches.common.required') : change.issueOf('who')}
        />
      </div>
      <TextareaField
        label={t('breaches.actions.what')}
        value={what}
        onValueChange={setWhat}
        rows={3}
        maxLength={4000}
        error={tried && !what.trim() ? t('breaches.common.required') : change.issueOf('text')}
      />
      <ErrorAlert error={change.error} />
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={change.busy}>
          {change.busy ? t('breaches.common.saving') : t('breaches.actions.add')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('breaches.common.cancel')}
        </button>
      </div>
    </form>
  );
}
