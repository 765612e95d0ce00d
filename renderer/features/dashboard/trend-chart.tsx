import { useTranslation } from 'react-i18next';
import type { TrendWeek } from '../../../electron/shared/dashboard';

const WIDTH = 280;
const HEIGHT = 120;
const BASE = 100;
const BAR = 10;

/** The week number of `2026-W15`. */
const weekNumber = (week: string): string => week.slice(week.indexOf('W') + 1);

/**
 * Requests received and closed per ISO week, eight weeks, as paired bars; the figures are
 * also in a table for screen readers (the drawing itself is decorative).
 */
export function TrendChart({ trend }: { trend: TrendWeek[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...trend.flatMap((w) => [w.received, w.closed]));
  const step = WIDTH / trend.length;
  const height = (value: number) => Math.round((value / max) * (BASE - 14));
  return (
    <section className="dash-card dash-trend" aria-labelledby="dash-trend-title">
      <div className="dash-card-head">
        <h2 id="dash-trend-title" className="dash-card-title">
          {t('dashboard.trend.title')}
        </h2>
        <p className="dash-legend" aria-hidden="true">
          <span className="dash-legend-received">{t('dashboard.trend.received')}</span>
          <span className="dash-legend-closed">{t('dashboard.trend.closed')}</span>
        </p>
      </div>
      <svg className="dash-trend-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
        <line className="dash-trend-axis" x1="0" x2={WIDTH} y1={BASE + 0.5} y2={BASE + 0.5} />
        {trend.map((week, i) => {
          const x = i * step + step / 2;
          return (
            <g key={week.week}>
              <rect className="dash-bar-received" x={x - BAR - 1} y={BASE - height(week.received)} width={BAR} height={height(week.received)} rx="2" />
              <rect className="dash-bar-closed" x={x + 1} y={BASE - height(week.closed)} width={BAR} height={height(week.closed)} rx="2" />
              {week.received > 0 ? (
                <text className="dash-bar-value" x={x - BAR / 2 - 1} y={BASE - height(week.received) - 3}>
                  {week.received}
                </text>
              ) : null}
              {week.closed > 0 ? (
                <text className="dash-bar-value" x={x + BAR / 2 + 1} y={BASE - height(week.closed) - 3}>
                  {week.closed}
                </text>
              ) : null}
              <text className="dash-trend-label" x={x} y={HEIGHT - 4}>
                {t('dashboard.trend.weekShort', { week: weekNumber(week.week) })}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{t('dashboard.trend.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.trend.week')}</th>
            <th scope="col">{t('dashboard.trend.received')}</th>
            <th scope="col">{t('dashboard.trend.closed')}</th>
          </tr>
        </thead>
        <tbody>
          {trend.map((week) => (
            <tr key={week.week}>
              <th scope="row">{week.week}</th>
              <td>{week.received}</td>
              <td>{week.closed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
