import type { CommandId } from '../../../../shared/commands';

type Runner = () => void;

/**
 * What each command does right now: the mounted screen that can run it registers a runner, and
 * removes it when it unmounts. A command invoked while no screen can run it is kept as pending
 * and runs as soon as one registers (a shortcut pressed while its screen is still opening).
 */
export class CommandRegistry {
  private readonly runners = new Map<CommandId, Runner[]>();
  private pending: CommandId | null = null;

  register(id: CommandId, run: Runner): () => void {
    const stack = this.runners.get(id) ?? [];
    stack.push(run);
    this.runners.set(id, stack);
    if (this.pending === id) {
      this.pending = null;
      run();
    }
    return () => {
      const current = this.runners.get(id) ?? [];
      this.runners.set(
        id,
        current.filter((r) => r !== run),
      );
    };
  }

  /** Runs the command with the most recently mounted runner; true if one ran. */
  run(id: CommandId): boolean {
    const run = this.runners.get(id)?.at(-1);
    if (!run) return false;
    run();
    return true;
  }

  /** Runs the command now, or as soon as a screen that can run it is up. */
  runOrWait(id: CommandId): void {
    if (this.run(id)) return;
    // Only the latest wish waits: a second shortcut replaces the first rather than queueing.
    this.pending = id;
  }

  /** Forgets a command that was waiting (the person went somewhere else instead). */
  cancelPending(): void {
    this.pending = null;
  }

  get waiting(): CommandId | null {
    return this.pending;
  }
}
