import './ropa.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/checkbox-field';
import { ErrorAlert } from '../../components/error-alert';
import { useNavigationStore } from '../shell/navigation-store';
import { useCaseLinks, type CaseLinksView } from './use-case-links';

interface CaseRegisterLinksProps {
  caseType: 'request' | 'breach';
  caseId: string;
  /** Told after the links change, so what is drawn from them (a breach's facts) can follow. */
  onSaved?: (links: CaseLinksView) => void;
  readOnly?: boolean;
}

/**
 * Which processing activities and processors a case concerns. The access response and the
 * breach's triage facts are drawn from them. Ticking an activity ticks the processors it
 * uses (they can be unticked): a breach of the activity likely involves them.
 */
export function CaseRegisterLinks({ caseType, caseId, onSaved, readOnly = false }: CaseRegisterLinksProps) {
  const { t } = useTranslation();
  const { links, registers, error, save } = useCaseLinks(caseType, caseId);
  const [draft, setDraft] = useState<CaseLinksView | null>(null);
  const [busy, setBusy] = useState(false);
  if (!links || !registers) return error ? <ErrorAlert error={error} /> : null;

  const activities = registers.activities.filter((a) => links.activityIds.includes(a.id));
  const processors = registers.processors.filter((p) => links.processorIds.includes(p.id));
  const tickActivity = (id: string, on: boolean) =>
    setDraft((d) => {
      if (!d) return d;
      const used = registers.activities.find((a) => a.id === id)?.processorIds ?? [];
      return on
        ? { activityIds: [...d.activityIds, id], processorIds: [...new Set([...d.processorIds, ...used])] }
        : { ...d, activityIds: d.activityIds.filter((x) => x !== id) };
    });
  const tickProcessor = (id: string, on: boolean) => setDraft((d) => (d ? { ...d, processorIds: on ? [...d.processorIds, id] : d.processorIds.filter((x) => x !== id) } : d));
  const submit = async () => {
    if (!draft) return;
    setBusy(true);
    const ok = await save(draft);
    setBusy(false);
    if (ok) {
      setDraft(null);
      onSaved?.(draft);
    }
  };

  const titleId = `register-links-${caseType}`;
  return (
    <section className="ropa-card case-register-links" aria-labelledby={titleId}>
      <h2 id={titleId} className="ropa-card-title">
        {t('ropa.caseLinks.title')}
      </h2>
      <p className="field-hint">{t(`ropa.caseLinks.hint.${caseType}`)}</p>
      {draft ? (
        <div className="ropa-form">
          {registers.activities.length === 0 ? <p className="ropa-empty">{t('ropa.caseLinks.noRegister')}</p> : null}
          <fieldset className="ropa-fieldset ropa-checks">
            <legend>{t('ropa.caseLinks.activities')}</legend>
            {registers.activities.map((a) => (
              <CheckboxField key={a.id} label={`${a.reference} ${a.name}`} checked={draft.activityIds.includes(a.id)} onCheckedChange={(on) => tickActivity(a.id, on)} />
            ))}
          </fieldset>
          <fieldset className="ropa-fieldset ropa-checks">
            <legend>{t('ropa.caseLinks.processors')}</legend>
            {registers.processors.map((p) => (
              <CheckboxField key={p.id} label={p.name} checked={draft.processorIds.includes(p.id)} onCheckedChange={(on) => tickProcessor(p.id, on)} />
            ))}
          </fieldset>
          <ErrorAlert error={error} />
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>
              {t('ropa.caseLinks.save')}
            </button>
            <button type="button" className="button" onClick={() => setDraft(null)}>
              {t('ropa.form.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <>
          {activities.length === 0 && processors.length === 0 ? (
            <p className="ropa-empty">{t('ropa.caseLinks.none')}</p>
          ) : (
            <ul className="ropa-linked-list" aria-label={t('ropa.caseLinks.title')}>
              {activities.map((a) => (
                <li key={a.id}>{t('ropa.caseLinks.activity', { reference: a.reference, name: a.name })}</li>
              ))}
              {processors.map((p) => (
                <li key={p.id}>{t('ropa.caseLinks.processor', { name: p.name })}</li>
              ))}
            </ul>
          )}
          <div className="button-row">
            {readOnly ? null : (
              <button type="button" className="button" onClick={() => setDraft({ activityIds: [...links.activityIds], processorIds: [...links.processorIds] })}>
                {t('ropa.caseLinks.change')}
              </button>
            )}
            <button type="button" className="button" onClick={() => useNavigationStore.getState().go('registers')}>
              {t('ropa.caseLinks.openRegisters')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
