/**
 * `npm start`: finds the Electron binary, builds the app with electron-vite and opens it.
 * `npm start -- --dev` runs electron-vite's dev server with hot reload instead.
 *
 * The binary is looked up first, before a build that would be wasted: `require('electron')`
 * downloads it on first use, which fails on machines without internet access. It runs in a
 * child process so the downloader's stack trace is captured, not dumped on the terminal,
 * and the user gets one clear message that points to the browser mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(root, 'package.json'));
const marker = 'DPO_DESK_ELECTRON:';

/** Plain-language reason a download failed, taken from the downloader's output. */
function failureReason(output, fallback) {
  const lines = output.split(/\r?\n/).map((line) => line.trim());
  const cause = lines.find((line) => /^[A-Za-z]*Error\b/.test(line) && !line.includes('Electron failed to install correctly'));
  return cause ?? fallback;
}

/** Resolves the Electron executable, downloading it if needed; returns {path} or {error}. */
function resolveElectron() {
  const probe = [
    'try {',
    `  process.stdout.write('\\n${marker}' + JSON.stringify({ path: require(${JSON.stringify(require.resolve('electron'))}) }));`,
    '} catch (error) {',
    `  process.stdout.write('\\n${marker}' + JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));`,
    '}',
  ].join('\n');
  const result = spawnSync(process.execPath, ['--input-type=commonjs', '-e', probe], { cwd: root, encoding: 'utf8' });
  const line = (result.stdout ?? '').split('\n').find((entry) => entry.startsWith(marker));
  const answer = line ? JSON.parse(line.slice(marker.length)) : { error: result.error?.message ?? 'no answer from the downloader' };
  if (answer.error) return { error: failureReason(`${result.stderr ?? ''}\n${result.stdout ?? ''}`, answer.error) };
  if (!existsSync(answer.path)) return { error: `no executable at ${answer.path}` };
  return { path: answer.path };
}

/** Runs a command to completion with the terminal attached; returns its exit status. */
function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  return result.status ?? 1;
}

/** Starts a long-running child, forwards Ctrl+C and termination to it and exits with it. */
function attach(command, args, env) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const electron = resolveElectron();
if ('error' in electron) {
  console.error(
    `DPO Desk could not start Electron: its binary could not be downloaded (${electron.error}). ` +
      'On this machine use `npm run start:browser`, which opens DPO Desk in your browser over a local, token-protected connection.',
  );
  process.exit(1);
}

const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const env = { ...process.env, ELECTRON_EXEC_PATH: electron.path };
delete env.ELECTRON_RUN_AS_NODE;

if (process.argv.includes('--dev')) {
  attach(process.execPath, [electronVite, 'dev'], env);
} else {
  const status = run(process.execPath, [electronVite, 'build']);
  if (status !== 0) {
    console.error('DPO Desk could not be built; see the errors above.');
    process.exit(status);
  }
  delete env.ELECTRON_RENDERER_URL;
  attach(electron.path, [root, ...process.argv.slice(2)], env);
}
