import { describe, expect, it } from 'vitest';
import { openJournal } from './harness';

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror="alert(1)">',
  '[click me](javascript:alert(document.cookie))',
  '[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '<a href="javascript:void(0)" onclick="steal()">x</a>',
  '"><svg/onload=alert(1)>',
  "'); DROP TABLE entries; --",
  '{{constructor.constructor("alert(1)")()}}',
  '\u202eevil\u202c and \u0000 nul and lone \ud800 surrogate',
];

describe('hostile text in entries', () => {
  it('is stored and returned verbatim, as data, in every field that holds text', async () => {
    const journal = await openJournal();
    const ids: string[] = [];
    for (const text of HOSTILE) {
      const entry = await journal.call('entries:create', {
        date: '2024-05-01',
        title: text,
        body: `before ${text} after`,
      });
      ids.push(entry.id);
    }
    await journal.lockAndUnlock();
    for (const [i, text] of HOSTILE.entries()) {
      const entry = await journal.call('entries:get', { id: ids[i]! });
      expect(entry.title).toBe(text);
      expect(entry.body).toBe(`before ${text} after`);
    }
  });

  it('reaches the timeline and search results as plain text that still shows what was typed', async () => {
    const journal = await openJournal();
    await journal.call('entries:create', {
      date: '2024-05-01',
      title: '<script>alert(1)</script>',
      body: 'I pasted <script>alert(1)</script> and [a link](javascript:alert(1)) here.',
    });
    const [row] = (await journal.call('entries:list', {})).items;
    expect(row!.title).toBe('<script>alert(1)</script>');
    expect(row!.excerpt).toBe('I pasted <script>alert(1)</script> and a link here.');
    const [hit] = (await journal.call('entries:list', { text: 'script' })).items;
    expect(hit!.snippet!.text).toBe('I pasted <script>alert(1)</script> and a link here.');
    expect(hit!.snippet!.marks.map(([s, e]) => hit!.snippet!.text.slice(s, e))).toEqual([
      'script',
      'script',
    ]);
  });

  it('is a tag or a prompt like any other words', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', {
      date: '2024-05-01',
      tags: ['<b onmouseover=x>', 'javascript:'],
    });
    expect(entry.tags).toEqual(['<b onmouseover=x>', 'javascript:']);
    const prompts = await journal.call('prompts:add', { text: '<script>alert(1)</script>?' });
    expect(prompts.at(-1)!.text).toBe('<script>alert(1)</script>?');
  });
});
