import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch } from '../../electron/core/api/dispatch';

/**
 * The child of the crash trials: unlocks the vault in `argv[2]` and writes requests (each
 * with a note, every third one also with an attachment and a finalised acknowledgement
 * letter) and breaches through the real API as fast as it can, printing one line per write
 * that has committed (`committed request 2026-0001`), until it is killed.
 */
const [, , vaultDir = '', passphrase = ''] = process.argv;
const app = createHandlers({ vaultDir, appVersion: 'crash-trial', actor: 'crash-trial' });
const dispatch = createDispatch(app.handlers, () => undefined);
const unlocked = await dispatch('vault.unlock', { method: 'passphrase', secret: passphrase });
if (!unlocked.ok) throw new Error(unlocked.error.message);
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  if (i % 3 === 2) {
    const breach = await dispatch('breaches.create', { breach: { title: `Crash trial breach ${i}`, awareAt: new Date(Date.now() - 3_600_000).toISOString() } });
    if (!breach.ok) throw new Error(breach.error.message);
    process.stdout.write(`committed breach ${(breach.value as { reference: string }).reference}\n`);
    continue;
  }
  const request = await dispatch('requests.create', {
    request: { regime: 'gdpr', types: ['access'], receivedAt: new Date(Date.now() - 86_400_000).toISOString(), channel: 'email', subjectName: `Crash Trial ${i}`, subjectEmail: `crash.trial.${i}@example.it`, description: 'x'.repeat(2000) },
  });
  if (!request.ok) throw new Error(request.error.message);
  const { id, reference } = request.value as { id: string; reference: string };
  process.stdout.write(`committed request ${reference}\n`);
  const note = await dispatch('requests.addNote', { id, text: `Note ${i}: ${'y'.repeat(500)}` });
  if (!note.ok) throw new Error(note.error.message);
  process.stdout.write(`committed note ${reference}\n`);
  if (i % 3 !== 1) continue;
  const attachment = await dispatch('requests.addAttachment', { id, fileName: `id-${i}.txt`, base64: Buffer.from(`Identity document of Crash Trial ${i}`).toString('base64') });
  if (!attachment.ok) throw new Error(attachment.error.message);
  process.stdout.write(`committed attachment ${reference}\n`);
  const letter = await dispatch('documents.finalise', { caseType: 'request', caseId: reference, kind: 'acknowledgement', language: 'en', date: new Date().toISOString().slice(0, 10) });
  if (!letter.ok) throw new Error(letter.error.message);
  process.stdout.write(`committed letter ${reference}\n`);
}
