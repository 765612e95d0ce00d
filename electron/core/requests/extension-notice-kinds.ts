/**
 * The letters that tell the person of an extension within the first period, whose recorded
 * sending makes the extension take effect: the GDPR, UK GDPR and CCPA extension notice (Art.
 * 12(3); CCPA Regs § 7021(b)) and the Swiss notice of a later date (Data Protection Ordinance,
 * SR 235.11, Art. 18(2)), which also names the date the register then binds.
 */
export const EXTENSION_NOTICE_KINDS: readonly string[] = ['extension-notice', 'fadp-later-date'];

/** The Swiss notice of a later date: the one extension notice that names its own date. */
export const LATER_DATE_NOTICE = 'fadp-later-date';
