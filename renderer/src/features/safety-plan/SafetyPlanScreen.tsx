import { useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import type { SafetyPlan } from '../../../../shared/domain/settings';
import {
  MOST_IMPORTANT_TITLE,
  SAFETY_PLAN_CREDIT,
  SAFETY_PLAN_SECTIONS,
  cleanSafetyPlan,
  isSafetyPlanEmpty,
  safetyPlanProblem,
} from '../../../../shared/therapy/safety-plan';
import type {
  ContactSection as ContactKey,
  ListSection as ListKey,
  SafetyPlanDraft,
} from '../../../../shared/therapy/safety-plan';
import { SHORT_TEXT_MAX } from '../../../../shared/domain/primitives';
import { mediumDate } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { localPaperSize } from '../../ui/print/paper-size';
import { PrintActions } from '../../ui/print/PrintActions';
import { PrintDocument } from '../../ui/print/PrintDocument';
import { registerAutosave } from '../entries/autosave';
import type { SaveStatus } from '../entries/autosave';
import { ContactsSection, ListSection } from './PlanSections';
import { PlanAutosave } from './plan-autosave';
import { useSafetyPlan, useWriteSafetyPlan } from './queries';
import { SafetyPlanView } from './SafetyPlanView';
import styles from './SafetyPlanScreen.module.css';

/** The person's safety plan: edited here, saved as they type, printed or saved as PDF on its own. */
export function SafetyPlanScreen() {
  const plan = useSafetyPlan();
  if (!plan.data) {
    return (
      <Page title="Safety plan">
        <ErrorText>
          {plan.error && `Your safety plan could not be loaded. ${messageOf(plan.error)}`}
        </ErrorText>
      </Page>
    );
  }
  return <PlanEditor stored={plan.data} />;
}

const statusText: Record<SaveStatus, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Not saved yet',
  failed: 'Not saved',
};

function PlanEditor({ stored }: { stored: SafetyPlan }) {
  const [draft, setDraft] = useState<SafetyPlanDraft>(() => structuredClone(stored));
  const latest = useRef(draft);
  const [wasEmpty] = useState(() => isSafetyPlanEmpty(stored));
  const [status, setStatus] = useState<{ status: SaveStatus; message?: string }>({
    status: 'saved',
  });
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const [focusId, setFocusId] = useState<string | null>(null);
  const write = useWriteSafetyPlan();
  const autosave = useMemo(
    () =>
      new PlanAutosave({
        write,
        problem: safetyPlanProblem,
        onStatus: (next, message) => setStatus({ status: next, ...(message ? { message } : {}) }),
      }),
    [write],
  );
  useEffect(() => {
    const unregister = registerAutosave(autosave);
    return () => {
      unregister();
      autosave.dispose();
    };
  }, [autosave]);

  // Leaving the screen (a link, back, a shortcut) waits until the plan is written; if it cannot
  // be, the person stays here with what they typed and is told why.
  const blocker = useBlocker(() => autosave.hasUnsaved);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    autosave.flush().then(
      () => {
        setLeaveError(null);
        blocker.proceed();
      },
      (e: unknown) => {
        setLeaveError(`Your safety plan is not saved yet, so you are still here. ${messageOf(e)}`);
        blocker.reset();
      },
    );
  }, [blocker, autosave]);

  useEffect(() => {
    if (!focusId) return;
    document.getElementById(focusId)?.focus();
    setFocusId(null);
  }, [focusId]);

  function change(next: SafetyPlanDraft) {
    latest.current = next;
    setDraft(next);
    setLeaveError(null);
    autosave.edit(next);
  }

  const failed = status.status === 'failed';
  return (
    <Page title="Safety plan">
      <p className="hint">{SAFETY_PLAN_CREDIT}</p>
      {wasEmpty && (
        <section className="panel stack" aria-labelledby="plan-about">
          <h2 id="plan-about">What a safety plan is</h2>
          <p>
            A safety plan is a short list, in your own words, of what to do if things get very hard:
            the signs that a crisis may be starting, what helps you through it, and who you can
            call. It works best written with your therapist at a calm moment, so it is ready when
            you need it.
          </p>
          <p>
            Fill in any section below; it is saved as you type and stays on this computer. This app
            comes with no phone numbers of its own: add the numbers you would call — your therapist
            can help you find local ones.
          </p>
        </section>
      )}
      <ErrorText>{leaveError}</ErrorText>
      <div className={styles.status}>
        <p role="status" className={`grow ${failed ? 'error' : 'hint'}`}>
          {statusText[status.status]}
          {failed && status.message && `: ${status.message} What you typed is still here.`}
        </p>
        {failed && !safetyPlanProblem(draft) && (
          <button type="button" onClick={() => void autosave.flush().catch(() => undefined)}>
            Try saving again
          </button>
        )}
        <PrintActions
          pageSize={localPaperSize()}
          pdf={{
            document: 'safety-plan',
            footerPeriod: `Safety plan, ${mediumDate(new Date())}`,
          }}
        />
      </div>
      <div className={`stack ${styles.editor}`}>
        {SAFETY_PLAN_SECTIONS.map((section) =>
          section.kind === 'list' ? (
            <ListSection
              key={section.key}
              section={section}
              items={draft[section.key as ListKey]}
              onChange={(items) => change({ ...latest.current, [section.key]: items })}
              onFocus={setFocusId}
            />
          ) : (
            <ContactsSection
              key={section.key}
              section={section}
              items={draft[section.key as ContactKey]}
              onChange={(items) => change({ ...latest.current, [section.key]: items })}
              onFocus={setFocusId}
            />
          ),
        )}
        <section className={styles.section} aria-labelledby="plan-most-important">
          <h2 id="plan-most-important">
            <label htmlFor="most-important">{MOST_IMPORTANT_TITLE}</label>
          </h2>
          <p className="hint" id="most-important-hint">
            What matters most to you, to hold on to in a hard moment.
          </p>
          <textarea
            id="most-important"
            rows={2}
            maxLength={SHORT_TEXT_MAX}
            aria-describedby="most-important-hint"
            value={draft.mostImportant}
            onChange={(e) => change({ ...latest.current, mostImportant: e.target.value })}
          />
        </section>
      </div>
      {/* Printed instead of the fields: the plan as text, with nothing to click. */}
      <PrintDocument onScreen={false} className={styles.paper}>
        <h1>Safety plan</h1>
        <p className={styles.credit}>{SAFETY_PLAN_CREDIT}</p>
        <SafetyPlanView plan={cleanSafetyPlan(draft)} level={2} />
      </PrintDocument>
    </Page>
  );
}
