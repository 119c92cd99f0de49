import { emptyDocument } from '../../../shared/domain';
import type {
  CheckIn,
  Entry,
  Goal,
  Insight,
  JournalDocument,
  Session,
  ShareLevel,
} from '../../../shared/domain';
import { bandOf } from '../../../shared/therapy/instruments';
import { CLOSE_TAG, openTag } from '../../../shared/insight-marks';

/** Hand-built journals for the prep draft: each record written out, ids made from a counter. */
export class PrepJournal {
  readonly doc: JournalDocument = emptyDocument();
  private ids = 0;
  private id = (prefix: string) => `${prefix}-${++this.ids}`;

  entry(
    date: string,
    level: ShareLevel,
    fields: Partial<Pick<Entry, 'title' | 'mood' | 'body' | 'tags'>> = {},
  ): Entry {
    const entry: Entry = {
      id: this.id('entry'),
      date,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
      title: `Entry of ${date}`,
      body: '',
      tags: [],
      shareLevel: level,
      ...fields,
    };
    this.doc.entries.push(entry);
    return entry;
  }

  insight(entry: Entry, fields: Partial<Insight> = {}): Insight {
    const insight: Insight = {
      id: this.id('insight'),
      entryId: entry.id,
      note: `A note on ${entry.date}`,
      kind: 'pattern',
      intensity: 5,
      goalIds: [],
      bringToSession: false,
      createdAt: `${entry.date}T11:00:00.000Z`,
      ...fields,
    };
    if (insight.quote !== undefined) {
      entry.body += ` ${openTag(insight.id)}${insight.quote}${CLOSE_TAG}`;
    }
    this.doc.insights.push(insight);
    return insight;
  }

  session(date: string, fields: Partial<Session> = {}): Session {
    const session: Session = {
      id: this.id('session'),
      date,
      durationMinutes: 50,
      prepNote: '',
      reflection: '',
      homework: [],
      discussedInsightIds: [],
      ...fields,
    };
    this.doc.sessions.push(session);
    return session;
  }

  checkIn(date: string, instrument: CheckIn['instrument'], score: number): CheckIn {
    const count = instrument === 'PHQ-9' ? 9 : 7;
    const answers = Array.from({ length: count }, (_, i) =>
      Math.max(0, Math.min(3, score - 3 * i)),
    );
    const checkIn: CheckIn = {
      id: this.id('check-in'),
      date,
      instrument,
      answers,
      score,
      band: bandOf(instrument, score),
    };
    this.doc.checkIns.push(checkIn);
    return checkIn;
  }

  goal(title: string, steps: Goal['steps'] = []): Goal {
    const goal: Goal = {
      id: this.id('goal'),
      title,
      whatProgressLooksLike: 'In my words',
      status: 'active',
      steps,
      createdAt: '2024-01-01T09:00:00.000Z',
    };
    this.doc.goals.push(goal);
    return goal;
  }
}
