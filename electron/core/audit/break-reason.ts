import { msg, renderText, type Message } from '../i18n';
import type { MessageParam } from '../../shared/pure/i18n/message';

/** Why the trail or the data fail the check: the sentence in English (kept for scripts) and as a catalogue message for the reader's language. */
export interface BreakReason {
  reason: string;
  detail: Message;
}

/** A break's reason from its catalogue key (`msg.audit.*`) and parameters. */
export function breakReason(key: string, params?: Record<string, MessageParam>): BreakReason {
  const detail = msg(key, params);
  return { reason: renderText('en', detail), detail };
}
