/**
 * A stand-in for the `electron` module, for driving the built main process in plain Node
 * where the Electron binary cannot be downloaded. It implements the calls DPO Desk's main
 * process makes, records them in order in `globalThis.standIn.log`, and keeps what a test
 * needs to act like Electron: the `app:` protocol handler, the IPC handlers, the windows
 * and what was sent to them, and event emitters for app, powerMonitor and windows.
 */
import { EventEmitter } from 'node:events';

const state = {
  log: [],
  privileges: [],
  protocolHandlers: new Map(),
  ipcHandlers: new Map(),
  windows: [],
  notifications: [],
  dialogs: [],
  quit: 0,
  exitCode: null,
  appUserModelId: null,
  idleState: 'active',
  workArea: { x: 0, y: 0, width: 1024, height: 600 },
  packaged: process.env.STAND_IN_PACKAGED === '1',
  userData: process.env.STAND_IN_USER_DATA ?? '',
};
globalThis.standIn = state;
const record = (entry) => state.log.push(entry);

class StandInApp extends EventEmitter {
  isPackaged = state.packaged;
  #ready = false;
  #readyPromise;
  #resolveReady = () => undefined;
  constructor() {
    super();
    this.#readyPromise = new Promise((resolve) => {
      this.#resolveReady = resolve;
    });
  }
  /** The test calls this once the module has loaded, as Electron does after the first tick. */
  makeReady() {
    record('app.ready');
    this.#ready = true;
    this.emit('ready');
    this.#resolveReady();
  }
  whenReady() {
    record('app.whenReady');
    return this.#readyPromise;
  }
  isReady() {
    return this.#ready;
  }
  enableSandbox() {
    record('app.enableSandbox');
  }
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return true;
  }
  setAppUserModelId(id) {
    state.appUserModelId = id;
  }
  getVersion() {
    return '0.1.0';
  }
  getName() {
    return 'DPO Desk';
  }
  getLocale() {
    return 'en-GB';
  }
  getPreferredSystemLanguages() {
    return ['en-GB'];
  }
  getPath(name) {
    record(`app.getPath:${name}`);
    return state.userData;
  }
  quit() {
    state.quit++;
    record('app.quit');
  }
  exit(code) {
    state.exitCode = code;
    record(`app.exit:${code}`);
  }
}
export const app = new StandInApp();

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    record(app.isReady() ? 'protocol.registerSchemesAsPrivileged:after-ready' : 'protocol.registerSchemesAsPrivileged');
    state.privileges.push(...schemes);
  },
};

class StandInWebRequest {
  onBeforeRequest() {
    record('session.webRequest.onBeforeRequest');
  }
  onHeadersReceived() {
    record('session.webRequest.onHeadersReceived');
  }
}

class StandInSession extends EventEmitter {
  webRequest = new StandInWebRequest();
  protocol = {
    handle(scheme, handler) {
      record(`session.protocol.handle:${scheme}`);
      state.protocolHandlers.set(scheme, handler);
    },
  };
  setPermissionRequestHandler() {
    record('session.setPermissionRequestHandler');
  }
  setPermissionCheckHandler() {
    record('session.setPermissionCheckHandler');
  }
  setDevicePermissionHandler() {
    record('session.setDevicePermissionHandler');
  }
  setDisplayMediaRequestHandler() {
    record('session.setDisplayMediaRequestHandler');
  }
}
export const session = { defaultSession: new StandInSession() };

export const ipcMain = {
  handle(channel, handler) {
    state.ipcHandlers.set(channel, handler);
  },
  removeHandler(channel) {
    state.ipcHandlers.delete(channel);
  },
};

class StandInWebContents extends EventEmitter {
  sent = [];
  send(channel, ...args) {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler() {
    record('webContents.setWindowOpenHandler');
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return state.windows;
  }
  webContents = new StandInWebContents();
  #visible = false;
  #destroyed = false;
  #maximized = false;
  constructor(options) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width, height: options.height };
    this.loadedUrls = [];
    this.reloads = 0;
    state.windows.push(this);
    record('BrowserWindow.new');
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    record(`window.loadURL:${url}`);
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show() {
    this.#visible = true;
  }
  isVisible() {
    return this.#visible;
  }
  isDestroyed() {
    return this.#destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {}
  maximize() {
    this.#maximized = true;
  }
  isMaximized() {
    return this.#maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
  reload() {
    this.reloads++;
  }
  setBackgroundColor() {}
}

export const nativeTheme = Object.assign(new EventEmitter(), { shouldUseDarkColors: false });

export const screen = {
  getAllDisplays: () => [{ workArea: state.workArea }],
  getPrimaryDisplay: () => ({ workArea: state.workArea }),
};

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleState: () => state.idleState,
});

export class Notification extends EventEmitter {
  static isSupported() {
    return true;
  }
  constructor(options) {
    super();
    this.options = options;
  }
  show() {
    state.notifications.push(this);
  }
}

export const Menu = {
  buildFromTemplate(template) {
    return { template };
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu');
    state.menu = menu;
  },
};

export const dialog = {
  showErrorBox(title, content) {
    state.dialogs.push({ kind: 'error', title, content });
  },
  showMessageBox(...args) {
    const options = args.length > 1 ? args[1] : args[0];
    state.dialogs.push({ kind: 'message', ...options });
    return Promise.resolve({ response: 0 });
  },
};

export const shell = {
  openExternal(url) {
    record(`shell.openExternal:${url}`);
    return Promise.resolve();
  },
};

export default { app, protocol, session, ipcMain, BrowserWindow, nativeTheme, screen, powerMonitor, Notification, Menu, dialog, shell };
