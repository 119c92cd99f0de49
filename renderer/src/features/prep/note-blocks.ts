/*
 * The few Markdown shapes a prep note uses (headings, list items, paragraphs), read line by line
 * into blocks the preview renders as React text: nothing in the note is ever parsed as HTML.
 */

export type NoteBlock =
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'paragraph'; text: string };

const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;

/** A heading deeper than ### reads as ### on paper; `#` (the page's own title) as ##. */
export function noteBlocks(markdown: string): NoteBlock[] {
  const blocks: NoteBlock[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', text: paragraph.join('\n') });
    paragraph = [];
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (heading) {
      endParagraph();
      blocks.push({
        type: 'heading',
        level: heading[1]!.length >= 3 ? 3 : 2,
        text: heading[2]!.trim(),
      });
    } else if (bullet || numbered) {
      endParagraph();
      const ordered = numbered !== null;
      const text = (bullet ?? numbered)![1]!.trim();
      const last = blocks.at(-1);
      if (last?.type === 'list' && last.ordered === ordered) last.items.push(text);
      else blocks.push({ type: 'list', ordered, items: [text] });
    } else if (line.trim() === '') {
      endParagraph();
    } else {
      paragraph.push(line.trim());
    }
  }
  endParagraph();
  return blocks;
}
