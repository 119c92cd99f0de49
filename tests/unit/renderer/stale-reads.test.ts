import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc';
import { progressDomain } from '../../../electron/services/progress/domain';
import type { ChannelName, InputOf } from '../../../shared/contract';
import { openTag, CLOSE_TAG } from '../../../shared/insight-marks';
import { checkInReads } from '../../../renderer/src/features/check-ins/queries';
import {
  entryPurgeReads,
  entryReads,
  entryRemovalReads,
} from '../../../renderer/src/features/entries/queries';
import { goalDeleteReads, goalReads } from '../../../renderer/src/features/goals/queries';
import { insightDeleteReads, insightReads } from '../../../renderer/src/features/insights/queries';
import { sessionReads } from '../../../renderer/src/features/sessions/queries';
import { tagWrites } from '../../../renderer/src/features/tags/queries';
import { TestClock } from '../entries/harness';
import { openTherapyJournal } from '../therapy/journal';

/*
 * Answers are cached until a write names them stale (staleTime: Infinity), so a write that
 * changes an answer it does not name leaves a screen showing what is no longer true. Each write
 * below runs through the real handlers on a journal holding a bit of everything, and every read
 * whose answer it changed must be among those its mutation marks stale.
 */

type Call = <K extends ChannelName>(name: K, input?: unknown) => Promise<unknown>;

async function seeded() {
  const journal = await openTherapyJournal(new TestClock(new Date('2024-05-01T09:00:00.000Z')));
  const progress = progressDomain(journal.session).handlers['progress:get']!;
  const call: Call = async (name, input) => {
    if (name !== 'progress:get') {
      return (journal.call as (n: ChannelName, i?: unknown) => Promise<unknown>)(name, input);
    }
    const result = await dispatch('progress:get', progress, input);
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  };
  const typed = <K extends ChannelName>(name: K, input: InputOf<K>) =>
    call(name, input) as Promise<{ id: string }>;

  const marked = await typed('entries:create', { date: '2024-04-28', title: 'Marked' });
  const whole = await typed('entries:create', { date: '2024-04-20', title: 'Whole' });
  const goal = await typed('goals:create', { title: 'Walk', whatProgressLooksLike: 'Daily' });
  const withStep = (await call('goals:addStep', { goalId: goal.id, text: 'Park' })) as {
    steps: Array<{ id: string }>;
  };
  const insight = (entryId: string, quote?: string) =>
    typed('insights:create', {
      entryId,
      ...(quote ? { quote } : {}),
      kind: 'small-win',
      intensity: 5,
      note: 'n',
      goalIds: [goal.id],
      bringToSession: true,
    });
  const inText = await insight(marked.id, 'the hill');
  const onWhole = await insight(whole.id);
  await call('entries:update', {
    id: marked.id,
    patch: { body: `Up ${openTag(inText.id)}the hill${CLOSE_TAG}.`, mood: 6, tags: ['walks'] },
  });
  const session = await typed('sessions:create', {
    date: '2024-04-29',
    durationMinutes: 50,
    cost: { minorUnits: 9000 },
    homework: [{ text: 'Walk twice', status: 'open' }],
    discussedInsightIds: [onWhole.id],
  });
  const checkIn = await typed('checkIns:create', {
    instrument: 'GAD-7',
    answers: [1, 1, 1, 1, 1, 1, 1],
    date: '2024-04-10',
  });
  await call('settings:update', { nextSessionDate: '2024-05-06' });
  const ids = {
    marked: marked.id,
    whole: whole.id,
    goal: goal.id,
    step: withStep.steps[0]!.id,
    inText: inText.id,
    onWhole: onWhole.id,
    session: session.id,
    checkIn: checkIn.id,
  };

  /** Every answer a screen can hold about this journal, by channel. */
  async function answers(): Promise<Map<ChannelName, string>> {
    const asked: Array<[ChannelName, unknown]> = [
      ['entries:list', {}],
      ['entries:get', { id: ids.marked }],
      ['entries:get', { id: ids.whole }],
      ['entries:trash', undefined],
      ['entries:calendar', { from: '2024-04-01', to: '2024-05-31' }],
      ['tags:list', undefined],
      ['insights:list', {}],
      ['insights:list', { entryId: ids.marked }],
      ['insights:get', { id: ids.inText }],
      ['insights:get', { id: ids.onWhole }],
      ['goals:list', undefined],
      ['goals:get', { id: ids.goal }],
      ['sessions:list', undefined],
      ['sessions:get', { id: ids.session }],
      ['checkIns:list', undefined],
      ['therapy:glance', undefined],
      ['progress:get', { from: '2024-01-01', to: '2024-05-31' }],
      ['settings:get', undefined],
      ['safetyPlan:get', undefined],
    ];
    const byChannel = new Map<ChannelName, string>();
    for (const [name, input] of asked) {
      const answer = await call(name, input).then(
        (value) => JSON.stringify(value),
        (error: Error) => `refused: ${error.message}`,
      );
      byChannel.set(name, `${byChannel.get(name) ?? ''}\n${answer}`);
    }
    return byChannel;
  }

  return { call, ids, answers };
}

type Journal = Awaited<ReturnType<typeof seeded>>;

interface Write {
  name: string;
  /** What the mutation marks stale. */
  stale: readonly ChannelName[];
  /** Puts the journal in the state the write starts from (an entry in the trash to restore). */
  before?: (j: Journal) => Promise<unknown>;
  write: (j: Journal) => Promise<unknown>;
}

