import { describe, expect, it } from 'vitest';
import { excerpt, plainText, searchableText } from '../../../electron/services/entries/plain-text';
import { normalizeText, terms } from '../../../electron/services/entries/search-terms';
import { marksIn, snippetOf } from '../../../electron/services/entries/summaries';
import { prefixTypoDistance, typoBudget } from '../../../electron/services/entries/typo-distance';

describe('plain text from Markdown', () => {
  it('keeps the words and drops the syntax of what the editor writes', () => {
    const md = [
      '# Heading',
      '',
      'Some **bold**, _italic_, ~~struck~~ and `code`.',
      '',
      '- a point',
      '- [x] a done task',
      '1. first',
      '> a quote',
      '',
      '[a link](https://example.org/a_(b)) and ![a picture](p.png)',
      '',
      '```',
      'fenced',
      '```',
      '---',
    ].join('\n');
    expect(plainText(md)).toBe(
      'Heading Some bold, italic, struck and code. a point a done task first a quote a link and a picture fenced',
    );
  });

  it('keeps characters that only look like syntax: escapes, snake_case, arithmetic, angle brackets', () => {
    expect(plainText('\\*not emphasis\\* snake_case_name 2*3*4 a < b > c')).toBe(
      '*not emphasis* snake_case_name 2*3*4 a < b > c',
    );
  });

  it('keeps the words of insight marks and drops their tags', () => {
    const id = '0b8a4e8c-2a4f-4d7e-9d6b-3f1e2a9c7b10';
    const md = `# I <mark data-insight="${id}">froze</mark>\n\n- then <mark data-insight="${id}">**breathed**</mark>, in<mark data-insight="${id}">side</mark> a word`;
    expect(plainText(md)).toBe('I froze then breathed, inside a word');
    expect(excerpt(md)).toBe('I froze then breathed, inside a word');
    expect(terms(searchableText(md))).toEqual(terms('I froze then breathed inside a word'));
    expect(terms(searchableText(md))).not.toContain('insight');
  });

  it('shows mark-like tags that are not insight marks as the text they are', () => {
    const md = '<mark onclick="x">a</mark> \\<mark data-insight="x">b</mark>';
    expect(plainText(md)).toBe('<mark onclick="x">a</mark> <mark data-insight="x">b</mark>');
    expect(searchableText('<mark>a</mark>')).toBe('<mark>a</mark>');
  });

  it('an excerpt is at most about 200 characters, cut between words', () => {
    const text = excerpt('word '.repeat(100));
    expect(text.length).toBeLessThanOrEqual(201);
    expect(text).toMatch(/word…$/);
    expect(excerpt('short')).toBe('short');
  });
});

describe('search words', () => {
  it('are runs of letters and digits in any script, compared without case or accents', () => {
    expect(terms("Ça va? Don't-stop: 2024 CAFÉ Straße")).toEqual([
      'ca',
      'va',
      'don',
      't',
      'stop',
      '2024',
      'cafe',
      'straße',
    ]);
    expect(terms('plain ASCII, quickly')).toEqual(['plain', 'ascii', 'quickly']);
    expect(normalizeText('Ça')).toBe('ca');
  });

  it('a swapped pair of letters is one typo, and a misspelt beginning is near the whole word', () => {
    expect(prefixTypoDistance('anxeity', 'anxiety', 2)).toBe(1);
    expect(prefixTypoDistance('anxei', 'anxiety', 1)).toBe(1);
    expect(prefixTypoDistance('calm', 'calmer', 1)).toBe(0);
    expect(prefixTypoDistance('sea', 'anxiety', 1)).toBe(2);
  });

  it('allow no typo below 4 letters, one up to 7 and two from 8', () => {
    expect(['sea', 'calm', 'anxiety', 'therapist'].map(typoBudget)).toEqual([0, 1, 1, 2]);
  });
});

describe('snippets', () => {
  it('mark every occurrence of the matched words, by their offsets in the text', () => {
    const text = 'Fear, then more fear; fearless? No.';
    const exact = marksIn(text, { prefixes: [], words: ['fear'] });
    expect(exact.map(([s, e]) => text.slice(s, e))).toEqual(['Fear', 'fear']);
    const prefix = marksIn(text, { prefixes: ['fear'], words: [] });
    expect(prefix.map(([s, e]) => text.slice(s, e))).toEqual(['Fear', 'fear', 'fearless']);
    const accented = 'Ça va, CAFÉ et café.';
    const marks = marksIn(accented, { prefixes: ['caf'], words: ['ca'] });
    expect(marks.map(([s, e]) => accented.slice(s, e))).toEqual(['Ça', 'CAFÉ', 'café']);
  });

  it('start near the first match, cut between words, and shift the marks with the ellipsis', () => {
    const text = `${'a '.repeat(100)}the word here ${'b '.repeat(100)}`.trim();
    const snippet = snippetOf(text, { prefixes: [], words: ['word'] })!;
    expect(snippet.text.startsWith('…a ')).toBe(true);
    expect(snippet.text.endsWith(' b…')).toBe(true);
    const [[start, end]] = snippet.marks as [[number, number]];
    expect(snippet.text.slice(start, end)).toBe('word');
  });

  it('are null when only the title matched', () => {
    expect(snippetOf('nothing here', { prefixes: [], words: ['word'] })).toBeNull();
  });
});
