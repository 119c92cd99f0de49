import { describe, expect, it } from 'vitest';
import { normalizeTag, tagKey } from '../../../shared/domain/tag-names';
import { tagSchema } from '../../../shared/entries/entry-contract';
import { openJournal } from '../entries/harness';

const composed = 'caf\u00e9';
const decomposed = 'cafe\u0301';

describe('the one tag rule', () => {
  it('is NFC, trimmed and single-spaced; compared without case', () => {
    expect(normalizeTag(`  ${decomposed}\t  time `)).toBe(`${composed} time`);
    expect(tagKey(`Caf\u00c9`)).toBe(tagKey(decomposed));
  });

  it('is what the contract applies to every tag from the page', () => {
    expect(tagSchema.parse(` ${decomposed} `)).toBe(composed);
  });

  it('files a tag typed with a decomposed accent under the same tag as the composed one', async () => {
    const journal = await openJournal();
    await journal.call('entries:create', { date: '2024-05-01', tags: [composed] });
    await journal.call('entries:create', { date: '2024-05-02', tags: [decomposed] });
    expect(await journal.call('tags:list')).toEqual([{ tag: composed, count: 2 }]);
  });
});
