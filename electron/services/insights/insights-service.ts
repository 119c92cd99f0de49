import type { Entry, JournalDocument } from '../../../shared/domain';
import type {
  CreateInsight,
  InsightPage,
  InsightPatch,
  InsightUpdate,
  InsightView,
} from '../../../shared/therapy/therapy-contract';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { unchanged } from '../vault/journal-session';
import { listInsights } from './insight-list';
import type { InsightListQuery } from './insight-list';
import {
  existingGoals,
  liveEntry,
  newInsight,
  patchedInsight,
  sameInsight,
  viewIn,
  visibleInsight,
} from './insight-records';
import { removeMark } from '../../../shared/insight-marks';

/** Told when an insight's removal changed an entry's body, so what derives from bodies follows. */
export type BodyChanged = (doc: Readonly<JournalDocument>, entry: Entry) => void;

/**
 * The insights of the open journal: marked in an entry (a passage or the whole of it), described
 * by kind and details, linked to goals, listed newest first. An insight whose entry is in the
 * trash is hidden with it and comes back with it; purging the entry removes it (entries/trash.ts).
 */
export class InsightsService {
  constructor(
    private readonly session: JournalSession,
    private readonly clock: EntriesClock = systemClock,
    private readonly bodyChanged: BodyChanged = () => undefined,
  ) {}

  list(query: InsightListQuery): InsightPage {
    return this.session.read((doc) => listInsights(doc, query));
  }

  get(id: string): InsightView {
    return this.session.read((doc) => {
      const { insight, entry } = visibleInsight(doc, id);
      return viewIn(doc, insight, entry);
    });
  }

  create(input: CreateInsight): Promise<InsightView> {
    const id = this.clock.newId();
    const at = this.clock.now().toISOString();
    return this.session.mutate(
      (doc) => {
        const entry = liveEntry(doc, input.entryId);
        return { entry, insight: newInsight(input, existingGoals(doc, input.goalIds), id, at) };
      },
      (doc, { entry, insight }) => {
        doc.insights.push(insight);
        return viewIn(doc, insight, entry);
      },
    );
  }

  /** Applies a patch; one that changes nothing is not written. */
  update(id: string, patch: InsightPatch): Promise<InsightUpdate> {
    return this.session.mutate(
      (doc) => {
        const { insight, entry } = visibleInsight(doc, id);
        const goalIds = patch.goalIds && existingGoals(doc, patch.goalIds);
        const { next, cleared } = patchedInsight(insight, patch, goalIds);
        if (sameInsight(next, insight)) {
          return unchanged({ insight: viewIn(doc, insight, entry), cleared });
        }
        return { next, cleared, entry };
      },
      (doc, { next, cleared, entry }) => {
        const index = doc.insights.findIndex((i) => i.id === id);
        doc.insights[index] = next;
        return { insight: viewIn(doc, next, entry), cleared };
      },
    );
  }

  /**
   * Deletes the insight: sessions no longer list it as discussed, and its mark leaves the entry's
   * body while the words stay. The entry's `updatedAt` is kept: its words did not change.
   */
  async delete(id: string): Promise<void> {
    await this.session.mutate(
      (doc) => visibleInsight(doc, id),
      (doc, { entry }) => {
        doc.insights = doc.insights.filter((i) => i.id !== id);
        for (const session of doc.sessions) {
          if (session.discussedInsightIds.includes(id)) {
            session.discussedInsightIds = session.discussedInsightIds.filter((i) => i !== id);
          }
        }
        const stored = doc.entries.find((e) => e.id === entry.id)!;
        const body = removeMark(stored.body, id);
        if (body !== stored.body) {
          stored.body = body;
          this.bodyChanged(doc, stored);
        }
      },
    );
  }
}
