import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

/**
 * Makes a folder refuse new files. chmod does not stop root (as CI runs), so root uses the
 * immutable attribute, which does; where neither works the caller skips with this reason.
 */
export async function makeReadOnly(dir: string): Promise<void> {
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', dir]);
  else await chmod(dir, 0o555);
}

export async function makeWritable(dir: string): Promise<void> {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
  else await chmod(dir, 0o755);
}

/** Null when a folder can be made read-only here; otherwise why not. */
export async function readOnlyUnsupported(dir: string): Promise<string | null> {
  try {
    await makeReadOnly(dir);
    await makeWritable(dir);
    return null;
  } catch (error) {
    return `cannot make a folder read-only here (${(error as Error).message.split('\n')[0]})`;
  }
}
