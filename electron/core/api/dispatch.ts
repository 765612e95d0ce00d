import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { isChannel } from '../../shared/channels';
import { contract, type Channel, type Handlers } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { VersionConflictError } from '../case-version/version-conflict-error';
import { DraftConflictError } from '../documents/draft-conflict-error';
import { isAppError } from '../errors';
import { describeZodError } from './zod-issues';

export type Dispatch = (channel: string, rawInput: unknown) => Promise<Result<unknown>>;

/** Told about each unexpected error, with the id the user sees, so the two can be matched. */
export type ReportError = (error: unknown, context: { channel: string; errorId: string }) => void;

/**
 * Parses a channel's input with the contract's schema: the one validation of every caller
 * (both transports through `createDispatch`, and the CLI before it asks for the passphrase).
 */
export function parseInput(channel: Channel, rawInput: unknown): Result<unknown> {
  const schema: z.ZodType = contract[channel].input;
  const parsed = schema.safeParse(rawInput ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const { message, issues } = describeZodError(parsed.error);
  return { ok: false, error: { code: 'VALIDATION', message, issues } };
}

/**
 * The single entry point of both transports (Electron IPC and loopback HTTP): checks the
 * channel, parses the input with its zod schema, runs the handler and wraps the outcome in
 * a `Result`. Unexpected errors are logged here under a short random id and cross as
 * INTERNAL with only that id, which the log line carries too.
 */
export function createDispatch(handlers: Handlers, log: ReportError = console.error): Dispatch {
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown API channel: ${channel}` } };
    }
    const parsed = parseInput(channel, rawInput);
    if (!parsed.ok) return parsed;
    try {
      const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.value) };
    } catch (error) {
      if (isAppError(error)) {
        return {
          ok: false,
          error: {
            code: error.code,
            message: error.message,
            ...(error.issues ? { issues: error.issues } : {}),
            ...(error.detail ? { detail: error.detail } : {}),
            ...(error instanceof VersionConflictError ? { conflict: error.conflict } : {}),
            ...(error instanceof DraftConflictError ? { draftConflict: error.conflict } : {}),
          },
        };
      }
      const errorId = randomBytes(4).toString('hex').toUpperCase();
      log(error, { channel, errorId });
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `Something went wrong inside DPO Desk and the operation did not complete. Details are in the log (error id ${errorId}).` },
      };
    }
  };
}
