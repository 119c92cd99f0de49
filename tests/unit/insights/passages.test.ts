import { describe, expect, it } from 'vitest';
import { markIdsIn, removeMark } from '../../../electron/services/insights/passages';

describe('marks in a body', () => {
  it('finds the ids of the insights marked in it, and nothing in a body without marks', () => {
    const body =
      'Before <mark data-insight="a-1">the first</mark> and <mark data-insight="b_2">second</mark>.';
    expect([...markIdsIn(body)]).toEqual(['a-1', 'b_2']);
    expect(markIdsIn('No marks here, only <em>html</em>.').size).toBe(0);
    expect(markIdsIn('<mark>a plain mark</mark> carries no insight').size).toBe(0);
  });

  it('removing a mark keeps its words and every other mark', () => {
    const body =
      'I <mark data-insight="x">went quiet</mark> again, <mark data-insight="y">then spoke</mark>.';
    expect(removeMark(body, 'x')).toBe(
      'I went quiet again, <mark data-insight="y">then spoke</mark>.',
    );
    expect(removeMark(body, 'y')).toBe(
      'I <mark data-insight="x">went quiet</mark> again, then spoke.',
    );
    expect(removeMark(body, 'z')).toBe(body);
  });

  it('a mark inside the one removed keeps its own closing tag', () => {
    const body = '<mark data-insight="out">a <mark data-insight="in">b</mark> c</mark> d';
    expect(removeMark(body, 'out')).toBe('a <mark data-insight="in">b</mark> c d');
    expect(removeMark(body, 'in')).toBe('<mark data-insight="out">a b c</mark> d');
  });

  it('every piece of a mark split across paragraphs goes, and an unclosed opening tag too', () => {
    const body =
      '<mark data-insight="s">one</mark>\n\n<mark data-insight="s">two</mark> <mark data-insight="s">three';
    expect(removeMark(body, 's')).toBe('one\n\ntwo three');
  });

  it('an id is matched whole: removing "a" leaves "ab"', () => {
    const body = '<mark data-insight="ab">x</mark>';
    expect(removeMark(body, 'a')).toBe(body);
    expect(markIdsIn(body).has('a')).toBe(false);
  });

  it('scans a long body with many unclosed tags in linear time', () => {
    const body = '<mark data-insight="q">'.repeat(20_000) + 'x'.repeat(100_000);
    const start = performance.now();
    expect(removeMark(body, 'q')).toBe('x'.repeat(100_000));
    expect(markIdsIn(body)).toEqual(new Set(['q']));
    expect(performance.now() - start).toBeLessThan(500);
  });
});
