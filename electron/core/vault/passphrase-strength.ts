import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as it from '@zxcvbn-ts/language-it';
import type { PassphraseAssessment } from '../../shared/contract/vault';
import { AppError } from '../errors';
import { msg } from '../i18n';

/** Shortest passphrase accepted, whatever its estimated strength. */
export const MIN_PASSPHRASE_LENGTH = 10;
/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
export const MIN_PASSPHRASE_SCORE = 3;

const factories = new Map<'en' | 'it', ZxcvbnFactory>();

function factory(language: 'en' | 'it'): ZxcvbnFactory {
  let found = factories.get(language);
  if (!found) {
    const pack = language === 'it' ? it : en;
    found = new ZxcvbnFactory({
      translations: pack.translations,
      graphs: common.adjacencyGraphs,
      // Both languages' words count against every passphrase: an Italian DPO may well type English words.
      dictionary: { ...common.dictionary, ...en.dictionary, ...it.dictionary },
    });
    factories.set(language, found);
  }
  return found;
}

/**
 * Estimates how hard a passphrase is to guess (zxcvbn: dictionaries, keyboard patterns,
 * dates, l33t) and says whether DPO Desk accepts it, with feedback in the UI language.
 */
export function assessPassphrase(passphrase: string, language: 'en' | 'it', userInputs: string[] = []): PassphraseAssessment {
  if (passphrase.length === 0) {
    return { score: 0, acceptable: false, guessesLog10: 0, warning: null, suggestions: [] };
  }
  const result = factory(language).check(passphrase.slice(0, 256), ['dpo', 'desk', 'dpodesk', 'vault', ...userInputs]);
  const longEnough = passphrase.length >= MIN_PASSPHRASE_LENGTH;
  return {
    score: result.score,
    acceptable: result.score >= MIN_PASSPHRASE_SCORE && longEnough,
    guessesLog10: Math.round(result.guessesLog10 * 10) / 10,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}

/** Refuses a weak passphrase with a message that says why. */
export function requireStrongPassphrase(passphrase: string): void {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new AppError('WEAK_PASSPHRASE', msg('msg.error.vault.passphraseShort', { minimum: MIN_PASSPHRASE_LENGTH }));
  }
  const assessment = assessPassphrase(passphrase, 'en');
  if (!assessment.acceptable) {
    throw new AppError('WEAK_PASSPHRASE', msg('msg.error.vault.passphraseGuessable'));
  }
}
