import { describe, expect, it, vi } from 'vitest';
import { TestClock } from '../entries/harness';
import { openTherapyJournal, refusal } from './journal';
import { CLOSE_TAG, openTag } from '../../../shared/insight-marks';

const noon = () => new TestClock(new Date('2024-05-01T12:00:00.000Z'));
const words = 'I can say no to my sister without a week of guilt.';

describe('goals', () => {
  it('a goal keeps the person’s own words for what progress looks like, and starts active', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', {
      title: 'Boundaries',
      whatProgressLooksLike: words,
    });
    expect(goal).toEqual({
      id: 'id-1',
      title: 'Boundaries',
      whatProgressLooksLike: words,
      status: 'active',
      steps: [],
      createdAt: '2024-05-01T12:00:00.000Z',
    });
    await journal.lockAndUnlock();
    expect((await journal.call('goals:get', { id: goal.id })).goal).toEqual(goal);
  });

  it('what progress looks like is required: the app never fills it in', async () => {
    const journal = await openTherapyJournal(noon());
    for (const whatProgressLooksLike of ['', '   ']) {
      expect(
        await refusal(journal.call('goals:create', { title: 'Sleep', whatProgressLooksLike })),
      ).toBe('BAD_INPUT');
    }
    const goal = await journal.call('goals:create', { title: 'Sleep', whatProgressLooksLike: 'x' });
    expect(
      await refusal(
        journal.call('goals:update', { id: goal.id, patch: { whatProgressLooksLike: ' ' } }),
      ),
    ).toBe('BAD_INPUT');
    expect(await journal.call('goals:list')).toHaveLength(1);
  });

  it('achieving stamps when; reopening keeps that day; achieving again moves it on', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    journal.clock.advanceDays(10);
    const achieved = await journal.call('goals:update', {
      id: goal.id,
      patch: { status: 'achieved' },
    });
    expect(achieved).toMatchObject({ status: 'achieved', achievedAt: '2024-05-11T12:00:00.000Z' });
    journal.clock.advanceDays(1);
    const again = await journal.call('goals:update', {
      id: goal.id,
      patch: { status: 'achieved' },
    });
    expect(again.achievedAt).toBe('2024-05-11T12:00:00.000Z');
    const reopened = await journal.call('goals:update', {
      id: goal.id,
      patch: { status: 'paused' },
    });
    expect(reopened).toMatchObject({ status: 'paused', achievedAt: '2024-05-11T12:00:00.000Z' });
    journal.clock.advanceDays(5);
    const reachedAgain = await journal.call('goals:update', {
      id: goal.id,
      patch: { status: 'achieved' },
    });
    expect(reachedAgain.achievedAt).toBe('2024-05-17T12:00:00.000Z');
  });

  it('a patch that changes nothing is not written', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const change = vi.spyOn(journal.session, 'change');
    const same = await journal.call('goals:update', { id: goal.id, patch: { title: 'Walk' } });
    expect(same).toEqual(goal);
    expect(change).not.toHaveBeenCalled();
    const step = await journal.call('goals:addStep', { goalId: goal.id, text: 'one' });
    change.mockClear();
    await journal.call('goals:updateStep', {
      goalId: goal.id,
      stepId: step.steps[0]!.id,
      done: false,
    });
    expect(change).not.toHaveBeenCalled();
  });

  it('steps are ticked done with the time, and undone clears it', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const withStep = await journal.call('goals:addStep', { goalId: goal.id, text: ' Buy shoes ' });
    const step = withStep.steps[0]!;
    expect(step).toEqual({ id: 'id-2', text: 'Buy shoes', done: false });
    journal.clock.advanceDays(2);
    const done = await journal.call('goals:updateStep', {
      goalId: goal.id,
      stepId: step.id,
      done: true,
    });
    expect(done.steps[0]).toEqual({ ...step, done: true, doneAt: '2024-05-03T12:00:00.000Z' });
    const undone = await journal.call('goals:updateStep', {
      goalId: goal.id,
      stepId: step.id,
      done: false,
    });
    expect(undone.steps[0]).toEqual(step);
    const renamed = await journal.call('goals:updateStep', {
      goalId: goal.id,
      stepId: step.id,
      text: 'Buy walking shoes',
    });
    expect(renamed.steps[0]!.text).toBe('Buy walking shoes');
    const removed = await journal.call('goals:removeStep', { goalId: goal.id, stepId: step.id });
    expect(removed.steps).toEqual([]);
  });

  it('unknown goals and steps are NOT_FOUND, and nothing is written', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const calls = [
      journal.call('goals:get', { id: 'nope' }),
      journal.call('goals:update', { id: 'nope', patch: { title: 'x' } }),
      journal.call('goals:delete', { id: 'nope' }),
      journal.call('goals:addStep', { goalId: 'nope', text: 'x' }),
      journal.call('goals:updateStep', { goalId: goal.id, stepId: 'nope', done: true }),
      journal.call('goals:removeStep', { goalId: goal.id, stepId: 'nope' }),
    ];
    for (const call of calls) expect(await refusal(call)).toBe('NOT_FOUND');
    expect((await journal.call('goals:get', { id: goal.id })).goal.steps).toEqual([]);
  });

  it('the list puts active goals first, then paused, then achieved, newest first in each', async () => {
    const journal = await openTherapyJournal(noon());
    const make = async (title: string) => {
      journal.clock.advanceMs(1000);
      return journal.call('goals:create', { title, whatProgressLooksLike: 'x' });
    };
    const a = await make('a');
    const b = await make('b');
    const c = await make('c');
    await make('d');
    await journal.call('goals:update', { id: a.id, patch: { status: 'achieved' } });
    await journal.call('goals:update', { id: b.id, patch: { status: 'paused' } });
    await journal.call('goals:addStep', { goalId: c.id, text: 'one' });
    const withTwo = await journal.call('goals:addStep', { goalId: c.id, text: 'two' });
    await journal.call('goals:updateStep', {
      goalId: c.id,
      stepId: withTwo.steps[1]!.id,
      done: true,
    });
    const list = await journal.call('goals:list');
    expect(list.map((g) => g.title)).toEqual(['d', 'c', 'b', 'a']);
    expect(list[1]).toMatchObject({ stepsDone: 1, insightCount: 0 });
    expect(list[1]!.steps).toHaveLength(2);
  });

  it('deleting a goal unlinks it from its insights and keeps them, in the trash too', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const other = await journal.call('goals:create', {
      title: 'Sleep',
      whatProgressLooksLike: 'y',
    });
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    const trashed = await journal.call('entries:create', { date: '2024-05-01' });
    const kept = await journal.addInsight({ entryId: entry.id, goalIds: [goal.id, other.id] });
    const hidden = await journal.addInsight({ entryId: trashed.id, goalIds: [goal.id] });
    await journal.call('entries:delete', { id: trashed.id });
    await journal.call('goals:delete', { id: goal.id });
    expect(await refusal(journal.call('goals:get', { id: goal.id }))).toBe('NOT_FOUND');
    expect(journal.insight(kept.id)?.goalIds).toEqual([other.id]);
    expect(journal.insight(hidden.id)?.goalIds).toEqual([]);
    await journal.lockAndUnlock();
    expect(journal.insight(kept.id)).toBeDefined();
  });
});

