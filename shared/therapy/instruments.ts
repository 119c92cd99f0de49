/*
 * The PHQ-9 and the GAD-7, worded exactly as published, with their scoring. Self-checks, never a
 * diagnosis: the app shows a score and the band the instrument's authors defined, nothing more.
 * Both are in the public domain (see ATTRIBUTION); the wording must not be paraphrased.
 */

export type Instrument = 'PHQ-9' | 'GAD-7';
export const INSTRUMENTS: readonly Instrument[] = ['PHQ-9', 'GAD-7'];

/** The question above the items; the two published forms differ by the word "any". */
export const STEMS: Readonly<Record<Instrument, string>> = {
  'PHQ-9':
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  'GAD-7': 'Over the last 2 weeks, how often have you been bothered by the following problems?',
};

/** Each answer's label and the points it scores, the same on both instruments. */
export const ANSWERS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'Several days' },
  { value: 2, label: 'More than half the days' },
  { value: 3, label: 'Nearly every day' },
] as const;

export const QUESTIONS: Readonly<Record<Instrument, readonly string[]>> = {
  'PHQ-9': [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  'GAD-7': [
    'Feeling nervous, anxious or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
};

/** The unscored last question of both instruments, and its answers (stored as 0–3). */
export const DIFFICULTY_QUESTION =
  'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?';
export const DIFFICULTY_ANSWERS = [
  { value: 0, label: 'Not difficult at all' },
  { value: 1, label: 'Somewhat difficult' },
  { value: 2, label: 'Very difficult' },
  { value: 3, label: 'Extremely difficult' },
] as const;

/** The line both instruments ask to be shown with them. */
export const ATTRIBUTION =
  'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.';

/** PHQ-9 item 9 (zero-based 8): any answer above "Not at all" brings up the safety plan first. */
export const PHQ9_SELF_HARM_ITEM = 8;

export type Band = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  minimal: 'Minimal',
  mild: 'Mild',
  moderate: 'Moderate',
  'moderately-severe': 'Moderately severe',
  severe: 'Severe',
};

/** Each band's lowest score, highest band first; the published cut-offs. */
const BANDS: Readonly<Record<Instrument, ReadonlyArray<{ band: Band; from: number }>>> = {
  'PHQ-9': [
    { band: 'severe', from: 20 },
    { band: 'moderately-severe', from: 15 },
    { band: 'moderate', from: 10 },
    { band: 'mild', from: 5 },
    { band: 'minimal', from: 0 },
  ],
  'GAD-7': [
    { band: 'severe', from: 15 },
    { band: 'moderate', from: 10 },
    { band: 'mild', from: 5 },
    { band: 'minimal', from: 0 },
  ],
};

/** Highest possible score: 3 points per question. */
export const maxScore = (instrument: Instrument) => QUESTIONS[instrument].length * 3;

/** Bands of an instrument, lowest first, each with its score range (inclusive), for charts. */
export function bandRanges(
  instrument: Instrument,
): Array<{ band: Band; from: number; to: number }> {
  const bands = [...BANDS[instrument]].reverse();
  return bands.map(({ band, from }, i) => ({
    band,
    from,
    to: i + 1 < bands.length ? bands[i + 1]!.from - 1 : maxScore(instrument),
  }));
}

/**
 * A change at least this large is usually counted as meaningful (5 points on the PHQ-9, 4 on the
 * GAD-7). The one place these thresholds live.
 */
export const MEANINGFUL_CHANGE: Readonly<Record<Instrument, number>> = { 'PHQ-9': 5, 'GAD-7': 4 };

export const MEANINGFUL_CHANGE_NOTE =
  'A change of 5 points or more on the PHQ-9, or 4 or more on the GAD-7, is usually counted as meaningful.';

/** Both instruments ask about the last two weeks; a check-in sooner than this overlaps the last. */
export const CHECK_IN_INTERVAL_DAYS = 14;

/** Sum of the answers. Throws on a wrong count or an answer outside 0–3 (a programming error). */
export function scoreOf(instrument: Instrument, answers: readonly number[]): number {
  if (answers.length !== QUESTIONS[instrument].length) {
    throw new RangeError(`${instrument} has ${QUESTIONS[instrument].length} questions`);
  }
  let sum = 0;
  for (const answer of answers) {
    if (!Number.isInteger(answer) || answer < 0 || answer > 3) {
      throw new RangeError('each answer scores 0–3');
    }
    sum += answer;
  }
  return sum;
}

/** The published band a score falls in. */
export function bandOf(instrument: Instrument, score: number): Band {
  if (!Number.isInteger(score) || score < 0 || score > maxScore(instrument)) {
    throw new RangeError(`${instrument} scores run 0–${maxScore(instrument)}`);
  }
  return BANDS[instrument].find((b) => score >= b.from)!.band;
}
