import i18next, { type i18n } from 'i18next';
import { messageFormatters } from '../../shared/pure/i18n/format';
import { renderExplanation, renderMessage, type ExplanationLine, type Message, type Translate } from '../../shared/pure/i18n/message';
import messagesEn from '../../shared/pure/i18n/messages.en.json' with { type: 'json' };
import messagesIt from '../../shared/pure/i18n/messages.it.json' with { type: 'json' };

/** The languages core renders text in. */
export type CoreLanguage = 'en' | 'it';

/**
 * The catalogue as i18next resources: the shared messages under `msg`, exactly as the
 * renderer merges them into its own resources, so a key means the same on both sides.
 */
export const coreResources = {
  en: { translation: { msg: messagesEn } },
  it: { translation: { msg: messagesIt } },
} as const;

/** Registers the shared formatters (`civil`, `monthShort`, `score`, `count`) on an instance. */
export function addMessageFormatters(instance: i18n): void {
  for (const [name, format] of Object.entries(messageFormatters)) {
    instance.services.formatter?.add(name, (value: unknown, lng: string | undefined) => format(value, lng));
  }
}

function createInstance(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: coreResources,
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addMessageFormatters(instance);
  return instance;
}

let shared: i18n | null = null;

/** The core's own i18next instance, started synchronously on first use. */
function instance(): i18n {
  shared ??= createInstance();
  return shared;
}

/** A translate function fixed to one language. */
export function translator(language: CoreLanguage): Translate {
  const fixed = instance().getFixedT(language);
  return (key, params) => String(fixed(key, params ?? {}));
}

/** Renders one message in a language. */
export function renderText(language: CoreLanguage, message: Message): string {
  return renderMessage(translator(language), message);
}

/** Renders a deadline explanation line in a language. */
export function renderLine(language: CoreLanguage, line: ExplanationLine): string {
  return renderExplanation(translator(language), line);
}

/** Whether the catalogue has a key in a language (no fallback), for tests and checks. */
export function hasKey(language: CoreLanguage, key: string): boolean {
  return instance().exists(key, { lng: language, fallbackLng: false });
}
