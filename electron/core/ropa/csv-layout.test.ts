import { describe, expect, it } from 'vitest';
import { columnOf, legalBasisOf } from './csv-layout';

describe('register CSV layout', () => {
  it('knows a column by its English key or its Italian name', () => {
    expect(columnOf('Data_Subjects')).toBe('data_subjects');
    expect(columnOf('Categorie di interessati')).toBe('data_subjects');
    expect(columnOf('Finalità')).toBe('purposes');
    expect(columnOf('colour')).toBeNull();
  });

  it('reads a legal basis as a key or as the letter of Art. 6(1)', () => {
    expect(legalBasisOf('contract')).toBe('contract');
    expect(legalBasisOf('f')).toBe('legitimate-interests');
    expect(legalBasisOf('6.1.c')).toBe('legal-obligation');
    expect(legalBasisOf('6(1)(a)')).toBe('consent');
    expect(legalBasisOf('because')).toBeNull();
  });
});
