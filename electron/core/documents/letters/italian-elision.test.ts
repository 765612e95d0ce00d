import { describe, expect, it } from 'vitest';
import { elideItalianArticles } from './italian-elision';

describe('elideItalianArticles', () => {
  it.each([
    ['Sua richiesta del 8 febbraio 2026', 'Sua richiesta dell’8 febbraio 2026'],
    ['entro il 11 maggio 2026', 'entro l’11 maggio 2026'],
    ['dal 8 al 11 marzo', 'dall’8 all’11 marzo'],
    ['Il 8 aprile abbiamo', 'L’8 aprile abbiamo'],
    ['nel 80% dei casi', 'nell’80% dei casi'],
    ['sul 800 numero verde', 'sull’800 numero verde'],
    ['al 11.000 record', 'all’11.000 record'],
  ])('%s → %s', (input, expected) => {
    expect(elideItalianArticles(input)).toBe(expected);
  });

  it.each(['del 1º maggio', 'il 18 marzo', 'del 2026', 'entro il 110º giorno', 'al 11,5%', 'il 31 gennaio', 'Bristol 8 maggio', 'tramite il 1180'])('leaves %s as it is', (input) => {
    expect(elideItalianArticles(input)).toBe(input);
  });

  it('is idempotent', () => {
    const once = elideItalianArticles('Sua richiesta del 8 febbraio, entro il 11 marzo');
    expect(elideItalianArticles(once)).toBe(once);
  });
});
