import { describe, expect, it, vi } from 'vitest';
import { Vault } from '../../../electron/vault';
import {
  THOUGHT_RECORD_HEADINGS,
  THOUGHT_RECORD_PROMPT_ID,
  thoughtRecordBody,
} from '../../../shared/therapy/thought-record';
import { openJournal } from './harness';

const template = () => ({
  date: '2024-05-01',
  body: thoughtRecordBody(),
  promptId: THOUGHT_RECORD_PROMPT_ID,
  thoughtRecord: { emotions: [] },
});

describe('thought records', () => {
  it('the template is offered beside the reflection prompts, and writes plain Markdown headings', async () => {
    const journal = await openJournal();
    const prompts = await journal.call('prompts:list');
    expect(prompts.find((p) => p.id === THOUGHT_RECORD_PROMPT_ID)).toMatchObject({
      builtIn: true,
      text: expect.stringMatching(/^Thought record/),
    });
    expect(thoughtRecordBody()).toBe(
      '## Situation\n\n## Automatic thought\n\n## Emotions\n\n## Evidence for\n\n' +
        '## Evidence against\n\n## A more balanced thought\n\n## Emotions re-rated\n',
    );
    expect(THOUGHT_RECORD_HEADINGS).toHaveLength(7);
  });

  it('an entry started from it keeps its ratings, before and after, across lock and unlock', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', template());
    expect(entry.thoughtRecord).toEqual({ emotions: [] });
    const rated = await journal.call('entries:update', {
      id: entry.id,
      patch: {
        thoughtRecord: {
          emotions: [
            { name: '  Anxious ', before: 80, after: 35 },
            { name: 'Ashamed', before: 60 },
          ],
        },
      },
    });
    expect(rated.thoughtRecord).toEqual({
      emotions: [
        { name: 'Anxious', before: 80, after: 35 },
        { name: 'Ashamed', before: 60 },
      ],
    });
    expect(rated.body).toBe(thoughtRecordBody());
    await journal.lockAndUnlock();
    expect(await journal.call('entries:get', { id: entry.id })).toEqual(rated);
  });

  it('a rating changes only the ratings: the body written meanwhile is left as it is', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', template());
    await journal.call('entries:update', {
      id: entry.id,
      patch: { body: '## Situation\n\nThe meeting ran late.\n' },
    });
    const rated = await journal.call('entries:update', {
      id: entry.id,
      patch: { thoughtRecord: { emotions: [{ name: 'Tense', before: 50 }] } },
    });
    expect(rated.body).toBe('## Situation\n\nThe meeting ran late.\n');
  });

  it('the same ratings again are not written; null clears them', async () => {
    const journal = await openJournal();
    const emotions = [{ name: 'Sad', before: 70, after: 40 }];
    const entry = await journal.call('entries:create', {
      ...template(),
      thoughtRecord: { emotions },
    });
    journal.clock.advanceMs(5_000);
    const writes = vi.spyOn(Vault.prototype, 'update');
    expect(
      await journal.call('entries:update', {
        id: entry.id,
        patch: { thoughtRecord: { emotions } },
      }),
    ).toEqual(entry);
    expect(writes).not.toHaveBeenCalled();
    writes.mockRestore();

    const cleared = await journal.call('entries:update', {
      id: entry.id,
      patch: { thoughtRecord: null },
    });
    expect(cleared).not.toHaveProperty('thoughtRecord');
    expect(cleared.updatedAt > entry.updatedAt).toBe(true);
    await journal.lockAndUnlock();
    expect(await journal.call('entries:get', { id: entry.id })).not.toHaveProperty('thoughtRecord');
  });

  it('ratings outside 0–100, unnamed emotions and more than 20 of them are refused', async () => {
    const journal = await openJournal();
    const entry = await journal.call('entries:create', template());
    for (const emotions of [
      [{ name: 'Fear', before: 101 }],
      [{ name: 'Fear', before: 50, after: -1 }],
      [{ name: 'Fear', before: 50.5 }],
      [{ name: '   ', before: 50 }],
      Array.from({ length: 21 }, (_, i) => ({ name: `Feeling ${i}`, before: 10 })),
    ]) {
      await expect(
        journal.call('entries:update', { id: entry.id, patch: { thoughtRecord: { emotions } } }),
      ).rejects.toMatchObject({ code: 'BAD_INPUT' });
    }
    expect((await journal.call('entries:get', { id: entry.id })).thoughtRecord).toEqual({
      emotions: [],
    });
  });

  it('a thought record left as the bare template is dropped like a blank entry; one rating keeps it', async () => {
    const journal = await openJournal();
    const bare = await journal.call('entries:create', template());
    expect(await journal.call('entries:discardIfEmpty', { id: bare.id })).toEqual({
      discarded: true,
    });
    const rated = await journal.call('entries:create', {
      ...template(),
      thoughtRecord: { emotions: [{ name: 'Hurt', before: 40 }] },
    });
    expect(await journal.call('entries:discardIfEmpty', { id: rated.id })).toEqual({
      discarded: false,
    });
    const written = await journal.call('entries:create', {
      ...template(),
      body: `${thoughtRecordBody()}\nI froze when she asked.`,
    });
    expect(await journal.call('entries:discardIfEmpty', { id: written.id })).toEqual({
      discarded: false,
    });
  });
});
