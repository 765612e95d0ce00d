import type { ReasonFactor, TriageReason } from '../../../shared/triage-result';
import { msg, renderText, type Message } from '../../i18n';

/**
 * Collects the sentences of a triage's explanation as catalogue messages (`msg.triage.*`).
 * Sentences about the same factor are joined into one reason, so each factor code appears
 * at most once and the UI can key on it; reasons keep the order in which their factor was
 * first named. Each reason carries its messages (rendered in the reader's language) and
 * their English text.
 */
export class ReasonList {
  private readonly entries = new Map<ReasonFactor, Message[]>();

  add(factor: ReasonFactor, sentence: Message): void {
    const existing = this.entries.get(factor);
    if (existing) existing.push(sentence);
    else this.entries.set(factor, [sentence]);
  }

  has(factor: ReasonFactor): boolean {
    return this.entries.has(factor);
  }

  toArray(): TriageReason[] {
    return [...this.entries].map(([factor, messages]) => ({ factor, messages, text: messages.map((m) => renderText('en', m)).join(' ') }));
  }
}

/** A triage reason key: `msg.triage.reason.<name>`. */
export function reason(name: string, params?: Message['params']): Message {
  return msg(`msg.triage.reason.${name}`, params);
}

/** "a", "a and b", "a, b and c" as one message. */
export function listMessage(items: readonly Message[]): Message[] {
  if (items.length <= 1) return [...items];
  return [msg('msg.list.and', { head: items.slice(0, -1), last: items.slice(-1) })];
}

/** "a", "a and b", "a and b and c": effects that each complete the same subject. */
export function chainMessage(items: readonly Message[]): Message[] {
  if (items.length <= 1) return [...items];
  return [msg('msg.list.and', { head: chainMessage(items.slice(0, -1)), last: items.slice(-1) })];
}
