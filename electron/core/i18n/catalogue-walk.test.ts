import { describe, expect, it } from 'vitest';
import messagesEn from '../../shared/pure/i18n/messages.en.json';
import messagesIt from '../../shared/pure/i18n/messages.it.json';
import { englishWords } from './english-detector';
import { hasKey, translator } from './translator';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else for (const [childPath, childValue] of leaves(value, path)) out.set(childPath, childValue);
  }
  return out;
}

/** A sample for each placeholder: a civil date for dates, a number for figures, an Italian word otherwise. */
function sample(name: string, format: string | undefined): string | number {
  if (format === 'civil' || format === 'monthShort') return '2026-12-30';
  if (format === 'score' || format === 'count' || ['count', 'days', 'dpc', 'base', 'day', 'months'].includes(name)) return 3;
  return 'esempio';
}

function params(text: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const match of text.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+))?\s*\}\}/g)) out[match[1] ?? ''] = sample(match[1] ?? '', match[2]);
  return out;
}

/** i18next reads `key_one` and `key_other` as one key `key` with a count. */
const baseKey = (key: string) => key.replace(/_(one|other)$/, '');

const it_ = translator('it');
const en = translator('en');
const enLeaves = leaves(messagesEn, 'msg');
const itLeaves = leaves(messagesIt, 'msg');

describe('the shared message catalogue', () => {
  it('has the same keys in English and Italian', () => {
    expect([...itLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it.each([...itLeaves.entries()])('%s renders in Italian, fully interpolated, with no English left', (key, raw) => {
    expect(hasKey('it', key)).toBe(true);
    const text = it_(baseKey(key), { ...params(raw), ...(key.endsWith('_one') ? { count: 1 } : key.endsWith('_other') ? { count: 3 } : {}) });
    expect(text).not.toMatch(/\{\{|\}\}/);
    expect(text).not.toContain('msg.');
    expect(englishWords(text), text).toEqual([]);
  });

  it('formats dates and figures as each language writes them', () => {
    expect(it_('msg.deadline.head.due', { date: '2026-12-30' })).toBe('Scadenza mer 30 dic 2026:');
    expect(en('msg.deadline.head.due', { date: '2026-12-30' })).toBe('Due Wed 30 Dec 2026:');
    expect(it_('msg.triage.reason.confKnown', { cb: 0.25 })).toBe('Comunicati a destinatari noti (CB +0,25).');
    expect(it_('msg.triage.reason.largeVolume', { people: 12000, threshold: 10000 })).toContain('circa 12.000 persone (larga scala secondo la soglia propria di DPO Desk, 10.000 o più;');
  });

  it('quotes the rules exactly as Italian legal writing does', () => {
    expect(it_('msg.citation.gdpr-art-12-3')).toBe('art. 12, par. 3, del Regolamento (UE) 2016/679');
    expect(it_('msg.citation.reg-1182-71-art-3')).toBe('Reg. (CEE, Euratom) n. 1182/71, art. 3');
  });
});

describe('englishWords', () => {
  it('finds English and lets Italian, quoted titles and kept names through', () => {
    expect(englishWords('one month from Mon 30 Nov 2026')).toEqual(['month', 'from']);
    expect(englishWords('un mese da lun 30 nov 2026')).toEqual([]);
    expect(englishWords('ICO, guida «Right of access: how long do we have to comply?»')).toEqual([]);
  });
});
