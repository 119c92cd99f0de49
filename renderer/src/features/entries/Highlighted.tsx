/** Text with the given [start, end) ranges wrapped in <mark>; React escapes every character. */
export function Highlighted({ text, marks }: { text: string; marks?: Array<[number, number]> }) {
  if (!marks || marks.length === 0) return <>{text}</>;
  const parts: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of [...marks].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return (
    <>{parts.map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>
  );
}
