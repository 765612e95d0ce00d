/**
 * The letter's typography and measures, in PDF points (A4 is 595.28 × 841.89). One place,
 * so every kind of letter and notice looks the same.
 */
export const PAGE = { size: 'A4', width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 54, bottom: 78, left: 68, right: 62 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Where the recipient block starts on page 1: in the window of a DL/C5 envelope (~50 mm). */
export const RECIPIENT_TOP = 150;
/** Width of the right-hand column (DPO contact, references). */
export const SIDE_COLUMN_WIDTH = 190;

export const COLOR = {
  ink: '#1f2933',
  muted: '#52606d',
  accent: '#1f4e79',
  rule: '#9fb3c8',
  /** The DRAFT / BOZZA mark of a preview, drawn half transparent over the text. */
  draft: '#c0392b',
} as const;

export const FONT = { regular: 'letter-regular', bold: 'letter-bold' } as const;

export const SIZE = {
  organisation: 15,
  small: 8.5,
  footer: 8,
  body: 10.5,
  subject: 12,
  heading: 10.5,
} as const;

/** Extra space between lines of body text, and between blocks. */
export const LINE_GAP = 2.6;
export const PARAGRAPH_GAP = 7;

/** The lowest y body text may reach on a page. */
export const BODY_BOTTOM = PAGE.height - MARGIN.bottom;
