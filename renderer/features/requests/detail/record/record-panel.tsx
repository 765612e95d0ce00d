import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '../../../../../electron/shared/requests';
import { call } from '../../../../lib/api';
import { formatInstant } from '../../format';
import { useLanguage } from '../../../../i18n/use-language';
import { AcknowledgeForm } from './acknowledge-form';
import { CorrectForm } from './correct-form';
import { ReasonForm } from './reason-form';

/** The steps on the record itself, beside the lifecycle: each opens its own small form. */
export type RecordStep = 'acknowledge' | 'correct' | 'undoExtension' | 'reopen' | 'void';

/** The record steps this request allows now. */
export function recordSteps(detail: RequestDetail): RecordStep[] {
  if (detail.status === 'void') return [];
  const open = detail.allowedTransitions.length > 0;
  return [
    ...(open && detail.acknowledgedAt === null ? (['acknowledge'] as const) : []),
    'correct' as const,
    ...(detail.canUndoExtension ? (['undoExtension'] as const) : []),
    ...(!open ? (['reopen'] as const) : []),
    'void' as const,
  ];
}

interface RecordPanelProps {
  detail: RequestDetail;
  onChange: (detail: RequestDetail) => void;
  /** A step to open at once (Today's "Acknowledge" opens the acknowledgement). */
  initialStep?: RecordStep | null;
}

/**
 * The record a DPO can stand behind: the acknowledgement given, corrections of any fact,
 * reopening, undoing an extension, voiding a request registered in error. Every step is
 * audited with its reason and shows in History.
 */
export function RecordPanel({ detail, onChange, initialStep = null }: RecordPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const steps = recordSteps(detail);
  const [open, setOpen] = useState<RecordStep | null>(initialStep && steps.includes(initialStep) ? initialStep : null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const done = (step: RecordStep) => (next: RequestDetail) => {
    onChange(next);
    setOpen(null);
    setNotice(t(`requests.record.done.${step}`));
  };
  const cancel = () => setOpen(null);
  const reasoned = (step: 'undoExtension' | 'reopen' | 'void', channel: 'requests.undoExtension' | 'requests.reopen' | 'requests.void') => (
    <ReasonForm
      key={step}
      title={t(`requests.record.${step}.title`)}
      hint={t(`requests.record.${step}.hint`)}
      submitLabel={t(`requests.record.${step}.submit`)}
      send={(reason) => call(channel, { id: detail.id, expectedVersion: detail.version, reason })}
      onDone={done(step)}
      onCancel={cancel}
    />
  );

  return (
    <section className="request-card record-panel" aria-labelledby="record-title">
      <h2 id="record-title" className="card-title">
        {t('requests.record.title')}
      </h2>
      <p className="muted record-ack">
        {detail.acknowledgement
          ? t('requests.record.acknowledged', {
              date: formatInstant(detail.acknowledgement.at, detail.timeZone, language),
              channel: detail.acknowledgement.channel ? t(`requests.channels.${detail.acknowledgement.channel}`) : '—',
            })
          : t('requests.record.notAcknowledged')}
      </p>
      <p ref={noticeRef} role="status" tabIndex={-1} className="status-message action-notice">
        {notice ?? ''}
      </p>
      {steps.length > 0 ? (
        <div className="button-row action-buttons">
          {steps.map((step) => (
            <button
              key={step}
              type="button"
              className={`button${step === 'acknowledge' ? ' button-primary' : ''}${step === 'void' ? ' button-quiet' : ''}`}
              aria-expanded={open === step}
              aria-controls="record-form-area"
              onClick={() => {
                setNotice(null);
                setOpen(open === step ? null : step);
              }}
            >
              {t(`requests.record.${step}.open`)}
            </button>
          ))}
        </div>
      ) : null}
      <div id="record-form-area">
        {open === 'acknowledge' ? <AcknowledgeForm detail={detail} onDone={done('acknowledge')} onCancel={cancel} /> : null}
        {open === 'correct' ? <CorrectForm detail={detail} onDone={done('correct')} onCancel={cancel} /> : null}
        {open === 'undoExtension' ? reasoned('undoExtension', 'requests.undoExtension') : null}
        {open === 'reopen' ? reasoned('reopen', 'requests.reopen') : null}
        {open === 'void' ? reasoned('void', 'requests.void') : null}
      </div>
    </section>
  );
}
