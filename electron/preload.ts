import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { buildJournalApi } from '../shared/ipc/bridge';

// The page gets exactly the contract's methods; ipcRenderer itself never crosses the bridge.
contextBridge.exposeInMainWorld(
  'journal',
  buildJournalApi(
    (channel, input) => ipcRenderer.invoke(channel, input),
    (event, listener) => {
      const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(event, wrapped);
      return () => ipcRenderer.removeListener(event, wrapped);
    },
  ),
);
