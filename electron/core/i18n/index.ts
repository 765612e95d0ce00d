/** Core's side of the one translation system: the shared catalogue rendered with i18next. */
export { coreResources, addMessageFormatters, hasKey, renderLine, renderText, translator, type CoreLanguage } from './translator';
export { msg, type ExplanationLine, type Message } from '../../shared/pure/i18n/message';
