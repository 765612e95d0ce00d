import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachDetail } from '../../../../../electron/shared/breaches';
import { DateField } from '../../../../components/date-field';
import { ErrorAlert } from '../../../../components/error-alert';
import { TextField } from '../../../../components/text-field';
import { call } from '../../../../lib/api';
import { useBreachChange } from '../use-breach-change';

interface SubjectsOrderCardProps {
  detail: BreachDetail;
  onChange: (detail: BreachDetail) => void;
}

/**
 * The supervisory authority's order to tell the people (Art. 34(4) GDPR), recorded beside the
 * DPO's decision: its day and reference, or a form to record it. With it recorded the notice to
 * the people is written as the legal duty the order makes, whatever the decision says.
 */
export function SubjectsOrderCard({ detail, onChange }: SubjectsOrderCardProps) {
  const { t } = useTranslation();
  const order = detail.subjectsOrder;
  const closed = detail.status === 'closed';
  const [editing, setEditing] = useState(false);
  const [orderedOn, setOrderedOn] = useState(order?.orderedOn ?? '');
  const [reference, setReference] = useState(order?.reference ?? '');
  // The day is required: asked for here, in the UI's language, before the API is called.
  const [tried, setTried] = useState(false);
  const change = useBreachChange((next) => {
    setEditing(false);
    onChange(next);
  }, 'order.');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    if (change.busy || !orderedOn) return;
    void change.run(() => call('breaches.orderSubjects', { id: detail.id, expectedVersion: detail.version, order: { orderedOn, reference } }));
  };
  const remove = () => {
    if (change.busy) return;
    void change.run(() => call('breaches.orderSubjects', { id: detail.id, expectedVersion: detail.version, order: null }));
  };

  return (
    <section className="breach-card" aria-labelledby="subjects-order-title" data-testid="subjects-order">
      <div className="breach-card-head">
        <h3 id="subjects-order-title" className="breach-card-title">
          {t('breaches.subjectsOrder.title')}
        </h3>
      </div>
      {order ? (
        <p>{t(order.reference ? 'breaches.subjectsOrder.recordedReference' : 'breaches.subjectsOrder.recorded', { date: order.orderedOn, reference: order.reference })}</p>
      ) : (
        <p className="muted-text">{t('breaches.subjectsOrder.none')}</p>
      )}
      {closed ? null : editing ? (
        <form onSubmit={submit} noValidate aria-label={t('breaches.subjectsOrder.formLabel')}>
          <DateField label={t('breaches.subjectsOrder.orderedOn')} value={orderedOn} onValueChange={setOrderedOn} error={tried && !orderedOn ? t('breaches.common.required') : change.issueOf('orderedOn')} required />
          <TextField label={t('breaches.subjectsOrder.reference')} value={reference} onValueChange={setReference} maxLength={500} error={change.issueOf('reference')} />
          <ErrorAlert error={change.error} />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={change.busy}>
              {change.busy ? t('breaches.common.saving') : t('breaches.subjectsOrder.record')}
            </button>
            <button type="button" className="button" onClick={() => setEditing(false)}>
              {t('breaches.common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {order ? t('breaches.subjectsOrder.change') : t('breaches.subjectsOrder.add')}
          </button>
          {order ? (
            <button type="button" className="button" onClick={remove} disabled={change.busy}>
              {t('breaches.subjectsOrder.remove')}
            </button>
          ) : null}
        </div>
      )}
      {editing ? null : <ErrorAlert error={change.error} />}
    </section>
  );
}
