/** Words for the 1–10 scale, so the select reads as something a person would say. */
export const moodWords: Record<number, string> = {
  1: 'very low',
  2: 'low',
  3: 'down',
  4: 'a bit down',
  5: 'so-so',
  6: 'okay',
  7: 'good',
  8: 'quite good',
  9: 'very good',
  10: 'great',
};

/**
 * A calm hue from muted blue (low) to soft green (high), light enough for dark text on top;
 * the number is always given in words too.
 */
export const moodColour = (mood: number) => `hsl(${220 - (mood - 1) * 13} 55% 74%)`;
