import { BAND_LABELS } from '../therapy/instruments';
import type { Folded, PrepDraft, PrepInsight } from './prep-draft';
import { periodDays } from './prep-draft';
import { defenceLabel, homeworkStatusLabel, kindPluralLabel } from '../therapy/words';

/** How a breakthrough arrived, inside a sentence of the note. */
const arrivalWords = { cognitive: 'understood', visceral: 'felt' } as const;

/*
 * The draft as the Markdown the person edits: short headed sections, one line per item, the
 * folded rest as "and N more". Dates are written by the caller's formatter (the page's locale).
 */

export interface PrepTextOptions {
  /** A local day (`YYYY-MM-DD`) as the person reads dates. */
  formatDay: (day: string) => string;
}

const titleOf = (title: string) => (title.trim() ? title.trim() : 'Untitled entry');
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const andMore = (more: number, what = '') => (more > 0 ? [`- and ${more} more${what}`] : []);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function insightLine(insight: PrepInsight, formatDay: (day: string) => string): string {
  const details: string[] = [];
  if (insight.arrival) details.push(arrivalWords[insight.arrival]);
  if (insight.tone) details.push(insight.tone);
  const lead = details.length > 0 ? `(${details.join(', ')}) ` : '';
  const note = insight.note || 'No note';
  const quote = insight.quote ? ` “${insight.quote}”` : '';
  return `- ${lead}${note}${quote} (${titleOf(insight.entryTitle)}, ${formatDay(insight.entryDate)})`;
}

function insightList(list: Folded<PrepInsight>, formatDay: (day: string) => string): string[] {
  return [...list.items.map((i) => insightLine(i, formatDay)), ...andMore(list.more)];
}

const section = (heading: string, lines: readonly string[]) =>
  lines.length > 0 ? [`## ${heading}`, '', ...lines, ''] : [];

/** The draft's sections as Markdown; a section with nothing in it is left out. */
export function prepDraftText(draft: PrepDraft, { formatDay }: PrepTextOptions): string {
  const { period } = draft;
  const since = period.lastSession
    ? `Since the session on ${formatDay(period.lastSession.date)}`
    : `The last ${periodDays(period)} days`;

  const happened = [
    ...draft.happened.items.map((e) => `- ${formatDay(e.date)}: ${titleOf(e.title)}`),
    ...andMore(draft.happened.more, ' earlier'),
  ];
  if (happened.length === 0) {
    happened.push(
      draft.shows.privateLeftOut > 0
        ? 'Only private entries, which stay out of this note.'
        : 'Nothing written in this time.',
    );
  }

  const bring = draft.bring.flatMap((group) => [
    `### ${kindPluralLabel[group.kind]}`,
    '',
    ...insightList(group, formatDay),
    '',
  ]);

  const blockers = [
    ...draft.blockers.items.map((b) => {
      const defence = b.defence ? `${defenceLabel[b.defence]}: ` : '';
      return insightLine({ ...b, note: `${defence}${b.note || 'No note'}` }, formatDay);
    }),
    ...andMore(draft.blockers.more),
  ];

  const homework = draft.homework
    ? [
        ...draft.homework.items.items.map(
          (h) => `- ${homeworkStatusLabel[h.status]}: ${h.text}${h.note ? ` (${h.note})` : ''}`,
        ),
        ...andMore(draft.homework.items.more),
      ]
    : [];

  const mood: string[] = [];
  const { now, before, direction } = draft.mood;
  if (now) {
    mood.push(
      `Mean ${oneDecimal(now.mean)} out of 10 (from ${now.min} to ${now.max}, ${plural(now.rated, 'entry', 'entries')}).`,
    );
    if (before) {
      mood.push(
        `In the ${periodDays(draft.mood.beforePeriod)} days before: mean ${oneDecimal(before.mean)} (from ${before.min} to ${before.max}).`,
      );
    }
    if (direction) mood.push(`Compared with then: ${direction}.`);
  }

  const checkIns = draft.checkIns.map((c) => {
    const change = c.change
      ? c.change.points === 0
        ? `, the same as on ${formatDay(c.change.fromDate)}`
        : `, ${plural(Math.abs(c.change.points), 'point', 'points')} ${c.change.points < 0 ? 'lower' : 'higher'} than on ${formatDay(c.change.fromDate)}${c.change.meaningful ? ' (a change usually counted as meaningful)' : ''}`
      : '';
    return `- ${c.instrument} on ${formatDay(c.date)}: ${c.score} (${BAND_LABELS[c.band]})${change}`;
  });

  const goals = [
    ...draft.goalsTouched.items.map((g) => {
      const parts: string[] = [];
      if (g.stepsDone.items.length > 0) {
        const more = g.stepsDone.more > 0 ? ` and ${g.stepsDone.more} more` : '';
        parts.push(`done: ${g.stepsDone.items.join('; ')}${more}`);
      }
      if (g.insights > 0) parts.push(plural(g.insights, 'insight', 'insights'));
      return `- ${g.title}: ${parts.join('; ')}`;
    }),
    ...andMore(draft.goalsTouched.more),
  ];

  const lines = [
    ...section(`What happened (${since.charAt(0).toLowerCase()}${since.slice(1)})`, happened),
    ...section('To bring to the session', bring),
    ...section('What got in the way', blockers),
    ...section(
      draft.homework
        ? `Homework from the session on ${formatDay(draft.homework.sessionDate)}`
        : 'Homework',
      homework,
    ),
    ...section('Mood', mood),
    ...section('Self-checks', checkIns),
    ...section('Goals I worked on', goals),
    ...section('My questions', insightList(draft.questions, formatDay)),
  ];
  return lines.join('\n').trim() + '\n';
}
