/**
 * `npm run lockfile:prebuilt`: keeps `npm install` and `npm ci` free of compilers and Python.
 *
 * better-sqlite3-multiple-ciphers ships prebuilt N-API binaries and says `"gypfile": false`,
 * which tells npm not to run its implicit `node-gyp rebuild` (triggered by the `binding.gyp`
 * the package also ships). npm honours that only when it reads the package's own
 * package.json; installing from package-lock.json it uses the lockfile entry, which does
 * not record the flag, so it runs node-gyp, and node-gyp needs Python (and Visual Studio on
 * Windows) even though the build would compile nothing. npm reads the whole lockfile entry
 * as the package's manifest, so writing the flag there restores the package's own intent.
 * npm drops the field when it rewrites the lockfile (`npm install <pkg>`): run this script
 * again after such a change; `test/integration/install-without-python.test.ts` fails until you do.
 * `--check` only reports (exit status 1 when a flag is missing).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Dependencies that ship prebuilt binaries and declare `"gypfile": false` themselves. */
export const PREBUILT_NATIVE_MODULES = ['better-sqlite3-multiple-ciphers'];

/** The lockfile locations (`node_modules/…`) of the prebuilt modules that lack the flag. */
export function missingGypfileFlags(lockfile) {
  return Object.entries(lockfile.packages ?? {})
    .filter(([location]) => PREBUILT_NATIVE_MODULES.some((name) => location === `node_modules/${name}` || location.endsWith(`/node_modules/${name}`)))
    .filter(([, entry]) => entry.gypfile !== false)
    .map(([location]) => location);
}

function main() {
  const path = join(resolve(import.meta.dirname, '..', '..'), 'package-lock.json');
  const text = readFileSync(path, 'utf8');
  const lockfile = JSON.parse(text);
  const missing = missingGypfileFlags(lockfile);
  if (missing.length === 0) {
    console.log('package-lock.json: every prebuilt native module is marked "gypfile": false.');
    return;
  }
  if (process.argv.includes('--check')) {
    console.error(`package-lock.json lacks "gypfile": false on ${missing.join(', ')}: run npm run lockfile:prebuilt`);
    process.exit(1);
  }
  for (const location of missing) lockfile.packages[location].gypfile = false;
  writeFileSync(path, `${JSON.stringify(lockfile, null, 2)}\n`);
  console.log(`package-lock.json: marked ${missing.join(', ')} "gypfile": false.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
