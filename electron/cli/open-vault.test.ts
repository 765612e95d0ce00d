import { describe, expect, it } from 'vitest';
import type { CoreLanguage } from '../core/i18n';
import { cliText } from './cli-text';
import type { CommandContext } from './command';
import { vaultSecret } from './open-vault';

/** A context with no passphrase in the environment that records the prompt the user would see. */
function asking(language: CoreLanguage, prompts: string[]): CommandContext {
  return {
    values: {},
    positionals: [],
    json: false,
    print: () => undefined,
    progress: () => undefined,
    vaultDir: () => '/nowhere',
    secret: (_env, prompt) => {
      prompts.push(prompt);
      return Promise.resolve('lantern orchard cobalt tide');
    },
    env: {},
    readStdin: () => Promise.resolve(''),
    text: () => cliText(language),
    useVaultLanguage: () => undefined,
  };
}

describe('the passphrase prompt', () => {
  it('asks in the reader’s language, from the catalogue', async () => {
    const prompts: string[] = [];
    expect(await vaultSecret(asking('it', prompts))).toEqual({ method: 'passphrase', secret: 'lantern orchard cobalt tide' });
    await vaultSecret(asking('en', prompts));
    expect(prompts).toEqual(["Passphrase dell'archivio: ", 'Vault passphrase: ']);
  });
});