describe('a goal’s page', () => {
  it('lists its insights newest first, hides those of entries in the trash and brings them back', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const older = await journal.call('entries:create', { date: '2024-04-20', title: 'Park' });
    const newer = await journal.call('entries:create', { date: '2024-04-28', title: 'Hill' });
    const first = await journal.addInsight({
      entryId: older.id,
      goalIds: [goal.id],
      kind: 'small-win',
      note: 'Walked to the park',
    });
    const second = await journal.addInsight({
      entryId: newer.id,
      goalIds: [goal.id],
      kind: 'breakthrough',
      quote: 'the hill',
    });
    await journal.addInsight({ entryId: newer.id, goalIds: [], kind: 'small-win' });
    const detail = await journal.call('goals:get', { id: goal.id });
    expect(detail.insights.map((i) => i.id)).toEqual([second.id, first.id]);
    expect(detail.insights[1]).toMatchObject({
      entryDate: '2024-04-20',
      entryTitle: 'Park',
      entryShareLevel: 'private',
      passage: 'whole-entry',
      note: 'Walked to the park',
    });
    // Its words are not marked in the body: the insight keeps its quote, passage removed.
    expect(detail.insights[0]!.passage).toBe('removed');
    expect((await journal.call('goals:list'))[0]!.insightCount).toBe(2);

    await journal.call('entries:delete', { id: newer.id });
    expect((await journal.call('goals:get', { id: goal.id })).insights.map((i) => i.id)).toEqual([
      first.id,
    ]);
    expect((await journal.call('goals:list'))[0]!.insightCount).toBe(1);
    await journal.call('entries:restore', { id: newer.id });
    expect((await journal.call('goals:get', { id: goal.id })).insights).toHaveLength(2);
  });

  it('a passage is "marked" only while a mark in the body carries it, not its id as text', async () => {
    const journal = await openTherapyJournal(noon());
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const entry = await journal.call('entries:create', { date: '2024-05-01' });
    const insight = await journal.addInsight({ entryId: entry.id, goalIds: [goal.id], quote: 'q' });
    const passage = async () =>
      (await journal.call('goals:get', { id: goal.id })).insights[0]!.passage;
    await journal.call('entries:update', {
      id: entry.id,
      patch: { body: `Before ${openTag(insight.id)}q${CLOSE_TAG} after` },
    });
    expect(await passage()).toBe('marked');
    await journal.call('entries:update', {
      id: entry.id,
      patch: { body: `Before [q]{insight=${insight.id}} after` },
    });
    expect(await passage()).toBe('removed');
  });

  it('shows month by month the steps done and the small wins and breakthroughs linked', async () => {
    const journal = await openTherapyJournal(new TestClock(new Date('2024-03-10T12:00:00.000Z')));
    const goal = await journal.call('goals:create', { title: 'Walk', whatProgressLooksLike: 'x' });
    const withSteps = await journal.call('goals:addStep', { goalId: goal.id, text: 'one' });
    await journal.call('goals:addStep', { goalId: goal.id, text: 'two' });
    await journal.call('goals:updateStep', {
      goalId: goal.id,
      stepId: withSteps.steps[0]!.id,
      done: true,
    });
    const entry = await journal.call('entries:create', { date: '2024-02-27' });
    await journal.addInsight({ entryId: entry.id, goalIds: [goal.id], kind: 'small-win' });
    await journal.addInsight({ entryId: entry.id, goalIds: [goal.id], kind: 'pattern' });
    journal.clock.advanceDays(40);
    const detail = await journal.call('goals:get', { id: goal.id });
    expect(detail.timeline).toEqual([
      { month: '2024-02', stepsDone: 0, smallWins: 1, breakthroughs: 0 },
      { month: '2024-03', stepsDone: 1, smallWins: 0, breakthroughs: 0 },
      { month: '2024-04', stepsDone: 0, smallWins: 0, breakthroughs: 0 },
    ]);
  });
});
