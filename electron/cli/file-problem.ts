import { msg, type Message } from '../core/i18n';

/** Why a file could not be read, as a catalogue message: no such file, a folder, or the system's own words. */
export function fileProblem(error: unknown): Message {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return msg('msg.error.cli.file.missing');
  if (code === 'EISDIR') return msg('msg.error.cli.file.folder');
  return msg('msg.error.cli.file.other', { cause: error instanceof Error ? error.message : String(error) });
}

/** Where input came from, for messages: the file name, or "standard input" for `-`. */
export function sourceName(source: string): Message {
  return source === '-' ? msg('msg.error.cli.stdin') : msg('msg.error.cli.file.name', { name: source });
}
