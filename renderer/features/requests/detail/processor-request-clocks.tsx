import { useTranslation } from 'react-i18next';
import type { CaseClock } from '../../../../electron/shared/case-clocks';
import type { RequestProcessorSide } from '../../../../electron/shared/clients';
import type { ClockView, RequestDetail } from '../../../../electron/shared/requests';
import { useDeadlineText } from '../use-deadline-text';
import { ClockCard } from './clock-card';
import { DeadlineExplanations } from './deadline-explanations';
import { todayOf } from './today-of';

const DAY_MS = 86_400_000;

/** A processor clock as a card shows it: its date and, while it is still to be met, the days left from `today`. */
function viewOf(clock: CaseClock | undefined, today: string | null): ClockView {
  const date = clock?.dueAt ?? null;
  if (!clock || date === null || clock.doneAt !== null || today === null) return { date, daysLeft: null };
  return { date, daysLeft: Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS) };
}

/**
 * The top cards of a request held for a client: ours as processor, forwarding it to the client
 * under the processing agreement and assisting it by the date it asks (Art. 28(3)(e)), the one
 * that ends first marked; then the controller's own deadline, shown as context: it is the
 * client's to keep, not ours.
 */
export function ProcessorRequestClocks({ detail, side }: { detail: RequestDetail; side: RequestProcessorSide }) {
  const { t } = useTranslation();
  const text = useDeadlineText();
  const today = todayOf(detail);
  const find = (kind: CaseClock['kind']) => side.clocks.find((c) => c.kind === kind);
  const forward = find('processor-forward');
  const assist = find('client-assist');
  const controller = find('controller-legal');
  const forwardView = viewOf(forward, today);
  const assistView = viewOf(assist, today);
  const open = [forwardView, assistView].filter((v) => v.daysLeft !== null && v.date !== null);
  const first = open.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  const client = side.clientName;
  return (
    <section className="request-clocks" aria-label={t('requests.clocks.title')} data-capacity="processor">
      <div className="clock-cards">
        <ClockCard
          name="legal"
          clock={forwardView}
          drives={first === forwardView}
          title={t('requests.clocks.processor.forwardBy', { client })}
          noDate={forward?.doneAt ? t('requests.clocks.none') : t('msg.clock.status.undue-delay')}
        >
          {forward?.doneAt ? <p>{t('requests.clocks.processor.forwardedOn', { date: text.date(forward.doneAt) })}</p> : null}
        </ClockCard>
        <ClockCard name="organisation" clock={assistView} drives={first === assistView} title={t('requests.clocks.processor.assistBy', { client })} noDate={t('requests.clocks.processor.assistWaiting')} />
      </div>
      <p className="clock-driver" data-testid="controller-context">
        {controller?.dueAt
          ? t('requests.clocks.processor.controllerContext', { client, date: text.date(controller.dueAt) })
          : t('requests.clocks.processor.controllerUnknown', { client })}
      </p>
      <DeadlineExplanations explanations={detail.deadlines.explanations} lines={detail.deadlines.explanationLines} />
    </section>
  );
}
