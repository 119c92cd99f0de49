import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * How hard a passphrase is to guess, and whether the app accepts it. The same rule runs in the
 * page (for guidance as the person types) and in the main process (which does not trust the page).
 */
export interface PassphraseAssessment {
  /** 0 (guessed at once) … 4 (very hard to guess), zxcvbn's scale. */
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  acceptable: boolean;
  /** What is wrong, if anything, in plain words. */
  warning: string | null;
  suggestions: string[];
}

export const MIN_PASSPHRASE_LENGTH = 8;
/** zxcvbn's 3 means over 10^8 guesses; with scrypt at N = 2^17 each guess costs real memory and time. */
export const MIN_ACCEPTED_SCORE = 3;

const labels = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

let factory: ZxcvbnFactory | undefined;
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return factory;
}

/** Passphrases are compared in Unicode NFC, so "é" typed either way is the same passphrase. */
export const normalisePassphrase = (passphrase: string): string => passphrase.normalize('NFC');

export function assessPassphrase(passphrase: string, context: string[] = []): PassphraseAssessment {
  const normalised = normalisePassphrase(passphrase);
  const result = estimator().check(normalised.slice(0, 256), ['between', 'sessions', ...context]);
  const score = result.score as PassphraseAssessment['score'];
  const tooShort = [...normalised].length < MIN_PASSPHRASE_LENGTH;
  const warning = tooShort
    ? `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`
    : result.feedback.warning || null;
  return {
    score,
    label: labels[score],
    acceptable: !tooShort && score >= MIN_ACCEPTED_SCORE,
    warning,
    suggestions: result.feedback.suggestions,
  };
}
