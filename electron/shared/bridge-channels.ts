/**
 * How the preload learns the channel names without bundling the contract (zod and every
 * schema): main, which holds the contract, passes them to the window as one argument
 * (`webPreferences.additionalArguments`, readable in a sandboxed preload's `process.argv`).
 * Pure and free of zod so the preload may import it.
 */
const prefix = '--dpo-channels=';

/** The window argument that carries the channel names. */
export function channelsArgument(channels: readonly string[]): string {
  return prefix + channels.join(',');
}

/** The channel names main passed in `argv`; none when the argument is missing. */
export function channelsFromArgv(argv: readonly string[]): string[] {
  const argument = argv.find((arg) => arg.startsWith(prefix));
  return argument ? argument.slice(prefix.length).split(',').filter((name) => name !== '') : [];
}
