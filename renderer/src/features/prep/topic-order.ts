/** A topic as the screen edits it: a stable key, so a moved field keeps its focus and its caret. */
export interface Topic {
  key: string;
  text: string;
}

/** The list with the topic at `from` moved one place up (-1) or down (+1); unchanged at an edge. */
export function moveTopic<T>(topics: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= topics.length || to < 0 || to >= topics.length) return [...topics];
  const next = [...topics];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** What the live region says after a move: "“Sleep” is now 1 of 3." */
export const movedText = (text: string, position: number, count: number): string =>
  `“${text.trim() || 'Empty topic'}” is now ${position} of ${count}.`;
