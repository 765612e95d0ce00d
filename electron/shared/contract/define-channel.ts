import { z } from 'zod';

declare const outputType: unique symbol;

/**
 * One channel of the contract, declared once: the zod schema its input must pass and,
 * as a type only, what its handler answers. Names, input types, output types, the
 * handler types of each area, `window.dpo` and the IPC registration are all derived
 * from the area groups that hold these specs.
 */
export interface ChannelSpec<S extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: S;
  /** Never set at run time: it carries the output type. */
  readonly [outputType]?: O;
}

/** An area's channels, name → spec (`requestChannels`, `calendarChannels`, …). */
export type ChannelGroup = Record<string, ChannelSpec>;

/** Declares a channel: `channel(inputSchema).returns<Output>()`. */
export function channel<S extends z.ZodType>(input: S): { returns<O>(): ChannelSpec<S, O> } {
  return { returns: () => ({ input }) };
}

/** What a caller sends (before zod applies defaults and transforms). */
export type InputOf<T extends ChannelSpec> = z.input<T['input']>;
/** What the handler receives, after the schema parsed it. */
export type ParsedInputOf<T extends ChannelSpec> = z.output<T['input']>;
/** What the handler answers. */
export type OutputOf<T extends ChannelSpec> = T extends ChannelSpec<z.ZodType, infer O> ? O : never;

/** The handlers of a group: one per channel, receiving validated input. Core implements these per area. */
export type HandlersOf<G extends ChannelGroup> = { [C in keyof G]: (input: ParsedInputOf<G[C]>) => Promise<OutputOf<G[C]>> };

/** The input of a channel that takes none. */
export const noInput = z.object({}).strict();
/** The language a generated file or text is wanted in. */
export const languageInput = z.enum(['en', 'it']);
