import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link, Navigate, useParams } from 'react-router';
import type { CheckIn } from '../../../../shared/domain/records';
import { overlappingCheckIn } from '../../../../shared/therapy/check-in-trends';
import {
  ANSWERS,
  ATTRIBUTION,
  DIFFICULTY_ANSWERS,
  DIFFICULTY_QUESTION,
  PHQ9_SELF_HARM_ITEM,
  QUESTIONS,
  STEMS,
} from '../../../../shared/therapy/instruments';
import type { Instrument } from '../../../../shared/therapy/instruments';
import { mediumDate, today } from '../../lib/dates';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { Page } from '../../ui/Page';
import { SafetyPlanCard } from '../safety-plan/SafetyPlanCard';
import { AnswerGroup } from './AnswerGroup';
import { CheckInResult } from './CheckInResult';
import { instrumentInfo, instrumentOfSlug } from './instruments';
import { useCheckIns, useCreateCheckIn } from './queries';
import styles from './CheckIns.module.css';

/** The address `#/check-ins/phq-9` or `#/check-ins/gad-7`: one self-check, then its result. */
export function TakeCheckInRoute() {
  const { instrument: slug } = useParams();
  const instrument = instrumentOfSlug(slug);
  if (!instrument) return <Navigate to="/check-ins" replace />;
  // A new form for each instrument: answers never carry over from one to the other.
  return <TakeCheckIn key={instrument} instrument={instrument} />;
}

const asksForSafetyPlan = (instrument: Instrument, answers: ReadonlyArray<number | undefined>) =>
  instrument === 'PHQ-9' && (answers[PHQ9_SELF_HARM_ITEM] ?? 0) > 0;

const listOf = (numbers: number[]) =>
  numbers.length === 1
    ? `question ${numbers[0]}`
    : `questions ${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;

function TakeCheckIn({ instrument }: { instrument: Instrument }) {
  const questions = QUESTIONS[instrument];
  const [answers, setAnswers] = useState<Array<number | undefined>>(() =>
    questions.map(() => undefined),
  );
  const [difficulty, setDifficulty] = useState<number | undefined>();
  const [missing, setMissing] = useState<number[]>([]);
  const [saved, setSaved] = useState<CheckIn | null>(null);
  const checkIns = useCheckIns();
  const create = useCreateCheckIn();
  const day = today();
  const overlap = checkIns.data ? overlappingCheckIn(checkIns.data, instrument, day) : null;
  const showPlan = asksForSafetyPlan(instrument, saved?.answers ?? answers);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (saved) resultHeading.current?.focus();
  }, [saved]);

  function answer(i: number, value: number) {
    setAnswers((current) => current.map((a, k) => (k === i ? value : a)));
    setMissing((current) => current.filter((n) => n !== i + 1));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const unanswered = answers.flatMap((a, i) => (a === undefined ? [i + 1] : []));
    setMissing(unanswered);
    if (unanswered.length > 0) {
      document.getElementById(`q${unanswered[0]}-0`)?.focus();
      return;
    }
    try {
      setSaved(
        await create.mutateAsync({
          instrument,
          answers: answers as number[],
          date: day,
          ...(difficulty === undefined ? {} : { difficulty }),
        }),
      );
    } catch {
      // Shown from create.error; the answers stay as they are, to try again.
    }
  }

  const title = `${instrument} self-check`;
  if (saved) {
    return (
      <Page title={title}>
        {showPlan && <SafetyPlanCard />}
        <CheckInResult
          checkIn={saved}
          checkIns={checkIns.data ?? [saved]}
          headingRef={resultHeading}
        />
      </Page>
    );
  }

  return (
    <Page title={title}>
      <p className="hint">
        The {instrument} asks about {instrumentInfo[instrument].about}. It is a self-check for you
        and your therapist, not a diagnosis. Answer each question for how things have been, not for
        how they should be.
      </p>
      {overlap && (
        <p className={`panel ${styles.note}`}>
          {overlap.daysAgo <= 0
            ? `You took the ${instrument} earlier today.`
            : overlap.daysAgo === 1
              ? `Your last ${instrument} was yesterday.`
              : `Your last ${instrument} was on ${mediumDate(overlap.lastDate)}, ${overlap.daysAgo} days ago.`}{' '}
          Both questionnaires ask about the last two weeks, so this one will overlap it. You can
          still take it.
        </p>
      )}
      <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
        <p id="stem" className={styles.stem}>
          {STEMS[instrument]}
        </p>
        <ol className={styles.questions}>
          {questions.map((question, i) => (
            <li key={i}>
              <AnswerGroup
                id={`q${i + 1}`}
                number={i + 1}
                question={question}
                options={ANSWERS}
                value={answers[i]}
                onChange={(value) => answer(i, value)}
                required
                invalid={missing.includes(i + 1)}
              />
              {i === PHQ9_SELF_HARM_ITEM && showPlan && <SafetyPlanCard />}
            </li>
          ))}
        </ol>
        {/* Says so when the card appears, wherever the reader is on the form. */}
        <p role="status" className="visually-hidden">
          {showPlan ? 'Your safety plan is shown below question 9.' : ''}
        </p>
        <AnswerGroup
          id="difficulty"
          question={DIFFICULTY_QUESTION}
          options={DIFFICULTY_ANSWERS}
          value={difficulty}
          onChange={setDifficulty}
        />
        {missing.length > 0 && (
          <p role="alert" className="error">
            Answer every question to see your score: {listOf(missing)}{' '}
            {missing.length === 1 ? 'is' : 'are'} not answered yet.
          </p>
        )}
        <ErrorText>{create.error && `Not saved. ${messageOf(create.error)}`}</ErrorText>
        <div className="row">
          <button type="submit" className="primary" disabled={create.isPending}>
            Save and see my score
          </button>
          <Link to="/check-ins">Cancel</Link>
        </div>
        <p className={`hint ${styles.attribution}`}>{ATTRIBUTION}</p>
      </form>
    </Page>
  );
}
