import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/shared/result';
import type { RequestDetail } from '../../../electron/shared/requests';
import { ErrorAlert } from '../../components/error-alert';
import { DateField } from '../../components/date-field';
import { call } from '../../lib/api';
import { ClockList } from './clock-list';

/**
 * A request held in processor capacity: the client (the controller), our clocks under its
 * processing agreement beside its own deadline shown as context, and the two steps that move
 * them: the day we forwarded the request, the date the client asked us to assist by.
 */
export function ProcessorRequestCard({ detail, onChange }: { detail: RequestDetail; onChange: (detail: RequestDetail) => void }) {
  const { t } = useTranslation();
  const side = detail.processorSide;
  const [forwardedOn, setForwardedOn] = useState(side?.forwardedOn ?? '');
  const [assistBy, setAssistBy] = useState(side?.assistBy ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!side) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const step = await call('requests.processorStep', { id: detail.id, ...(forwardedOn ? { forwardedOn } : {}), assistBy: assistBy || null });
    const next = step.ok ? await call('requests.get', { id: detail.id }) : step;
    setBusy(false);
    if (!next.ok) return setError(next.error);
    setError(null);
    onChange(next.value);
  };
  return (
    <section className="ropa-card" aria-labelledby="processor-clocks-title">
      <h2 id="processor-clocks-title" className="ropa-card-title">
        {t('clients.clocks.requestTitle')}
      </h2>
      <p className="page-subtitle">{t('clients.clocks.requestIntro', { client: side.clientName })}</p>
      <ClockList clocks={side.clocks} timeZone={detail.timeZone} labelledBy="processor-clocks-title" />
      <form className="breach-subform" onSubmit={(event) => void submit(event)} noValidate>
        <div className="field-grid">
          <DateField label={t('clients.capacity.forwarded')} value={forwardedOn} onValueChange={setForwardedOn} />
          <DateField label={t('clients.capacity.assistBy')} value={assistBy} onValueChange={setAssistBy} />
        </div>
        <ErrorAlert error={error} />
        <div className="button-row">
          <button type="submit" className="button" disabled={busy || (!forwardedOn && !assistBy && side.assistBy === null)}>
            {t('clients.capacity.saveStep')}
          </button>
        </div>
      </form>
    </section>
  );
}
