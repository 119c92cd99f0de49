import { dispatch } from '../../../electron/ipc';
import type { Handler, Handlers } from '../../../electron/ipc';
import { goalsDomain } from '../../../electron/services/goals/domain';
import { glanceDomain, sessionsDomain } from '../../../electron/services/sessions/domain';
import { settingsDomain } from '../../../electron/services/settings/domain';
import type { ChannelName } from '../../../shared/contract';
import type { Insight } from '../../../shared/domain';
import { CallError, openJournal } from '../entries/harness';
import type { Journal, TestClock } from '../entries/harness';

/**
 * The entries harness's journal with the goals, sessions, glance and settings handlers wired as
 * createServices wires them. Insights are added straight into the document (their service is
 * tested on its own): `addInsight` writes one through the session, as a service would.
 */
export async function openTherapyJournal(clock?: TestClock) {
  const journal = await openJournal(clock);
  const handlers: Partial<Handlers> = {};
  for (const domain of [
    goalsDomain(journal.session, journal.clock),
    sessionsDomain(journal.session, journal.clock),
    glanceDomain(journal.session, journal.clock),
    settingsDomain(journal.session),
  ]) {
    Object.assign(handlers, domain.handlers);
  }
  const entriesCall = journal.call;
  const call = async <K extends ChannelName>(name: K, ...input: unknown[]) => {
    const handler = handlers[name] as Handler<K> | undefined;
    if (!handler) return (entriesCall as (n: K, ...i: unknown[]) => unknown)(name, ...input);
    const result = await dispatch(name, handler, input[0]);
    if (!result.ok) throw new CallError(result.error.code, result.error.message);
    return result.value;
  };
  let insights = 0;
  return {
    ...journal,
    call: call as Journal['call'],
    /** Marks an insight on an entry, straight into the document. */
    async addInsight(fields: Partial<Insight> & Pick<Insight, 'entryId'>): Promise<Insight> {
      const insight: Insight = {
        id: `insight-${++insights}`,
        note: '',
        kind: 'pattern',
        intensity: 5,
        goalIds: [],
        bringToSession: false,
        createdAt: journal.clock.now().toISOString(),
        ...fields,
      };
      await journal.session.change((doc) => doc.insights.push(insight));
      return insight;
    },
    insight(id: string): Insight | undefined {
      return journal.session.read((doc) => doc.insights.find((i) => i.id === id));
    },
  };
}

/** The code of a refused call. */
export async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CallError) return error.code;
    throw error;
  }
  throw new Error('the call was not refused');
}
