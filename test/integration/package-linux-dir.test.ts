import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { extractAll } from '@electron/asar';
import fuses from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectHealthyMain } from './stand-in-electron/expect-healthy-main';
import { ensureBuilt, projectRoot, runMainUnderStandIn } from './stand-in-electron/run-main';

/*
 * electron-builder run for real (`--linux dir`), offline, against a stand-in Electron folder
 * (electronDist): the stand-in "executable" is a file holding Electron's fuse wire, so the
 * afterPack hook flips real fuses. The test lists what was packed and fails on any file
 * outside the allowlist, a missing native module, font or template, or fuses left open;
 * then it drives the packaged main process under the stand-in electron module.
 */

const { FuseV1Options, getCurrentFuseWire } = fuses;
/** Electron's fuse wire format: this sentinel, a version byte, a length byte, then one '0' or '1' per fuse. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FuseState = { DISABLE: '0'.charCodeAt(0), ENABLE: '1'.charCodeAt(0) } as const;
const ENABLE = '1';
const DISABLE = '0';

/** Electron's default fuse wire (version 1, eight fuses), as the real binary ships it. */
function standInElectron(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const wire = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE].join('');
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\nexit 0\n'), Buffer.from(SENTINEL), Buffer.from([1, 8]), Buffer.from(wire)]));
  chmodSync(join(dir, 'electron'), 0o755);
  writeFileSync(join(dir, 'version'), '45.4.1');
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'LICENSES.chromium.html'), 'stand-in');
}

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The production dependencies (those electron-builder must ship) as `name@version`. By name and
 * version, not lockfile location: electron-builder flattens a nested production dependency
 * (yup's `type-fest` 2.x) to the top of the package, where the lockfile's top-level entry of the
 * same name may be another version that only the tools use.
 */
function productionPackages(): Set<string> {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string; dev?: boolean; devOptional?: boolean }> };
  return new Set(
    Object.entries(lock.packages)
      .filter(([location, entry]) => location.startsWith('node_modules/') && !entry.dev && !entry.devOptional)
      .map(([location, entry]) => `${location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version ?? ''}`),
  );
}

/** The folder of the package a file under node_modules belongs to (its deepest `node_modules/<name>` prefix). */
function owningPackage(file: string): string | null {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return match?.[1] ?? null;
}

/** A packed package as `name@version`, from its own package.json. */
function packedIdentity(root: string, folder: string): string {
  const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
  return `${manifest.name ?? folder}@${manifest.version ?? ''}`;
}

describe('the Linux package (electron-builder --linux dir, offline)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'dpo-package-'));
  const unpacked = join(scratch, 'dist', 'linux-unpacked');
  const extracted = join(scratch, 'app');
  let files: string[] = [];

  beforeAll(() => {
    ensureBuilt();
    const electronDist = join(scratch, 'electron-dist');
    standInElectron(electronDist);
    const env = { ...process.env, ELECTRON_BUILDER_CACHE: join(scratch, 'cache'), CSC_IDENTITY_AUTO_DISCOVERY: 'false' };
    const build = spawnSync(
      process.execPath,
      [join(projectRoot, 'node_modules', 'electron-builder', 'cli.js'), '--linux', 'dir', '--x64', '--publish', 'never', `-c.electronDist=${electronDist}`, `-c.directories.output=${join(scratch, 'dist')}`],
      { cwd: projectRoot, env, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`electron-builder failed:\n${build.stdout}\n${build.stderr}`);
    extractAll(join(unpacked, 'resources', 'app.asar'), extracted);
    files = filesUnder(extracted);
  }, 600_000);

  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('packs only the build, package.json and production dependencies', () => {
    const production = productionPackages();
    const outside = files.filter((file) => {
      if (file === 'package.json') return false;
      if (/^out\/(main|preload|renderer)\//.test(file)) return file.endsWith('.map');
      const owner = owningPackage(file);
      return owner === null || !production.has(packedIdentity(extracted, owner));
    });
    expect(outside).toEqual([]);
    expect(files.filter((file) => /^(electron|renderer|db|test|assets|\.ci)\//.test(file))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']));
    const manifest = JSON.parse(readFileSync(join(extracted, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({ main: 'out/main/index.js', desktopName: 'dpo-desk.desktop', type: 'module' });
  });

  it('ships the native module unpacked for Linux only, without its sources', () => {
    const native = 'node_modules/better-sqlite3-multiple-ciphers';
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked', native, 'prebuilds', 'linux-x64.node'))).toBe(true);
    expect(files).toEqual(expect.arrayContaining([`${native}/lib/linux-x64.js`, `${native}/prebuilds/linux-x64.node`]));
    expect(files.filter((file) => file.startsWith(`${native}/`) && /\/(deps|src|build)\/|binding\.gyp$|(darwin|win32|linuxmusl)-/.test(file))).toEqual([]);
  });

  it('puts the fonts, the templates and the window icon in resources/assets, and nothing else', () => {
    const assets = filesUnder(join(unpacked, 'resources', 'assets'));
    expect(assets).toEqual(expect.arrayContaining(['fonts/LiberationSans-Regular.ttf', 'fonts/LiberationSans-Bold.ttf', 'fonts/LiberationMono-Regular.ttf', 'templates/frame.json', 'templates/law.json', 'templates/reports/labels.json', 'icons/png/512x512.png']));
    expect(assets.filter((file) => !/^(fonts|templates)\//.test(file) && file !== 'icons/png/512x512.png')).toEqual([]);
  });

  it('flips the fuses in the packaged executable', async () => {
    const wire = await getCurrentFuseWire(join(unpacked, 'dpo-desk'));
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      fileProtocol: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      asarIntegrity: FuseState.DISABLE,
      onlyAsar: FuseState.ENABLE,
      fileProtocol: FuseState.DISABLE,
    });
  });

  it('runs from the packaged layout under the stand-in Electron: native module, assets and renderer from the package', () => {
    const { report } = runMainUnderStandIn(join(extracted, 'out', 'main', 'index.js'), { resourcesPath: join(unpacked, 'resources') });
    expectHealthyMain(report);
    expect(report.window?.options.webPreferences.devTools).toBe(false);
    expect(report.window?.options.icon).toBe(join(unpacked, 'resources', 'assets', 'icons', 'png', '512x512.png'));
  }, 300_000);
});
