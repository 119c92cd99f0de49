/**
 * A recording stand-in for the `electron` module, for loading the built main bundle in plain Node
 * (main-wiring.test.ts). Every export the bundle imports is here, each typed as a slice of
 * Electron's own definitions (node_modules/electron/electron.d.ts): a member the main process
 * calls with another shape than Electron's fails the type check, not only the test. The double
 * does nothing but remember what it was asked, so the test can check every hardening switch.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import type * as Electron from 'electron';

type Main = typeof Electron;

/** Electron's `on`/`once` return `this`: the real object, which the double stands in for. */
function emitter<T>(target: EventEmitter): Pick<T & NodeJS.EventEmitter, 'on' | 'once'> {
  return {
    on: (event: string | symbol, listener: (...args: never[]) => unknown) => {
      target.on(event, listener as (...args: unknown[]) => void);
      return target as unknown as T & NodeJS.EventEmitter;
    },
    once: (event: string | symbol, listener: (...args: never[]) => unknown) => {
      target.once(event, listener as (...args: unknown[]) => void);
      return target as unknown as T & NodeJS.EventEmitter;
    },
  } as Pick<T & NodeJS.EventEmitter, 'on' | 'once'>;
}

export type OpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0];
export type BeforeRequestListener = (
  details: Electron.OnBeforeRequestListenerDetails,
  callback: (response: Electron.CallbackResponse) => void,
) => void;
export type PermissionRequestHandler = NonNullable<
  Parameters<Electron.Session['setPermissionRequestHandler']>[0]
>;
export type PermissionCheckHandler = NonNullable<
  Parameters<Electron.Session['setPermissionCheckHandler']>[0]
>;
export type DevicePermissionHandler = NonNullable<
  Parameters<Electron.Session['setDevicePermissionHandler']>[0]
>;
export type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1];
export type InvokeListener = Parameters<Electron.IpcMain['handle']>[1];

/** What the main process asked of Electron, in order, and the handlers it left behind. */
export interface Recording {
  /** Every call, named `object.method`, in the order made; `ready` marks when `ready` fired. */
  calls: string[];
  singleInstanceLock: boolean;
  privilegedSchemes: Electron.CustomScheme[];
  protocolHandlers: Map<string, ProtocolHandler>;
  beforeRequest: BeforeRequestListener | null;
  permissionRequest: PermissionRequestHandler | null;
  permissionCheck: PermissionCheckHandler | null;
  devicePermission: DevicePermissionHandler | null;
  dictionaryDownloadUrl: string | null;
  spellCheckerEnabled: boolean | null;
  invokeHandlers: Map<string, InvokeListener>;
  windows: WindowDouble[];
  applicationMenu: unknown;
  /** Whatever the main process chained on `app.whenReady()`, to await and surface its errors. */
  readyWork: Promise<unknown>[];
}

export const appEvents = new EventEmitter();
let userData = '';
let resolveReady: () => void = () => undefined;
/**
 * `app.whenReady()`, remembering whatever is chained on it: main's start-up runs in a `.then`
 * whose failure would otherwise be an unhandled rejection, not a failed test.
 */
class ReadyPromise extends Promise<void> {
  static override get [Symbol.species]() {
    return Promise;
  }
  override then<A = void, B = never>(
    // Promise<void>'s own signature, which an override must repeat.
    // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
    onFulfilled?: ((value: void) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    const work = super.then(onFulfilled, onRejected);
    recording.readyWork.push(work);
    return work;
  }
}
let readyPromise = new ReadyPromise(() => undefined);
export let recording: Recording;

/** A fresh recording; `lockGranted` says whether this is the only running copy. */
export function reset(options: { lockGranted: boolean; userData: string }): Recording {
  appEvents.removeAllListeners();
  userData = options.userData;
  readyPromise = new ReadyPromise((resolve) => (resolveReady = resolve));
  recording = {
    calls: [],
    singleInstanceLock: options.lockGranted,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    beforeRequest: null,
    permissionRequest: null,
    permissionCheck: null,
    devicePermission: null,
    dictionaryDownloadUrl: null,
    spellCheckerEnabled: null,
    invokeHandlers: new Map(),
    windows: [],
    applicationMenu: undefined,
    readyWork: [],
  };
  return recording;
}
reset({ lockGranted: true, userData: path.join(os.tmpdir(), 'bs-electron-double') });

/** Fires `ready`, as Electron does once it has started. */
export function emitReady(): void {
  recording.calls.push('ready');
  resolveReady();
}

const record = (call: string) => recording.calls.push(call);

type AppSlice = Pick<
  Electron.App,
  | 'on'
  | 'once'
  | 'whenReady'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'getPath'
  | 'setPath'
  | 'getName'
  | 'getVersion'
  | 'isPackaged'
>;

export const app: AppSlice = {
  ...emitter<Electron.App>(appEvents),
  // The packaged app's path: the data folder comes from getPath, never from the environment.
  isPackaged: true,
  whenReady() {
    record('app.whenReady');
    return readyPromise;
  },
  requestSingleInstanceLock() {
    record('app.requestSingleInstanceLock');
    return recording.singleInstanceLock;
  },
  quit() {
    record('app.quit');
  },
  getPath(name) {
    record(`app.getPath(${name})`);
    return name === 'userData' ? userData : path.join(userData, name);
  },
  setPath(name) {
    record(`app.setPath(${name})`);
  },
  getName: () => 'Between Sessions',
  getVersion: () => '0.0.0-test',
};

export const protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
  registerSchemesAsPrivileged(customSchemes) {
    record('protocol.registerSchemesAsPrivileged');
    recording.privilegedSchemes.push(...customSchemes);
  },
  handle(scheme, handler) {
    record(`protocol.handle(${scheme})`);
    recording.protocolHandlers.set(scheme, handler);
  },
};

