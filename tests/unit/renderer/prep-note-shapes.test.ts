import { describe, expect, it } from 'vitest';
import { noteBlocks } from '../../../renderer/src/features/prep/note-blocks';
import { moveTopic, movedText } from '../../../renderer/src/features/prep/topic-order';

describe('a prep note read for the preview', () => {
  it('headings, bulleted and numbered lists and paragraphs, as text', () => {
    const note = [
      '## The one thing',
      '',
      'Why I freeze',
      'at work',
      '',
      '1. Money',
      '2) Work',
      '- Open: calls',
      '* Tried: <b>breathing</b>',
      '### Breakthroughs',
      '#### Deeper',
      'after',
    ].join('\n');
    expect(noteBlocks(note)).toEqual([
      { type: 'heading', level: 2, text: 'The one thing' },
      { type: 'paragraph', text: 'Why I freeze\nat work' },
      { type: 'list', ordered: true, items: ['Money', 'Work'] },
      { type: 'list', ordered: false, items: ['Open: calls', 'Tried: <b>breathing</b>'] },
      { type: 'heading', level: 3, text: 'Breakthroughs' },
      { type: 'heading', level: 3, text: 'Deeper' },
      { type: 'paragraph', text: 'after' },
    ]);
    expect(noteBlocks('  \n\n')).toEqual([]);
  });
});

describe('topics in priority order', () => {
  it('a topic moves one place; at an edge nothing moves', () => {
    expect(moveTopic(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveTopic(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveTopic(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveTopic(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(movedText(' Sleep ', 1, 3)).toBe('“Sleep” is now 1 of 3.');
    expect(movedText(' ', 2, 2)).toBe('“Empty topic” is now 2 of 2.');
  });
});
