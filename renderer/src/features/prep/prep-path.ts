/** The Prepare screen, opened on the note for the session on `date`. */
export const prepPath = (date: string): string => `/prepare?date=${encodeURIComponent(date)}`;
