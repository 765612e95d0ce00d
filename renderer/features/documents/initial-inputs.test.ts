import { describe, expect, it } from 'vitest';
import { withInitialInputs } from './initial-inputs';

const body = { subject: 'Personal data breach', blocks: [{ type: 'paragraph' as const, text: 'Edited for Rossi' }] };
const kept = { date: '2026-12-03', inputs: { 'notice.client': 'Rossi Arredamenti Srl', 'notice.followUpBy': 'by Friday' }, body };

describe('withInitialInputs', () => {
  it('keeps a draft as it was when the letter is opened for nothing in particular', () => {
    expect(withInitialInputs(kept, undefined)).toBe(kept);
  });

  it('keeps the edited text of a draft about the same client, with the inputs the letter was opened with', () => {
    expect(withInitialInputs(kept, { 'notice.client': 'Rossi Arredamenti Srl' })).toEqual(kept);
  });

  it('opens a draft made for another client on the client asked for, without the text edited for the first', () => {
    expect(withInitialInputs(kept, { 'notice.client': 'Blu Mobility SpA' })).toEqual({
      date: '2026-12-03',
      inputs: { 'notice.client': 'Blu Mobility SpA', 'notice.followUpBy': 'by Friday' },
      body: null,
    });
  });
});
