import { useTranslation } from 'react-i18next';
import type { RequestType } from '../../../electron/shared/requests';
import { useLanguage } from '../../i18n/use-language';
import { displayLocale } from './display-locale';
import { monthSeries } from './month-series';

const WIDTH = 640;
const HEIGHT = 200;
const LEFT = 32;
const BOTTOM = 22;
const TOP = 8;
/** Series colours come from CSS (light and dark); after six, they repeat. */
const PALETTE_SIZE = 6;

interface MonthlyChartProps {
  perMonth: Record<string, Record<string, number>>;
  from: string;
  to: string;
}

/**
 * Requests received per month, stacked by type, drawn as inline SVG. The picture has a
 * spoken summary and the same figures follow as a table for anyone who cannot see it.
 */
export function MonthlyChart({ perMonth, from, to }: MonthlyChartProps) {
  const { t } = useTranslation();
  const locale = displayLocale(useLanguage());
  const { bars, types, max } = monthSeries(perMonth, from, to);
  const typeLabel = (type: string) => t(`requests.types.${type as RequestType}`, { defaultValue: type });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthLabel = (month: string, format: Intl.DateTimeFormat) => format.format(new Date(`${month}-15T00:00:00Z`));
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(1, bars.length);
  const barWidth = Math.min(36, slot * 0.62);
  const scale = max === 0 ? 0 : plotHeight / max;
  const colour = (type: string) => `chart-series-${types.indexOf(type) % PALETTE_SIZE}`;

  return (
    <section className="report-chart" aria-labelledby="report-chart-title">
      <h2 id="report-chart-title" className="report-card-title">
        {t('reports.chart.title')}
      </h2>
      {max === 0 ? (
        <p className="field-hint">{t('reports.chart.empty')}</p>
      ) : (
        <>
          <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('reports.chart.label')}>
            <line className="chart-axis" x1={LEFT} y1={TOP + plotHeight} x2={WIDTH} y2={TOP + plotHeight} />
            <line className="chart-grid" x1={LEFT} y1={TOP} x2={WIDTH} y2={TOP} />
            <text className="chart-tick" x={LEFT - 6} y={TOP + 4} textAnchor="end">
              {max}
            </text>
            <text className="chart-tick" x={LEFT - 6} y={TOP + plotHeight} textAnchor="end">
              0
            </text>
            {bars.map((bar, index) => {
              const x = LEFT + index * slot + (slot - barWidth) / 2;
              let y = TOP + plotHeight;
              return (
                <g key={bar.month}>
                  {types
                    .filter((type) => (bar.counts[type] ?? 0) > 0)
                    .map((type) => {
                      const height = (bar.counts[type] ?? 0) * scale;
                      y -= height;
                      return <rect key={type} className={colour(type)} x={x} y={y} width={barWidth} height={height} rx={2} />;
                    })}
                  <text className="chart-tick" x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle">
                    {monthLabel(bar.month, monthFormat)}
                  </text>
                </g>
              );
            })}
          </svg>
          <ul className="chart-legend">
            {types.map((type) => (
              <li key={type}>
                <svg width="10" height="10" aria-hidden="true" focusable="false">
                  <rect className={colour(type)} width="10" height="10" rx="2" />
                </svg>
                {typeLabel(type)}
              </li>
            ))}
          </ul>
          <details className="chart-table">
            <summary>{t('reports.chart.showTable')}</summary>
            <table className="report-table">
              <caption className="visually-hidden">{t('reports.chart.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reports.chart.month')}</th>
                  {types.map((type) => (
                    <th key={type} scope="col">
                      {typeLabel(type)}
                    </th>
                  ))}
                  <th scope="col">{t('reports.chart.total')}</th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.month}>
                    <th scope="row">{monthLabel(bar.month, monthLong)}</th>
                    {types.map((type) => (
                      <td key={type}>{bar.counts[type] ?? 0}</td>
                    ))}
                    <td>{bar.total}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
