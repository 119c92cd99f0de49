import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { InsightView } from '../../../../shared/therapy/therapy-contract';
import { useGoalChoices } from './goal-choices';
import { InsightForm } from './InsightForm';
import type { InsightFormOutcome, InsightFormTarget } from './InsightForm';

export interface InsightDialog {
  /**
   * Opens the form to mark a passage (`quote`: its words) or, without a quote, the whole entry.
   * Resolves with the insight once saved, for the editor to mark the words with its id; null when
   * the person cancels.
   */
  openMarkInsight: (target: { entryId: string; quote?: string }) => Promise<InsightView | null>;
  /** Opens an insight to change or delete it. */
  editInsight: (insight: InsightView) => Promise<InsightFormOutcome>;
  /** True while the form is open: a second one does not open over it. */
  readonly open: boolean;
}

const InsightDialogContext = createContext<InsightDialog | null>(null);

/** The insight form of the entry view, one at a time, for the side list and the editor alike. */
export function InsightDialogProvider({ children }: { children: ReactNode }) {
  const goals = useGoalChoices();
  const [request, setRequest] = useState<{
    target: InsightFormTarget;
    done: (outcome: InsightFormOutcome) => void;
  } | null>(null);
  const busy = useRef(false);

  const show = useCallback(
    (target: InsightFormTarget) =>
      new Promise<InsightFormOutcome>((resolve) => {
        if (busy.current) return resolve({ action: 'cancelled' });
        busy.current = true;
        setRequest({
          target,
          done: (outcome) => {
            busy.current = false;
            setRequest(null);
            resolve(outcome);
          },
        });
      }),
    [],
  );

  const value = useMemo<InsightDialog>(
    () => ({
      openMarkInsight: async (target) => {
        const outcome = await show(target);
        return outcome.action === 'saved' ? outcome.insight : null;
      },
      editInsight: (insight) => show({ insight }),
      open: request !== null,
    }),
    [show, request],
  );

  return (
    <InsightDialogContext.Provider value={value}>
      {children}
      {request && <InsightForm target={request.target} goals={goals} onClose={request.done} />}
    </InsightDialogContext.Provider>
  );
}

/** The entry view's insight form; only inside `InsightDialogProvider`. */
export function useInsightDialog(): InsightDialog {
  const dialog = useContext(InsightDialogContext);
  if (!dialog) throw new Error('useInsightDialog is used outside InsightDialogProvider');
  return dialog;
}

/** For the editor: opens the form for a selected passage and resolves with the new insight. */
export const useOpenMarkInsight = () => useInsightDialog().openMarkInsight;
