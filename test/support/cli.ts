import { commands } from '../../electron/cli/commands';
import { runCli } from '../../electron/cli/run-cli';
import { PASSPHRASE } from '../integration/temp-vault';

/** What a CLI run printed and the code it exited with. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI in-process, as a script would: not a terminal, the vault passphrase from
 * `DPO_DESK_PASSPHRASE` (override or add variables with `env`), `stdin` as piped input.
 */
export async function cli(argv: string[], { env = {}, stdin = '' }: { env?: Record<string, string>; stdin?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(commands, argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env: { DPO_DESK_PASSPHRASE: PASSPHRASE, ...env },
    isTty: false,
    readStdin: async () => stdin,
  });
  return { code, stdout, stderr };
}
