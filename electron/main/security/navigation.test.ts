import { describe, expect, it } from 'vitest';
import { navigationDecision, isExternalWebUrl, windowOpenDecision } from './navigation';
import { APP_ORIGIN } from './renderer-origin';

describe('navigationDecision', () => {
  it('lets the window reload its own pages', () => {
    expect(navigationDecision('app://dpo-desk/index.html', APP_ORIGIN)).toBe('allow');
  });

  it('sends web links to the system browser instead of navigating', () => {
    expect(navigationDecision('https://edpb.europa.eu/', APP_ORIGIN)).toBe('open-external');
    expect(navigationDecision('http://example.org/a?b=c', APP_ORIGIN)).toBe('open-external');
  });

  it('refuses every other scheme outright', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'blob:app://dpo-desk/5a3f',
      'smb://server/share',
      'ms-msdt:/id',
      'app://other/index.html',
      'chrome://settings',
      'not a url',
    ]) {
      expect(navigationDecision(url, APP_ORIGIN)).toBe('deny');
    }
  });

  it('refuses the dev server origin when the app scheme is trusted, and vice versa', () => {
    expect(navigationDecision('http://localhost:5173/', APP_ORIGIN)).toBe('open-external');
    expect(navigationDecision('app://dpo-desk/index.html', 'http://localhost:5173')).toBe('deny');
  });
});

describe('windowOpenDecision', () => {
  it('never opens a window, even of the trusted origin', () => {
    expect(windowOpenDecision('app://dpo-desk/index.html')).toBe('deny');
    expect(windowOpenDecision('about:blank')).toBe('deny');
  });

  it('hands web links to the system browser', () => {
    expect(windowOpenDecision('https://www.garanteprivacy.it/')).toBe('open-external');
  });
});

describe('isExternalWebUrl', () => {
  it('refuses credentials in a link', () => {
    expect(isExternalWebUrl('https://user:pw@example.org/')).toBe(false);
    expect(isExternalWebUrl('https://bank.example@evil.example/')).toBe(false);
  });
});
