import { describe, expect, it } from 'vitest';
import { isAllowedNetworkRequest } from './request-filter';

describe('isAllowedNetworkRequest', () => {
  it('refuses every network request in production', () => {
    for (const url of ['https://example.org/font.woff2', 'http://127.0.0.1:8080/', 'ws://localhost:5173/', 'http://localhost:5173/']) {
      expect(isAllowedNetworkRequest(url, null)).toBe(false);
    }
  });

  it('allows only the dev server and its hot-reload websocket in dev', () => {
    const dev = 'http://localhost:5173';
    expect(isAllowedNetworkRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedNetworkRequest('ws://localhost:5173/?token=x', dev)).toBe(true);
    expect(isAllowedNetworkRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedNetworkRequest('https://fonts.example/x.css', dev)).toBe(false);
  });
});
