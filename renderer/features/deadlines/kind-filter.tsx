import { useTranslation } from 'react-i18next';
import type { DeadlineKind } from '../../../electron/shared/calendar';
import { deadlineKinds } from '../dashboard/closed-lists';

/** Toggle buttons, one per kind of deadline, each in its calendar colour. */
export function KindFilter({ kinds, onToggle }: { kinds: readonly DeadlineKind[]; onToggle: (kind: DeadlineKind) => void }) {
  const { t } = useTranslation();
  return (
    <div className="cal-kinds" role="group" aria-label={t('dashboard.calendar.kindsLabel')}>
      <span className="cal-kinds-label" aria-hidden="true">
        {t('dashboard.calendar.kindsLabel')}
      </span>
      {deadlineKinds.map((kind) => (
        <button key={kind} type="button" className={`cal-kind-toggle cal-kind-${kind}`} aria-pressed={kinds.includes(kind)} onClick={() => onToggle(kind)}>
          {t(`dashboard.kinds.${kind}`)}
        </button>
      ))}
    </div>
  );
}
