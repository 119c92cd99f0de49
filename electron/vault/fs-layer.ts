import { open, readFile, readdir, rename, stat, unlink, mkdir } from 'node:fs/promises';

/** The few file operations the vault performs, so tests can inject faults at each step. */
export interface VaultFileHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>;
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ): Promise<{ bytesRead: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface VaultFs {
  open(path: string, flags: string, mode?: number): Promise<VaultFileHandle>;
  readFile(path: string): Promise<Buffer>;
  stat(path: string): Promise<{ size: number }>;
  readdir(path: string): Promise<string[]>;
  mkdir(path: string): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Makes a rename inside `dir` durable. Not called on Windows, where it is not possible. */
  fsyncDir(dir: string): Promise<void>;
}

export const nodeFs: VaultFs = {
  open: (path, flags, mode) => open(path, flags, mode),
  readFile: (path) => readFile(path),
  stat: (path) => stat(path),
  readdir: (path) => readdir(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true, mode: 0o700 });
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  fsyncDir: async (dir) => {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
