import { channels } from '../shared/channels';

/**
 * The browser's `window.dpo`: the same functions, one per channel, as the Electron
 * preload exposes, carried over same-origin fetch instead of IPC. The renderer cannot
 * tell the transports apart.
 */
export function bridgeScript(apiPrefix: string): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const api = {};
  for (const channel of channels) {
    api[channel] = (input) =>
      fetch(${JSON.stringify(apiPrefix)} + encodeURIComponent(channel), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      })
        .then((response) => response.json())
        .catch((error) => ({ ok: false, error: { code: 'INTERNAL', message: 'DPO Desk is not reachable: ' + error.message } }));
  }
  Object.defineProperty(window, 'dpo', { value: Object.freeze(api), writable: false, configurable: false });
})();
`;
}
