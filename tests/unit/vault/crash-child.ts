/**
 * Child process for the crash-safety test: opens the vault and saves in a loop, printing
 * `ack <n>` only after save n is durable. The parent SIGKILLs it at random moments.
 *
 *   [file, 'counter', passphrase]          counts up in the first entry's title
 *   [file, 'rewrap', passphrase, other]    swaps between two passphrases; each ack is the JSON
 *                                          [passphrase now set, its new recovery key]
 */
import { openVault } from '../../../electron/vault';
import { CHEAP_KDF as kdf } from '../../support/kdf';

// The parent starts this process ahead of time so its start-up overlaps the previous run; it
// sends the arguments as one line on stdin when it is the child's turn.
const line = await new Promise<string>((resolve) => {
  let text = '';
  process.stdin.setEncoding('utf8').on('data', (chunk: string) => {
    text += chunk;
    if (text.includes('\n')) resolve(text.slice(0, text.indexOf('\n')));
  });
});
const [file, mode, passphrase, other] = JSON.parse(line) as [string, string, string, string];

const vault = await openVault(file, { passphrase }, { kdf });
const entry = vault.data.entries[0];
if (!entry) throw new Error('fixture vault needs one entry');
let n = Number(entry.title);
process.stdout.write(`ready ${n}\n`);

if (mode === 'counter') {
  for (;;) {
    n++;
    // Vary the size so kills land in files of different lengths.
    const body = 'x'.repeat((n * 7919) % 4000);
    await vault.update((doc) => {
      doc.entries[0]!.title = String(n);
      doc.entries[0]!.body = body;
    });
    process.stdout.write(`ack ${n}\n`);
  }
} else {
  let [current, next] = [passphrase, other];
  for (;;) {
    const { recoveryKey } = await vault.changePassphrase(current, next);
    process.stdout.write(`ack ${JSON.stringify([next, recoveryKey])}\n`);
    [current, next] = [next, current];
  }
}
