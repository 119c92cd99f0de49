import { describe, expect, it } from 'vitest';
import { openTag } from '../../../shared/insight-marks';
import { openJournal } from '../entries/harness';
import { entryWith, insightOn } from './steps';

const marked = (id: string, words: string) => `${openTag(id)}${words}</mark>`;

describe('marks in an entry body', () => {
  it("a body keeps the marks of its own entry's insights", async () => {
    const journal = await openJournal();
    const entryId = await entryWith(journal, '2024-05-01', 'I went quiet again.');
    const insight = await journal.call(
      'insights:create',
      insightOn(entryId, { quote: 'went quiet' }),
    );
    const body = `I ${marked(insight.id, 'went quiet')} again.`;
    const saved = await journal.call('entries:update', { id: entryId, patch: { body } });
    expect(saved.body).toBe(body);
    expect((await journal.call('insights:get', { id: insight.id })).passage).toBe('marked');
  });

  it("cannot point at another entry's insight, nor at one that does not exist: the words stay, the mark goes", async () => {
    const journal = await openJournal();
    const other = await entryWith(journal, '2024-05-01', 'Elsewhere.');
    const theirs = await journal.call('insights:create', insightOn(other, { quote: 'Elsewhere' }));
    const entryId = await entryWith(journal, '2024-05-02', '');
    const forged = `A ${marked(theirs.id, 'forged')} and ${marked('made-up-id', 'invented')} link.`;
    const saved = await journal.call('entries:update', { id: entryId, patch: { body: forged } });
    expect(saved.body).toBe('A forged and invented link.');
    const created = await journal.call('entries:create', { date: '2024-05-03', body: forged });
    expect(created.body).toBe('A forged and invented link.');
    // The other entry's insight is untouched and still opens from its own entry only.
    expect((await journal.call('insights:list', { entryId })).items).toEqual([]);
    expect((await journal.call('insights:get', { id: theirs.id })).entryId).toBe(other);
  });
});
