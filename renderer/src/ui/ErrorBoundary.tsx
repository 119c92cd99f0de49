import { Component } from 'react';
import type { ReactNode } from 'react';

/**
 * Keeps a part of the page that failed to render from blanking the rest: React unmounts the
 * whole tree on an uncaught render error. The error is not shown: its message can hold what the
 * person wrote (main.tsx reports only its kind).
 */
export class ErrorBoundary extends Component<
  // A function is called when the fallback shows, so it can read what is current then.
  { fallback: ReactNode | (() => ReactNode); children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { fallback } = this.props;
    return typeof fallback === 'function' ? fallback() : fallback;
  }
}

/** The kind of an error ("RangeError"), never its message. */
export function errorKind(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
