import { COLOR, FONT } from '../../documents/pdf/letter-style';

/**
 * The audit report's measures in PDF points: the letters' fonts and colours, A4 portrait for
 * the title, figures and chart, A4 landscape for the registers (their columns need the width).
 */
export { COLOR, FONT };
/** Liberation Mono, for the audit chain's head hash. */
export const MONO = 'report-mono';

/** A4 portrait (title, figures, chart) and A4 landscape (registers), with their margins. */
export const PORTRAIT = { width: 595.28, height: 841.89, margins: { top: 54, bottom: 70, left: 56, right: 56 } } as const;
export const LANDSCAPE = { width: 841.89, height: 595.28, margins: { top: 48, bottom: 52, left: 36, right: 36 } } as const;
export type PageGeometry = typeof PORTRAIT | typeof LANDSCAPE;

/** The width between the margins, and the lowest y text may reach, on a page of that shape. */
export const contentWidth = (g: PageGeometry) => g.width - g.margins.left - g.margins.right;
export const bodyBottom = (g: PageGeometry) => g.height - g.margins.bottom;

/** Font sizes, from the title down to the registers' cells. */
export const SIZE = { title: 22, subtitle: 12, heading: 13, subheading: 10.5, body: 9.5, table: 8.5, register: 7.2, small: 8, footer: 7.5 } as const;

/** Table header, stripes and rules. */
export const TABLE_COLOR = { header: '#1f4e79', headerText: '#ffffff', stripe: '#f2f6fa', rule: '#c9d6e3' } as const;

/** Colours of the chart's series, in order; the last is "other types". */
export const SERIES = ['#1f4e79', '#4f8fc0', '#f0a33a', '#5aa469', '#c8553d', '#8e6bbf', '#9aa5b1'] as const;
