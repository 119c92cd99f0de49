/**
 * The entry on screen and how to leave it. Every way of leaving an entry (another entry, a
 * shortcut, New entry, another screen, back and forward, Lock) goes through `leaveOpenEntry`,
 * which writes what was typed and waits for it before the entry goes away; only then may the
 * main process drop the entry if it was left blank. If the write fails, leaving fails, and the
 * person stays on the entry with the message.
 */
type Leave = () => Promise<void>;

let open: { id: string; leave: Leave } | null = null;

export function setOpenEntry(id: string, leave: Leave): () => void {
  const mine = { id, leave };
  open = mine;
  return () => {
    if (open === mine) open = null;
  };
}

export const openEntryId = (): string | null => open?.id ?? null;

export async function leaveOpenEntry(): Promise<void> {
  await open?.leave();
}
