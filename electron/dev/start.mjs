/**
 * `npm start`: finds the Electron binary, builds the app with electron-vite and opens it.
 * `npm start -- --dev` runs electron-vite's dev server with hot reload instead.
 *
 * The binary is looked up first, before a build that would be wasted. The first start
 * downloads it (about 100 MB): that download runs here, with its progress on the terminal,
 * rather than silently inside `require('electron')`. Then the lookup runs in a child
 * process so a downloader's stack trace is captured, not dumped on the terminal, and the
 * user gets one clear message that points to the browser mode.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

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

/** True when node_modules/electron already holds the binary of its own version. */
function electronInstalled(electronDir, version) {
  try {
    return readFileSync(join(electronDir, 'dist', 'version'), 'utf8').replace(/^v/, '').trim() === version && existsSync(join(electronDir, 'path.txt'));
  } catch {
    return false;
  }
}

/**
 * Downloads Electron into its cache with a progress line on the terminal (install.js then
 * unpacks it from there); returns the reason when the download fails, otherwise null.
 */
async function downloadElectronWithProgress() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const electronDir = dirname(require.resolve('electron/package.json'));
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  if (electronInstalled(electronDir, version)) return null;
  const fromElectron = createRequire(join(electronDir, 'package.json'));
  const checksums = JSON.parse(readFileSync(join(electronDir, 'checksums.json'), 'utf8'));
  const { downloadArtifact } = await import(pathToFileURL(fromElectron.resolve('@electron/get')).href);
  process.stdout.write(`Downloading Electron ${version} for ${process.platform}-${process.arch} (first start only)…\n`);
  let shown = -1;
  const show = ({ transferred, total, percent }) => {
    const whole = Math.floor(percent * 100);
    if (whole === shown) return;
    shown = whole;
    const mb = (bytes) => (bytes / 1_048_576).toFixed(1);
    const line = total ? `  ${whole}% (${mb(transferred)} of ${mb(total)} MB)` : `  ${mb(transferred)} MB`;
    process.stdout.write(process.stdout.isTTY ? `\r${line}` : `${line}\n`);
  };
  try {
    await downloadArtifact({
      version,
      artifactName: 'electron',
      platform: process.platform,
      arch: process.arch,
      checksums,
      cacheRoot: process.env.electron_config_cache,
      downloadOptions: { quiet: true, getProgressCallback: show },
    });
    process.stdout.write(process.stdout.isTTY ? '\n' : '');
    return null;
  } catch (error) {
    process.stdout.write(process.stdout.isTTY ? '\n' : '');
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

const downloadFailure = await downloadElectronWithProgress();
const electron = downloadFailure ? { error: downloadFailure } : resolveElectron();
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
