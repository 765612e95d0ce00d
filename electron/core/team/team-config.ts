import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { teamServerSchema } from '../../shared/team';
import { writeFileAtomic } from '../vault/atomic-write';

/** The team server chosen in Settings: its URL (no password) and the member's login. */
export type TeamServerChoice = z.output<typeof teamServerSchema>;

/** The environment variable that points the app (and the CLI) at a team database. */
export const DATABASE_URL_ENV = 'DPO_DESK_DATABASE_URL';

const storedSchema = z.object({ version: z.literal(1), server: teamServerSchema }).strict();

/**
 * The app's local choice of team server, a small JSON file outside the vault (beside its
 * folder). It holds the URL and the login only, never a password; a file that cannot be read
 * or parsed counts as no choice, so a damaged file leaves the app on its local vault.
 */
export class TeamConfigFile {
  constructor(readonly path: string) {}

  read(): TeamServerChoice | null {
    if (!existsSync(this.path)) return null;
    try {
      const parsed = storedSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      return parsed.success ? parsed.data.server : null;
    } catch {
      return null;
    }
  }

  write(server: TeamServerChoice): void {
    mkdirSync(dirname(this.path), { recursive: true, mode: 0o700 });
    writeFileAtomic(this.path, `${JSON.stringify({ version: 1, server: teamServerSchema.parse(server) }, null, 2)}\n`);
  }

  clear(): void {
    rmSync(this.path, { force: true });
  }
}

/**
 * Where the app works: the team server named by `DPO_DESK_DATABASE_URL` (the login is the
 * URL's user), else the one chosen in Settings, else null (the local vault).
 */
export function chosenTeamServer(env: NodeJS.ProcessEnv, config: TeamConfigFile): (TeamServerChoice & { source: 'settings' | 'environment' }) | null {
  const fromEnv = env[DATABASE_URL_ENV];
  if (fromEnv) {
    const login = URL.canParse(fromEnv) ? decodeURIComponent(new URL(fromEnv).username) : '';
    return { url: fromEnv, login, source: 'environment' };
  }
  const saved = config.read();
  return saved ? { ...saved, source: 'settings' } : null;
}
