import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldSealError, openBytes, openText, sealBytes, sealText } from './field-seal';
import { openRow, sealRow } from './seal-row';

const key = randomBytes(32);
const note = { table: 'request_notes', column: 'text', rowKey: ['req-1'] };

function problemOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof FieldSealError) return error.problem;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('a confidential field’s envelope', () => {
  it('seals text and bytes with a fresh nonce each time and opens them only at their own place', () => {
    const first = sealText('Anna called back', key, note);
    expect(first).toMatch(/^dpoenc:1:/);
    expect(sealText('Anna called back', key, note)).not.toBe(first);
    expect(openText(first, key, note)).toBe('Anna called back');
    expect(problemOf(() => openText(first, key, { ...note, rowKey: ['req-2'] }))).toBe('tampered');
    expect(problemOf(() => openText(first, key, { ...note, column: 'other' }))).toBe('tampered');
    expect(problemOf(() => openText(first, randomBytes(32), note))).toBe('tampered');
    const file = sealBytes(Buffer.from('%PDF-1.7'), key, { table: 'documents', column: 'content', rowKey: ['doc-1'] });
    expect(file.subarray(0, 4).toString()).toBe('DPOE');
    expect(openBytes(file, key, { table: 'documents', column: 'content', rowKey: ['doc-1'] }).toString()).toBe('%PDF-1.7');
  });

  it('refuses a value altered, cut short, in clear or of an unknown version', () => {
    const sealed = sealText('x', key, note);
    const body = Buffer.from(sealed.slice('dpoenc:1:'.length), 'base64');
    body[body.length - 1] = (body[body.length - 1] ?? 0) ^ 1;
    expect(problemOf(() => openText(`dpoenc:1:${body.toString('base64')}`, key, note))).toBe('tampered');
    expect(problemOf(() => openText('dpoenc:1:AAAA', key, note))).toBe('tampered');
    expect(problemOf(() => openText('typed by a DBA', key, note))).toBe('not-sealed');
    expect(problemOf(() => openText(sealed.replace('dpoenc:1:', 'dpoenc:2:'), key, note))).toBe('unknown-version');
    expect(problemOf(() => openBytes(Buffer.from('%PDF-1.7'), key, note))).toBe('not-sealed');
  });

  it('seals and opens a whole row’s confidential columns, binding each to its row, and leaves the rest and nulls alone', () => {
    const row = { id: 'b-1', title: 'Laptop stolen', description: 'Payroll on the disk', dpo_decision_rationale: null };
    const sealed = sealRow('breaches', row, key);
    expect(sealed).toMatchObject({ id: 'b-1', title: 'Laptop stolen', dpo_decision_rationale: null, description: expect.stringMatching(/^dpoenc:1:/) });
    expect(openRow('breaches', sealed, key)).toEqual(row);
    expect(() => openRow('breaches', { ...sealed, id: 'b-2' }, key)).toThrow(FieldSealError);
    expect(sealRow('clients', { id: 'c', name: 'Verdi' }, key)).toEqual({ id: 'c', name: 'Verdi' });
  });
});
