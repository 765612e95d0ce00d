import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { CaseClock } from '../../../electron/shared/case-clocks';
import type { BreachRoles } from '../../../electron/shared/clients';
import { msg } from '../../../electron/shared/pure/i18n/message';
import { resources } from '../../i18n/resources';
import { ClockList } from './clock-list';
import { nis2ReportNote } from './nis2-report-reference';

const clock = (kind: CaseClock['kind'], dueAt: string, doneAt: string): CaseClock => ({
  kind,
  party: 'csirt',
  partyId: null,
  dueAt,
  doneAt,
  status: 'done',
  ours: true,
  explanation: msg('msg.clock.explain.monthFromNotification'),
  source: msg('msg.citation.nis2-art-23-4-a'),
});

/** Demo B-2026-006 after the incident notification is recorded: each report with its own CSIRT reference (review 6, F16). */
const NIS2: BreachRoles['nis2'] = {
  earlyWarningAt: '2026-12-03T19:34:00+01:00',
  notificationAt: '2026-12-04T05:30:00+01:00',
  progressReportAt: null,
  finalReportAt: null,
  references: { 'early-warning': 'CSIRT-IT pre-notifica 7731', notification: 'CSIRT-IT 7731/N', progress: null, final: null },
};
const CLOCKS = [clock('nis2-early-warning', '2026-12-03T23:30:00+01:00', NIS2.earlyWarningAt ?? ''), clock('nis2-notification', '2026-12-05T23:30:00+01:00', NIS2.notificationAt ?? '')];

/** The clocks as the breach page draws them, with its note under each NIS2 report sent. */
async function render(language: 'en' | 'it'): Promise<string> {
  const i18n = createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ClockList clocks={CLOCKS} timeZone="Europe/Rome" labelledBy="t" doneNote={(c) => nis2ReportNote(c, NIS2, i18n.t)} />
    </I18nextProvider>,
  );
}

describe('the breach page’s clocks, each NIS2 report with its own CSIRT reference', () => {
  it('prints the early warning’s reference on the early warning and the notification’s on the notification, in English and Italian', async () => {
    for (const [language, word] of [
      ['en', 'CSIRT reference'],
      ['it', 'riferimento CSIRT'],
    ] as const) {
      const html = await render(language);
      const rows = html.split('<tr').slice(2);
      expect(rows[0]).toContain('data-kind="nis2-early-warning"');
      expect(rows[0]).toContain(`${word} CSIRT-IT pre-notifica 7731`);
      expect(rows[0]).not.toContain('7731/N');
      expect(rows[1]).toContain('data-kind="nis2-notification"');
      expect(rows[1]).toContain(`${word} CSIRT-IT 7731/N`);
    }
  });
});
