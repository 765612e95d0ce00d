import { describe, expect, it } from 'vitest';
import { continueOwnParagraphs, continueOwnSentence } from './after-colon';

describe('continueOwnSentence: the product’s own sentence after a colon (tenth review, K5)', () => {
  it.each([
    ['Overriding interests of third parties require it (Article 26(1)(b) FADP).', 'en', 'overriding interests of third parties require it (Article 26(1)(b) FADP).'],
    ['A formal law provides for it.', 'en', 'a formal law provides for it.'],
    ['Lo esigono interessi preponderanti di terzi.', 'it', 'lo esigono interessi preponderanti di terzi.'],
    ['La Sua domanda è manifestamente infondata.', 'it', 'la Sua domanda è manifestamente infondata.'],
    ['Le risponderemo entro il 4 gennaio.', 'it', 'Le risponderemo entro il 4 gennaio.'],
    ['GDPR applies.', 'en', 'GDPR applies.'],
    ['Google Analytics is used.', 'en', 'Google Analytics is used.'],
  ] as const)('%s → %s', (text, language, expected) => {
    expect(continueOwnSentence(text, language)).toBe(expected);
  });

  it('lowers only a template’s own paragraph after a colon, never one that opens with a field', () => {
    const composed = [
      { type: 'paragraph' as const, text: 'we tell you why:' },
      { type: 'paragraph' as const, text: 'Overriding interests of third parties require it.' },
      { type: 'paragraph' as const, text: 'reasons:' },
      { type: 'paragraph' as const, text: 'Mailchimp holds it.' },
    ];
    const template = [
      { type: 'paragraph' as const, text: 'we tell you why:' },
      { type: 'paragraph' as const, text: 'Overriding interests of third parties require it.' },
      { type: 'paragraph' as const, text: 'reasons:' },
      { type: 'paragraph' as const, text: '{{lgpd.reasons}}' },
    ];
    expect(continueOwnParagraphs(composed, template, 'en').map((block) => ('text' in block ? block.text : ''))).toEqual([
      'we tell you why:',
      'overriding interests of third parties require it.',
      'reasons:',
      'Mailchimp holds it.',
    ]);
  });
});
