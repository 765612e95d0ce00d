import { useTranslation } from 'react-i18next';
import type { BreachListRow } from '../../../../electron/shared/breaches';
import { useNow } from '../use-now';
import { BreachRow } from './breach-row';

const columns = ['status', 'reference', 'title', 'severity', 'risk', 'awareAt', 'clock'] as const;

/** The register as a table; the clocks move on their own every few seconds. */
export function BreachTable({ rows, timeZone, onOpen }: { rows: BreachListRow[]; timeZone: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const now = useNow(5_000);
  return (
    <div className="breach-table-wrap">
      <table className="breach-table">
        <caption className="visually-hidden">{t('breaches.list.caption', { zone: timeZone })}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={`col-${column}`}>
                {t(`breaches.list.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((breach) => (
            <BreachRow key={breach.id} breach={breach} timeZone={timeZone} now={now} onOpen={onOpen} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
