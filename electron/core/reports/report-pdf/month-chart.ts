import type { ChartData } from './chart-data';
import { niceStep } from './chart-data';
import type { ReportDocument } from './report-document';
import { COLOR, FONT, SERIES, SIZE, contentWidth } from './report-style';
import type { ReportWords } from './report-words';

const HEIGHT = 190;
const AXIS = { left: 40, bottom: 30, top: 8 } as const;
const SWATCH = 7;
/** A series' colour; "other types" always takes the last, grey. */
const colour = (data: ChartData, series: number): string => SERIES[data.series[series]?.other ? SERIES.length - 1 : Math.min(series, SERIES.length - 2)] as string;

/** The bucket's label under its bar: "Mar" (with "2026" under the first month and every January), or the year. */
function bucketLabels(key: string, index: number, unit: ChartData['unit'], w: ReportWords): [string, string] {
  if (unit === 'year') return [key, ''];
  const month = new Intl.DateTimeFormat(w.language === 'it' ? 'it-IT' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(`${key}-01T00:00:00Z`));
  return [month.replace('.', ''), index === 0 || key.endsWith('-01') ? key.slice(0, 4) : ''];
}

/** The chart in words, for readers who cannot see it (the Figure's alternate text). */
function altText(data: ChartData, title: string, name: (key: string) => string, w: ReportWords): string {
  const parts = data.buckets.map((b) => {
    const total = b.values.reduce((sum, v) => sum + v, 0);
    const detail = data.series.map((s, i) => [name(s.key), b.values[i] ?? 0] as const).filter(([, n]) => n > 0).map(([n, v]) => `${n} ${w.count(v)}`);
    return `${b.key}: ${w.count(total)}${detail.length > 0 ? ` (${detail.join(', ')})` : ''}`;
  });
  return `${title}. ${parts.join('; ')}.`;
}

function drawLegend(doc: PDFKit.PDFDocument, data: ChartData, name: (key: string) => string, x0: number, width: number): void {
  let x = x0;
  let y = doc.y;
  doc.font(FONT.regular).fontSize(SIZE.small);
  data.series.forEach((s, i) => {
    const label = name(s.key);
    const itemWidth = SWATCH + 4 + doc.widthOfString(label) + 14;
    if (x + itemWidth > x0 + width) [x, y] = [x0, y + 12];
    doc.rect(x, y + 1, SWATCH, SWATCH).fillColor(colour(data, i)).fill();
    doc.fillColor(COLOR.ink).text(label, x + SWATCH + 4, y, { lineBreak: false });
    x += itemWidth;
  });
  doc.y = y + 16;
}

function drawAxes(doc: PDFKit.PDFDocument, plot: { x: number; y: number; w: number; h: number }, max: number, step: number, w: ReportWords): void {
  doc.font(FONT.regular).fontSize(SIZE.footer);
  for (let v = 0; v <= max; v += step) {
    const y = plot.y + plot.h - (v / max) * plot.h;
    doc.moveTo(plot.x, y).lineTo(plot.x + plot.w, y).lineWidth(v === 0 ? 0.8 : 0.3).strokeColor(v === 0 ? COLOR.muted : COLOR.rule).stroke();
    doc.fillColor(COLOR.muted).text(w.count(v), plot.x - AXIS.left, y - 3.5, { width: AXIS.left - 5, align: 'right', lineBreak: false });
  }
}

/**
 * Stacked bars of requests per month (or year) by type, drawn with vector paths: a legend,
 * a value axis with round ticks and gridlines, the months under the bars and both axis
 * titles. Tagged as one Figure whose alternate text gives every bar's counts.
 */
export function drawMonthChart(report: ReportDocument, parent: PDFKit.PDFStructureElement, data: ChartData, title: string, name: (key: string) => string, w: ReportWords): void {
  const { doc } = report;
  const g = report.geometry();
  const x0 = g.margins.left;
  const width = contentWidth(g);
  const step = niceStep(data.max);
  const max = Math.max(step, Math.ceil(data.max / step) * step);
  parent.add(
    doc.struct('Figure', { alt: altText(data, title, name, w) }, [
      () => {
        drawLegend(doc, data, name, x0 + AXIS.left, width - AXIS.left);
        const plot = { x: x0 + AXIS.left, y: doc.y + AXIS.top, w: width - AXIS.left - 4, h: HEIGHT - AXIS.top - AXIS.bottom };
        drawAxes(doc, plot, max, step, w);
        const slot = plot.w / data.buckets.length;
        const barWidth = Math.min(40, Math.max(2, slot * 0.68));
        const every = Math.max(1, Math.ceil(26 / slot));
        data.buckets.forEach((bucket, i) => {
          const x = plot.x + i * slot + (slot - barWidth) / 2;
          let base = plot.y + plot.h;
          bucket.values.forEach((value, s) => {
            if (value <= 0) return;
            const h = (value / max) * plot.h;
            doc.rect(x, base - h, barWidth, h).fillColor(colour(data, s)).fill();
            base -= h;
          });
          const [line1, line2] = bucketLabels(bucket.key, i, data.unit, w);
          doc.font(FONT.regular).fontSize(SIZE.footer).fillColor(COLOR.muted);
          if (i % every === 0) doc.text(line1, plot.x + i * slot - 10, plot.y + plot.h + 4, { width: slot + 20, align: 'center', lineBreak: false });
          if (line2) doc.text(line2, plot.x + i * slot - 10, plot.y + plot.h + 13, { width: slot + 20, align: 'center', lineBreak: false });
        });
        doc.font(FONT.bold).fontSize(SIZE.footer).fillColor(COLOR.muted);
        doc.text(w.t(data.unit === 'month' ? 'chartMonths' : 'chartYears'), plot.x, plot.y + plot.h + 22, { width: plot.w, align: 'center', lineBreak: false });
        doc.save().rotate(-90, { origin: [x0 + 2, plot.y + plot.h / 2] });
        doc.text(w.t('chartAxis'), x0 + 2 - 40, plot.y + plot.h / 2 - 4, { width: 80, align: 'center', lineBreak: false });
        doc.restore();
        doc.x = x0;
        doc.y = plot.y + plot.h + AXIS.bottom + 6;
      },
    ]),
  );
}

/** The height the chart needs on its page, legend included. */
export const CHART_HEIGHT = HEIGHT + 40;
