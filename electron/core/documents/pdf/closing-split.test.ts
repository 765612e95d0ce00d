import { describe, expect, it } from 'vitest';
import { isOneSentence } from './closing-split';
import { tieCitations } from './typography';

describe('where a last paragraph may be cut before the closing', () => {
  it('never between an article and the law it is of, tied by a no-break space', () => {
    // An FADP identity letter ended a page on "(Article 26(4)" and opened the next with "FADP).".
    expect(isOneSentence(tieCitations('If we cannot identify you, we will tell you so and explain why (Article 26(4) FADP).'))).toBe(true);
    expect(isOneSentence(tieCitations('The one-month period of Article 12(3) GDPR continues to run.'))).toBe(true);
  });

  it('still after a sentence’s end, a bracket closing one included', () => {
    expect(isOneSentence(tieCitations('We will answer by 1 July 2026. If we cannot, we will tell you why.'))).toBe(false);
    expect(isOneSentence(tieCitations('Please confirm it (see below). We will then answer.'))).toBe(false);
  });
});