const writes: Write[] = [
  {
    name: 'entries:create',
    stale: entryReads,
    write: ({ call }) => call('entries:create', { date: '2024-04-30', title: 'New' }),
  },
  {
    // The editor puts the saved entry in the cache itself (entrySaved): entries:get is fresh.
    name: 'entries:update (date, mood, title)',
    stale: [...entryReads, 'entries:get'],
    write: ({ call, ids }) =>
      call('entries:update', {
        id: ids.marked,
        patch: { date: '2024-03-28', mood: 2, title: 'Moved' },
      }),
  },
  {
    name: 'entries:update (the marked words deleted)',
    stale: [...entryReads, 'entries:get'],
    write: ({ call, ids }) => call('entries:update', { id: ids.marked, patch: { body: 'Up.' } }),
  },
  {
    name: 'entries:delete',
    stale: entryRemovalReads,
    write: ({ call, ids }) => call('entries:delete', { id: ids.whole }),
  },
  {
    name: 'entries:restore',
    stale: entryRemovalReads,
    before: ({ call, ids }) => call('entries:delete', { id: ids.whole }),
    write: ({ call, ids }) => call('entries:restore', { id: ids.whole }),
  },
  {
    name: 'entries:purge',
    stale: entryPurgeReads,
    before: ({ call, ids }) => call('entries:delete', { id: ids.whole }),
    write: ({ call, ids }) => call('entries:purge', { id: ids.whole }),
  },
  {
    name: 'tags:rename',
    stale: tagWrites,
    write: ({ call }) => call('tags:rename', { from: 'walks', to: 'outside' }),
  },
  {
    name: 'tags:delete',
    stale: tagWrites,
    write: ({ call }) => call('tags:delete', { tag: 'walks' }),
  },
  {
    name: 'insights:create',
    stale: insightReads,
    write: ({ call, ids }) =>
      call('insights:create', {
        entryId: ids.whole,
        kind: 'breakthrough',
        intensity: 7,
        note: 'b',
        goalIds: [ids.goal],
        bringToSession: true,
      }),
  },
  {
    name: 'insights:update',
    stale: insightReads,
    write: ({ call, ids }) =>
      call('insights:update', {
        id: ids.onWhole,
        patch: { kind: 'breakthrough', goalIds: [], bringToSession: false },
      }),
  },
  {
    // The insight form marks the entry stale itself when a mark left its body.
    name: 'insights:delete (marked in its entry)',
    stale: [...insightDeleteReads, 'entries:get'],
    write: ({ call, ids }) => call('insights:delete', { id: ids.inText }),
  },
  {
    name: 'insights:delete (discussed in a session)',
    stale: insightDeleteReads,
    write: ({ call, ids }) => call('insights:delete', { id: ids.onWhole }),
  },
  {
    name: 'goals:create',
    stale: goalReads,
    write: ({ call }) => call('goals:create', { title: 'Sleep', whatProgressLooksLike: 'Early' }),
  },
  {
    name: 'goals:update',
    stale: goalReads,
    write: ({ call, ids }) =>
      call('goals:update', { id: ids.goal, patch: { title: 'Walk more', status: 'achieved' } }),
  },
  {
    name: 'goals:addStep',
    stale: goalReads,
    write: ({ call, ids }) => call('goals:addStep', { goalId: ids.goal, text: 'Hill' }),
  },
  {
    name: 'goals:updateStep',
    stale: goalReads,
    write: ({ call, ids }) =>
      call('goals:updateStep', { goalId: ids.goal, stepId: ids.step, done: true }),
  },
  {
    name: 'goals:removeStep',
    stale: goalReads,
    before: ({ call, ids }) =>
      call('goals:updateStep', { goalId: ids.goal, stepId: ids.step, done: true }),
    write: ({ call, ids }) => call('goals:removeStep', { goalId: ids.goal, stepId: ids.step }),
  },
  {
    name: 'goals:delete',
    stale: goalDeleteReads,
    write: ({ call, ids }) => call('goals:delete', { id: ids.goal }),
  },
  {
    name: 'sessions:create',
    stale: sessionReads,
    write: ({ call, ids }) =>
      call('sessions:create', {
        date: '2024-04-30',
        durationMinutes: 45,
        cost: { minorUnits: 8000, currency: 'USD' },
        homework: [{ text: 'Rest', status: 'open' }],
        discussedInsightIds: [ids.inText],
      }),
  },
  {
    name: 'sessions:update',
    stale: sessionReads,
    write: async ({ call, ids }) => {
      const session = (await call('sessions:get', { id: ids.session })) as {
        homework: Array<{ id: string; text: string }>;
      };
      const [item] = session.homework;
      return call('sessions:update', {
        id: ids.session,
        patch: {
          date: '2024-04-27',
          homework: [{ id: item!.id, text: item!.text, status: 'done' }],
          discussedInsightIds: [ids.inText],
        },
      });
    },
  },
  {
    name: 'sessions:delete',
    stale: sessionReads,
    write: ({ call, ids }) => call('sessions:delete', { id: ids.session }),
  },
  {
    name: 'checkIns:create',
    stale: checkInReads,
    write: ({ call }) =>
      call('checkIns:create', {
        instrument: 'PHQ-9',
        answers: [0, 1, 0, 1, 0, 1, 0, 1, 0],
        date: '2024-04-30',
      }),
  },
  {
    name: 'checkIns:delete',
    stale: checkInReads,
    write: ({ call, ids }) => call('checkIns:delete', { id: ids.checkIn }),
  },
];

describe('every write marks stale the answers it changes', () => {
  it.each(writes.map((w) => [w.name, w] as const))('%s', async (_, { stale, before, write }) => {
    const journal = await seeded();
    await before?.(journal);
    const was = await journal.answers();
    await write(journal);
    const now = await journal.answers();
    const changed = [...now.keys()].filter((channel) => now.get(channel) !== was.get(channel));
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.filter((channel) => !stale.includes(channel))).toEqual([]);
  });
});
