import type { Instrument } from '../../../../shared/therapy/instruments';

/** Each instrument's address (`#/check-ins/phq-9`) and what it asks about, in a few words. */
export const instrumentInfo: Readonly<Record<Instrument, { slug: string; about: string }>> = {
  'PHQ-9': { slug: 'phq-9', about: 'mood' },
  'GAD-7': { slug: 'gad-7', about: 'anxiety' },
};

export const takePath = (instrument: Instrument) => `/check-ins/${instrumentInfo[instrument].slug}`;

export const instrumentOfSlug = (slug: string | undefined): Instrument | undefined =>
  (Object.keys(instrumentInfo) as Instrument[]).find((i) => instrumentInfo[i].slug === slug);
