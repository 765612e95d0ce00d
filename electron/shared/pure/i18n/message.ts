/**
 * A sentence that core produces for people to read, as a catalogue key and its parameters,
 * so each caller renders it in its own language with the same catalogue
 * (`electron/shared/pure/i18n/messages.*.json`). Pure data: it crosses IPC and is stored as JSON.
 *
 * A parameter may itself be a list of messages (the holidays a date skipped, say): the
 * renderer renders each and joins them with commas before interpolating.
 */
export interface Message {
  /** A key of the shared catalogue, e.g. `msg.deadline.step.addDays`. */
  key: string;
  params?: Record<string, MessageParam>;
}

/** A parameter: a word or figure, a name given in each language (picked by `{{x, pick}}`), or a list of messages rendered and joined. */
export type MessageParam = string | number | boolean | LocalName | Message[];

/** A proper name as each language writes it (a public holiday: `Assumption`, `Assunzione`). */
export interface LocalName {
  en: string;
  it: string;
}

/** One line of a deadline explanation: its head (`Due Thu 30 Apr 2026:`), the steps, and the rules cited. */
export interface ExplanationLine {
  head: Message;
  steps: Message[];
  citations: Message[];
}

/** A translate function with the shape both i18next instances (core and renderer) share. */
export type Translate = (key: string, params?: Record<string, string | number | boolean | LocalName>) => string;

/** Shorthand for building a message. */
export function msg(key: string, params?: Record<string, MessageParam>): Message {
  return params ? { key, params } : { key };
}

/** Renders a message with `t`, nested lists first (joined with `, `). */
export function renderMessage(t: Translate, message: Message): string {
  const flat: Record<string, string | number | boolean | LocalName> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    flat[name] = Array.isArray(value) ? value.map((item) => renderMessage(t, item)).join(', ') : value;
  }
  return t(message.key, flat);
}

/** An explanation line as its sentence and its citation, for a UI that shows them apart. */
export function renderExplanationParts(t: Translate, line: ExplanationLine): { text: string; citation: string | null } {
  const steps = line.steps.map((step) => renderMessage(t, step)).join('; ');
  const text = `${renderMessage(t, line.head)} ${steps}`.trim();
  const citation = line.citations.length > 0 ? line.citations.map((c) => renderMessage(t, c)).join('; ') : null;
  return { text: citation ? `${text}.` : text, citation };
}

/** An explanation line as one string: `Due Thu 30 Apr 2026: … → …. [GDPR Art. 12(3)]`. */
export function renderExplanation(t: Translate, line: ExplanationLine): string {
  const { text, citation } = renderExplanationParts(t, line);
  return citation ? `${text} [${citation}]` : text;
}
