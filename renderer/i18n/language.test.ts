import { describe, expect, it } from 'vitest';
import { languageFromTag, resolveLanguage } from './language';

describe('UI language', () => {
  it('follows the system: any Italian tag gives Italian, anything else English', () => {
    expect(languageFromTag('it-IT')).toBe('it');
    expect(languageFromTag('it-CH')).toBe('it');
    expect(languageFromTag('IT')).toBe('it');
    expect(languageFromTag('en-GB')).toBe('en');
    expect(languageFromTag('de-DE')).toBe('en');
    expect(languageFromTag(undefined)).toBe('en');
  });

  it('lets an explicit choice override the system', () => {
    expect(resolveLanguage('en', 'it-IT')).toBe('en');
    expect(resolveLanguage('it', 'en-US')).toBe('it');
    expect(resolveLanguage('system', 'it-IT')).toBe('it');
  });
});
