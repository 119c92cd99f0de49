/*
 * Where an insight's passage stands in its entry's body. A mark is written
 * `<mark data-insight="ID">passage</mark>`. This stands in for shared/insight-marks.ts (built on
 * the editor's side) with the same signatures, and goes when the two meet.
 */

// One scan, no backtracking: a literal start, an id of bounded length without quotes or brackets.
const MARK_TAGS = /<mark(?: data-insight="([^"<>]{1,64})")?>|<\/mark>/g;

/** The ids of the insights marked in a body. */
export function markIdsIn(markdown: string): Set<string> {
  const ids = new Set<string>();
  if (!markdown.includes('<mark')) return ids;
  for (const match of markdown.matchAll(MARK_TAGS)) if (match[1]) ids.add(match[1]);
  return ids;
}

/** The body without the mark of insight `id`: its tags go, the words between them stay. */
export function removeMark(markdown: string, id: string): string {
  if (!markdown.includes(`data-insight="${id}"`)) return markdown;
  // Tags are paired with a stack, so a mark inside the one removed keeps its own closing tag.
  const open: Array<{ id: string | undefined; at: number; length: number }> = [];
  const cuts: Array<{ at: number; length: number }> = [];
  for (const match of markdown.matchAll(MARK_TAGS)) {
    const tag = { id: match[1], at: match.index, length: match[0].length };
    if (match[0] !== '</mark>') {
      open.push(tag);
      continue;
    }
    const opening = open.pop();
    if (opening?.id === id) cuts.push(opening, tag);
  }
  // An opening tag left unclosed goes too.
  for (const tag of open) if (tag.id === id) cuts.push(tag);
  cuts.sort((a, b) => a.at - b.at);
  let out = '';
  let from = 0;
  for (const { at, length } of cuts) {
    out += markdown.slice(from, at);
    from = at + length;
  }
  return out + markdown.slice(from);
}
