import { describe, expect, it } from 'vitest';
import { collapseDoubledStops, polishBody } from './polish-text';

describe('collapseDoubledStops', () => {
  it.each([
    ['We deleted it as agreed..', 'We deleted it as agreed.'],
    ['Done. .', 'Done.'],
    ['Wait... and see', 'Wait... and see'],
    ['Fine … really', 'Fine … really'],
    ['as follows , then .', 'as follows, then.'],
  ])('%s → %s', (input, expected) => {
    expect(collapseDoubledStops(input)).toBe(expected);
  });
});

describe('polishBody', () => {
  it('elides Italian articles, collapses stops and defines the Regulation once, across blocks', () => {
    const body = polishBody(
      {
        subject: 'Sua richiesta del 8 febbraio 2026',
        blocks: [
          { type: 'paragraph', text: 'Abbiamo ricevuto la Sua richiesta del 8 febbraio 2026..' },
          { type: 'list', items: ['Ai sensi dell’art. 15 GDPR', 'entro il 11 marzo'] },
          { type: 'table', rows: [{ label: 'Norma', value: 'art. 33 GDPR' }] },
        ],
      },
      'it',
    );
    expect(body).toEqual({
      subject: 'Sua richiesta dell’8 febbraio 2026',
      blocks: [
        { type: 'paragraph', text: 'Abbiamo ricevuto la Sua richiesta dell’8 febbraio 2026.' },
        { type: 'list', items: ['Ai sensi dell’art. 15 del Regolamento (UE) 2016/679 («GDPR»)', 'entro l’11 marzo'] },
        { type: 'table', rows: [{ label: 'Norma', value: 'art. 33 GDPR' }] },
      ],
    });
    expect(polishBody(body, 'it')).toEqual(body);
  });

  it('opens a paragraph with a capital, the DPO’s text under a heading included, and leaves list items as typed (review 5, E22)', () => {
    const body = polishBody(
      {
        subject: 'Inoltro',
        blocks: [
          { type: 'heading', text: 'Che cosa ci serve' },
          { type: 'paragraph', text: 'le Vostre istruzioni: se rispondere Voi o noi.' },
          { type: 'list', items: ['entro il 9 aprile'] },
        ],
      },
      'it',
    );
    expect(body.blocks).toEqual([
      { type: 'heading', text: 'Che cosa ci serve' },
      { type: 'paragraph', text: 'Le Vostre istruzioni: se rispondere Voi o noi.' },
      { type: 'list', items: ['entro il 9 aprile'] },
    ]);
    expect(polishBody(body, 'it')).toEqual(body);
  });

  it('leaves English articles alone', () => {
    const body = { subject: 'Your request of 8 February', blocks: [{ type: 'paragraph' as const, text: 'By the 11 May deadline.' }] };
    expect(polishBody(body, 'en')).toEqual(body);
  });
});
