import type { Insight } from '../../../../shared/domain/records';
import type { InsightDetail } from '../../../../shared/therapy/insight-details';
import { defenceLabel } from '../../../../shared/therapy/words';

export const arrivalLabel: Record<NonNullable<Insight['arrival']>, string> = {
  cognitive: 'Understood — cognitive',
  visceral: 'Felt — visceral',
};

export const toneLabel: Record<NonNullable<Insight['tone']>, string> = {
  hopeful: 'Hopeful',
  uncomfortable: 'Uncomfortable',
};

export { defenceLabel };

/** A breakthrough's arrival and tone, or a blocker's defence, in words; empty when none. */
export function detailsText(insight: Pick<Insight, 'arrival' | 'tone' | 'defence'>): string {
  const parts: string[] = [];
  if (insight.arrival) parts.push(arrivalLabel[insight.arrival]);
  if (insight.tone) parts.push(toneLabel[insight.tone]);
  if (insight.defence) parts.push(`What got in the way: ${defenceLabel[insight.defence]}`);
  return parts.join(' · ');
}

/** What the page says after a change of kind removed details: why, and that they are gone. */
export function clearedMessage(cleared: readonly InsightDetail[]): string {
  const breakthrough = cleared.filter((d) => d === 'arrival' || d === 'tone');
  const parts: string[] = [];
  if (breakthrough.length === 2) {
    parts.push('Tone and how it arrived apply to breakthroughs only, so they were cleared.');
  } else if (breakthrough[0] === 'tone') {
    parts.push('Tone applies to breakthroughs only, so it was cleared.');
  } else if (breakthrough[0] === 'arrival') {
    parts.push('How it arrived applies to breakthroughs only, so it was cleared.');
  }
  if (cleared.includes('defence')) {
    parts.push('What got in the way applies to blockers only, so it was cleared.');
  }
  return parts.join(' ');
}

/** "Intensity 7 of 10". */
export const intensityText = (intensity: number): string => `Intensity ${intensity} of 10`;
