import type { FieldValues } from '../letters/field-catalogue';
import { NIS2_PHASES, type Nis2Phase } from './breach-field-catalogue';
import type { Nis2Stage } from '../../../shared/clients';
import type { BreachNoticeContext } from './breach-notice-fields';
import { formatInstant } from './format-instant';

/** The letter of D.Lgs. 138/2024 art. 25, comma 5, each recorded NIS2 report was sent under (Art. 23(4) NIS2). */
const NIS2_LETTER: Partial<Record<Nis2Phase, string>> = { 'early-warning': 'a', notification: 'b', progress: 'e', final: 'd' };

/** A channel as the notice names it: PEC explained to an English reader. */
function channelWords(ctx: BreachNoticeContext, channel: string | null): string {
  if (channel === null) return '—';
  return /^\s*pec\s*$/i.test(channel) ? ctx.words.phrase('clientChannelPec') : channel;
}

/**
 * The NIS2 reports the register records as sent to the CSIRT by the notice's own date and
 * instant, each with the decree's letter, when it went and the CSIRT's reference of that
 * report, as the register keeps it for each (review 6, F16: never one report's against another). Where a significant incident is also a personal data
 * breach, the NIS2 authorities and the supervisory authority cooperate (Directive (EU)
 * 2022/2555 Art. 35; D.Lgs. 138/2024 art. 25): the Garante's model asks which other
 * authorities or bodies were informed (Provv. 157/2019), and "None" would be false.
 */
function nis2Reports(ctx: BreachNoticeContext): string[] {
  const { detail: d, words: w, settings: s } = ctx;
  const { nis2 } = d.roles;
  const sent: [Nis2Stage, string | null][] = [
    ['early-warning', nis2.earlyWarningAt],
    ['notification', nis2.notificationAt],
    ['progress', nis2.progressReportAt],
    ['final', nis2.finalReportAt],
  ];
  return sent
    .filter((s): s is [Nis2Stage, string] => s[1] !== null && ctx.moment.happened(s[1]))
    .map(([phase, at]) => {
      const line = w.phrase('otherBodyNis2', {
        'csirt.authority': s['nis2.authority'] ?? 'CSIRT',
        'csirt.phase': NIS2_PHASES[phase][w.language],
        'csirt.letter': NIS2_LETTER[phase] ?? '',
        'notice.date': formatInstant(at, d.timeZone, w.language),
      });
      const reference = nis2.references[phase]?.trim();
      return reference ? w.phrase('nis2PreviousReference', { 'notice.line': line, 'notice.reference': reference }) : line;
    });
}

/**
 * Section 12 of the notification to the authority, from the register: the other authorities
 * or bodies informed (those the DPO recorded by name, then the NIS2 reports to the CSIRT) and
 * the controllers we informed as processor (Art. 33(2)), each sent by the notice's own date
 * and instant. "None" only when the register holds none of them.
 */
export function otherBodiesFields(ctx: BreachNoticeContext): FieldValues {
  const { detail: d, words: w } = ctx;
  const bodies = [...d.otherAuthorities, ...nis2Reports(ctx)];
  const controllers = d.roles.clients
    .filter((c): c is typeof c & { notifiedAt: string } => c.notifiedAt !== null && ctx.moment.happened(c.notifiedAt))
    .sort((a, b) => Date.parse(a.notifiedAt) - Date.parse(b.notifiedAt))
    .map((c) => {
      const line = w.phrase('controllerInformed', { 'client.name': c.clientName, 'notice.date': formatInstant(c.notifiedAt, d.timeZone, w.language), 'notice.channel': channelWords(ctx, c.channel) });
      const reference = c.reference?.trim();
      return reference ? w.phrase('clientPreviousReference', { 'notice.line': line, 'notice.reference': reference }) : line;
    });
  return {
    'breach.otherAuthorities': bodies.length > 0 ? bodies : w.phrase('none'),
    'breach.controllersInformed': controllers.length > 0 ? controllers : null,
  };
}
