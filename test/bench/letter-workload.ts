import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createHandlers } from '../../electron/core/api/create-handlers';
import { createDispatch } from '../../electron/core/api/dispatch';
import type { LetterRequest } from '../../electron/shared/document-contract';
import { renderLetter } from '../../electron/core/documents/letter-service';
import { prepareLetter } from '../../electron/core/documents/letters/prepare-letter';
import { requestLetterSource } from '../../electron/core/documents/request-letters/request-letter-source';
import { letterStrings, renderBareLetter } from './bare-letter';

const PASSPHRASE = 'lantern-orchard-cobalt-tide-91';
const RUNS = 10;

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] as number;
}

/**
 * One request letter (the acknowledgement of an access request) rendered through the real
 * service over a real vault, ten times after a warm-up, against a bare pdfkit document
 * with the same text and fonts, in the same run. Medians in milliseconds.
 */
export async function letterWorkload(dir: string): Promise<{ letterMs: number; bareMs: number }> {
  const now = new Date();
  const app = createHandlers({ vaultDir: join(dir, 'vault'), appVersion: 'bench', actor: 'bench', now: () => now });
  try {
    await app.session.create(PASSPHRASE);
    const dispatch = createDispatch(app.handlers);
    const call = async (channel: string, input: unknown) => {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    await call('settings.update', {
      changes: {
        'organisation.name': 'Noventia Srl',
        'organisation.address': 'Via Privata Bernardo Rucellai 12, 20126 Milano MI, Italia',
        'organisation.country': 'IT',
        'organisation.timeZone': 'Europe/Rome',
        'organisation.dpoName': 'Chiara Esposito',
        'organisation.dpoEmail': 'dpo@noventia.example',
      },
    });
    const { id } = (await call('requests.create', {
      request: { regime: 'gdpr', types: ['access'], receivedAt: new Date(now.getTime() - 86_400_000).toISOString(), channel: 'email', subjectName: 'Zofia Łódź-Ørsted', subjectEmail: 'zofia@example.pl', subjectAddress: 'ul. Piotrkowska 104\n90-001 Łódź' },
    })) as { id: string };
    const request: LetterRequest = { caseType: 'request', caseId: id, kind: 'acknowledgement', language: 'en' };
    const db = app.session.db();
    const letterMs = await medianMs(() => renderLetter(db, request, now));
    const strings = letterStrings((await prepareLetter(db, { request: requestLetterSource }, request, now)).layout(now, false));
    const bareMs = await medianMs(() => renderBareLetter(strings));
    return { letterMs, bareMs };
  } finally {
    await app.dispose();
  }
}