type SessionSlice = Pick<
  Electron.Session,
  | 'setPermissionRequestHandler'
  | 'setPermissionCheckHandler'
  | 'setDevicePermissionHandler'
  | 'setSpellCheckerDictionaryDownloadURL'
  | 'setSpellCheckerEnabled'
> & { webRequest: Pick<Electron.WebRequest, 'onBeforeRequest'> };

const defaultSession: SessionSlice = {
  webRequest: {
    onBeforeRequest(
      filterOrListener: Electron.WebRequestFilter | BeforeRequestListener | null,
      listener?: BeforeRequestListener | null,
    ) {
      record('session.webRequest.onBeforeRequest');
      const given = typeof filterOrListener === 'function' ? filterOrListener : listener;
      // A filter would narrow which requests are checked; the hardening must check them all.
      if (typeof filterOrListener !== 'function') record('session.webRequest.filter');
      recording.beforeRequest = given ?? null;
    },
  },
  setPermissionRequestHandler(handler) {
    record('session.setPermissionRequestHandler');
    recording.permissionRequest = handler;
  },
  setPermissionCheckHandler(handler) {
    record('session.setPermissionCheckHandler');
    recording.permissionCheck = handler;
  },
  setDevicePermissionHandler(handler) {
    record('session.setDevicePermissionHandler');
    recording.devicePermission = handler;
  },
  setSpellCheckerDictionaryDownloadURL(url) {
    record('session.setSpellCheckerDictionaryDownloadURL');
    recording.dictionaryDownloadUrl = url;
  },
  setSpellCheckerEnabled(enable) {
    record('session.setSpellCheckerEnabled');
    recording.spellCheckerEnabled = enable;
  },
};

export const session: { defaultSession: SessionSlice } = { defaultSession };

export const ipcMain: Pick<Electron.IpcMain, 'handle'> = {
  handle(channel, listener) {
    recording.invokeHandlers.set(channel, listener);
  },
};

type ContentsSlice = Pick<Electron.WebContents, 'on' | 'once' | 'setWindowOpenHandler'> &
  Pick<Electron.WebContents, 'send' | 'reload'>;

/** A window's page: the events main listens to, and the window-open handler it sets. */
export class ContentsDouble {
  readonly events = new EventEmitter();
  openHandler: OpenHandler | null = null;
  readonly slice: ContentsSlice = {
    ...emitter<Electron.WebContents>(this.events),
    setWindowOpenHandler: (handler) => {
      record('webContents.setWindowOpenHandler');
      this.openHandler = handler;
    },
    send: () => undefined,
    reload: () => undefined,
  };
}

type WindowSlice = Pick<
  Electron.BrowserWindow,
  'on' | 'once' | 'loadURL' | 'isMinimized' | 'restore' | 'focus'
> & { webContents: ContentsSlice };

export class WindowDouble {
  readonly events = new EventEmitter();
  readonly contents = new ContentsDouble();
  readonly loadedUrls: string[] = [];
  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {}
  readonly slice: WindowSlice = {
    ...emitter<Electron.BrowserWindow>(this.events),
    webContents: this.contents.slice,
    loadURL: async (url) => {
      record('window.loadURL');
      this.loadedUrls.push(url);
    },
    isMinimized: () => false,
    restore: () => undefined,
    focus: () => undefined,
  };
}

interface BrowserWindowSlice {
  new (options?: Electron.BrowserWindowConstructorOptions): WindowSlice;
  getAllWindows(): WindowSlice[];
  getFocusedWindow(): WindowSlice | null;
}

/**
 * `new BrowserWindow(…)`: Electron creates the window's web contents first and announces it with
 * `web-contents-created`; the double then hands back the slice of a recorded window.
 */
function openWindow(options: Electron.BrowserWindowConstructorOptions = {}): WindowSlice {
  record('new BrowserWindow');
  const window = new WindowDouble(options);
  recording.windows.push(window);
  appEvents.emit(
    'web-contents-created',
    { preventDefault: () => undefined },
    window.contents.slice,
  );
  return window.slice;
}

const windowStatics: Omit<BrowserWindowSlice, never> = {
  getAllWindows: () => recording.windows.map((window) => window.slice),
  getFocusedWindow: () => recording.windows[0]?.slice ?? null,
};

// A plain function may be called with `new`, and then returns the object it returns.
export const BrowserWindow = Object.assign(
  openWindow,
  windowStatics,
) as unknown as BrowserWindowSlice;

export const Menu: Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'> = {
  buildFromTemplate(template) {
    record('Menu.buildFromTemplate');
    return { template } as unknown as Electron.Menu;
  },
  setApplicationMenu(menu) {
    record('Menu.setApplicationMenu');
    recording.applicationMenu = menu;
  },
};

export const dialog: Pick<Main['dialog'], 'showMessageBox'> = {
  showMessageBox: async () => {
    record('dialog.showMessageBox');
    return { response: 0, checkboxChecked: false };
  },
};

export const powerMonitor: Pick<Main['powerMonitor'], 'on'> = emitter<Electron.PowerMonitor>(
  new EventEmitter(),
);

export const shell: Pick<Main['shell'], 'openExternal'> = {
  openExternal: async () => {
    record('shell.openExternal');
  },
};
