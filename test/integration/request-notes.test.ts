import { describe, expect, it } from 'vitest';
import type { RequestDetail } from '../../electron/shared/requests';
import { accessRequest, useItalianRequestVault } from './italian-request-vault';

const NOW = new Date('2026-04-10T08:00:00Z');

describe('notes are never edited: a wrong note is corrected by a note that names it', () => {
  const vault = useItalianRequestVault(NOW);

  async function call<T>(channel: string, input: unknown): Promise<T> {
    const result = await vault.app.dispatch(channel as never, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  }
  const create = (subjectName: string) => call<{ id: string; reference: string }>('requests.create', { request: { ...accessRequest, subjectName } });

  it('keeps the wrong note as written, adds the correction after it, and records both in History and the chain', async () => {
    const { id } = await create('Giulia Bianchi');
    const first = await call<RequestDetail>('requests.addNote', { id, text: 'Called back on 3 April: wants the copy by post' });
    const wrong = first.notes[0];
    expect(wrong).toMatchObject({ text: 'Called back on 3 April: wants the copy by post', correctsNoteId: null });
    const after = await call<RequestDetail>('requests.addNote', { id, text: 'Called back on 3 April: wants the copy by e-mail', correctsNoteId: wrong?.id });
    expect(after.notes.map((note) => [note.text, note.correctsNoteId])).toEqual([
      ['Called back on 3 April: wants the copy by post', null],
      ['Called back on 3 April: wants the copy by e-mail', wrong?.id],
    ]);
    expect(after.timeline.map((entry) => entry.action).slice(-2)).toEqual(['request.note-added', 'request.note-corrected']);
    const event = await vault.app.session.db().selectFrom('audit_events').select(['action', 'data']).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(event.action).toBe('request.note-corrected');
    expect(JSON.parse(event.data)).toMatchObject({ correctsNoteId: wrong?.id });
    expect(event.data).not.toContain('e-mail');
    const verified = await vault.app.session.verify();
    expect(verified.ok).toBe(true);
  });

  it('refuses to correct a note of another request, or one that does not exist, and adds nothing', async () => {
    const { id: giulia } = await create('Giulia Bianchi');
    const { id: marco, reference } = await create('Marco Rossi');
    const giuliaNote = (await call<RequestDetail>('requests.addNote', { id: giulia, text: 'Sent the identity request' })).notes[0];
    const crossed = await vault.app.dispatch('requests.addNote', { id: marco, text: 'Wrong case', correctsNoteId: giuliaNote?.id ?? 0 });
    expect(crossed).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: `There is no note ${giuliaNote?.id} on request ${reference}: a correction names a note of the same request.` } });
    const missing = await vault.app.dispatch('requests.addNote', { id: marco, text: 'Wrong case', correctsNoteId: 999_999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const invalid = await vault.app.dispatch('requests.addNote', { id: marco, text: 'Wrong case', correctsNoteId: -1 });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const detail = await call<RequestDetail>('requests.get', { id: marco });
    expect(detail.notes).toEqual([]);
  });
});
