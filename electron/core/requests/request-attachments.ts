import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';
import type { GeneratedFile } from '../../shared/generated-file';
import { AppError } from '../errors';
import { msg } from '../i18n';
import { cleanAttachmentName } from './attachment-name';
import { checkAttachment } from './attachment-policy';
import { loadRequest } from './load-request';
import { recordRequestEvent } from './record-request-event';

/** Stores a file inside the encrypted vault, with its SHA-256, and audits it (by hash and size, never by name). */
export async function addAttachment(
  db: Kysely<Database>,
  requestIdOrRef: string,
  file: { fileName: string; base64: string },
  actor: string,
  now: Date,
): Promise<{ id: string; sha256: string }> {
  const bytes = Buffer.from(file.base64, 'base64');
  const fileName = cleanAttachmentName(file.fileName);
  const mimeType = checkAttachment(fileName, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const request = await loadRequest(trx, requestIdOrRef);
    await trx
      .insertInto('attachments')
      .values({ id, request_id: request.id, file_name: fileName, mime_type: mimeType, size: bytes.length, sha256, content: bytes, created_at: now.toISOString() })
      .execute();
    await recordRequestEvent(trx, { requestId: request.id, action: 'request.attachment-added', actor, at: now, facts: { attachmentId: id, sha256, size: bytes.length, mimeType } });
  });
  return { id, sha256 };
}

/** Reads a stored attachment back for export. */
export async function readAttachment(db: Kysely<Database>, id: string): Promise<GeneratedFile> {
  const row = await db.selectFrom('attachments').select(['file_name', 'mime_type', 'content']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', msg('msg.error.notFound.attachment', { id }));
  return { fileName: row.file_name, mimeType: row.mime_type, base64: Buffer.from(row.content).toString('base64') };
}
