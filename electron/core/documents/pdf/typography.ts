const NBSP = '\u00a0';
/** Zero-width joiner: the line breaker never breaks after it (UAX #14 LB8a); the fonts carry it and text extraction drops it. */
const ZWJ = '\u200d';
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre';

/**
 * Ties the words of a legal citation and of a date together with no-break spaces, so a
 * line never ends on "Article" before "12(3)" (nor on "sull’art." before "2-undecies"), on "art. 77" before "GDPR" (nor "Article 26(4)"
 * before "FADP", the other laws with letters too), or on "30"
 * before "April". Text extraction reads a no-break space as a space. A web address keeps
 * its scheme with its host ("https://" never ends a line), and an Italian article number
 * its suffix ("2-undecies" is never split at its hyphen), as a hyphenated word does ("e-mail",
 * "co-titolare", "pre-notifica", "one-month": letters on both sides of the hyphen, whatever
 * their number, reviews D41 and 5, E6; a reference such as "B-2026-006" keeps only a prefix of
 * one or two letters with what follows, and a date breaks as before). A citation is one token: its
 * brackets stay together ("Article 25(5)(a)", "Art. 33(2)" never split between ")(") and a
 * decree keeps its name with its number ("Legislative Decree No. 138/2024", "D.Lgs. 138/2024").
 */
export function tieCitations(text: string): string {
  return text
    .replace(/(^|[\s(’'])(Articles?|Art\.|art\.|artt\.|par\.|parr\.|lett\.|sections?|sezioni|sezione|comma|commi|title|titolo|Schedules?|§§|§) (?=\d|[a-z][),]|\()/g, `$1$2${NBSP}`)
    .replace(/\b(Legislative) (Decree) (No\.) (?=\d)/g, `$1${NBSP}$2${NBSP}$3${NBSP}`)
    .replace(/\b(D\.Lgs\.) (?=\d)/g, `$1${NBSP}`)
    .replace(/\)(?=\()/g, `)${ZWJ}`)
    .replace(/ UK GDPR\b/g, `${NBSP}UK${NBSP}GDPR`)
    .replace(/ (GDPR|CCPA|LGPD|PIPEDA|FADP|LPD)\b/g, `${NBSP}$1`)
    .replace(new RegExp(`\\b(\\d{1,2}º?) (${MONTHS})\\b`, 'g'), `$1${NBSP}$2`)
    .replace(/\b(https?:\/\/)(?=\S)/g, `$1${ZWJ}`)
    .replace(/\b(\d+-)(?=(bis|ter|quater|quinquies|sexies|septies|octies|novies|decies|undecies|duodecies|terdecies)\b)/g, `$1${ZWJ}`)
    .replace(/(?<![\p{L}\p{N}])(\p{L}{1,2}-)(?=[\p{L}\p{N}])/gu, `$1${ZWJ}`)
    .replace(/(\p{L}-)(?=\p{L})/gu, `$1${ZWJ}`);
}
