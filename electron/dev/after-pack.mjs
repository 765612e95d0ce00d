/**
 * electron-builder's afterPack hook: flips Electron's fuses in the packaged executable,
 * before signing (a fuse flipped after signing would break the signature).
 *
 * - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn DPO Desk into a plain Node runtime.
 * - NODE_OPTIONS and --inspect off: nothing can inject code or attach a debugger at launch.
 * - Cookie encryption on (DPO Desk keeps none, but nothing is ever stored in the clear).
 * - Only the app from app.asar; file:// gets no extra privileges (the app uses app://).
 * - The asar integrity check where Electron supports it (macOS, Windows); electron-builder
 *   embeds the archive's hash there.
 */
import { join } from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

/** The fuse settings for one platform (`electronPlatformName`: darwin, mas, win32, linux). */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: platform === 'darwin' || platform === 'mas' || platform === 'win32',
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The file that holds the fuse wire: the .app bundle on macOS, the executable elsewhere. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  return join(appOutDir, `${packager.executableName}${electronPlatformName === 'win32' ? '.exe' : ''}`);
}

export async function afterPack(context) {
  const platform = context.electronPlatformName;
  // arm64 macOS binaries must be re-signed ad hoc after the change, or they will not start.
  const arm64 = context.arch === 3;
  await flipFuses(executablePath(context), { ...fuseConfig(platform), resetAdHocDarwinSignature: platform === 'darwin' && arm64 });
}

export default afterPack;
