import type { CreateInsight } from '../../../shared/therapy/therapy-contract';
import type { InputOf } from '../../../shared/contract';
import type { Journal } from '../entries/harness';

/** A plain insight's input on an entry; tests override what they are about. */
export const insightOn = (
  entryId: string,
  overrides: Partial<InputOf<'insights:create'>> = {},
): InputOf<'insights:create'> => ({
  entryId,
  kind: 'pattern',
  intensity: 5,
  note: 'I go quiet when voices rise.',
  goalIds: [],
  bringToSession: false,
  ...overrides,
});

export type { CreateInsight };

/** Goals and sessions have their own channels elsewhere; here they are put in the document. */
export async function addGoal(journal: Journal, id: string, title = `Goal ${id}`): Promise<void> {
  await journal.session.change((doc) => {
    doc.goals.push({
      id,
      title,
      whatProgressLooksLike: 'Saying what I need, out loud.',
      status: 'active',
      steps: [],
      createdAt: '2024-04-01T09:00:00.000Z',
    });
  });
}

export async function addSession(
  journal: Journal,
  id: string,
  date: string,
  discussedInsightIds: string[],
): Promise<void> {
  await journal.session.change((doc) => {
    doc.sessions.push({
      id,
      date,
      durationMinutes: 50,
      prepNote: '',
      reflection: '',
      homework: [],
      discussedInsightIds,
    });
  });
}

/** An entry with a body, through the real channel. */
export async function entryWith(
  journal: Journal,
  date: string,
  body = '',
  title = '',
): Promise<string> {
  return (await journal.call('entries:create', { date, body, title })).id;
}
