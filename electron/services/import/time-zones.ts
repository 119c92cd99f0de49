/*
 * Days and instants as other journals write them. A day is always the writer's local day:
 * an entry written at 23:30 in Bangkok belongs to that evening, not to the UTC day.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat | null>();

function dayFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch {
      format = null; // not a time zone this machine knows
    }
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** The calendar day of `at` in the time zone named, or on this computer's clock if unknown. */
export function dayIn(at: Date, timeZone: string | undefined): string {
  const format = timeZone ? dayFormat(timeZone) : null;
  if (!format) return localDayOf(at);
  let year = '';
  let month = '';
  let day = '';
  for (const part of format.formatToParts(at)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year.padStart(4, '0')}-${month}-${day}`;
}

/** The calendar day of `at` on this computer's clock. */
export function localDayOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(at.getFullYear()).padStart(4, '0')}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** An instant written with its offset or `Z` (ISO 8601), or undefined. */
export function parseInstant(text: unknown): Date | undefined {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return undefined;
  const at = new Date(text);
  const year = at.getUTCFullYear();
  return Number.isNaN(at.getTime()) || year < 1 || year > 9999 ? undefined : at;
}

/**
 * A local day and a local time of day (`HH:MM`, optionally `:SS` and AM/PM) as an instant on
 * this computer's clock; undefined when the time cannot be read.
 */
export function localInstant(day: string, time: string | undefined): Date | undefined {
  const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
  const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*$/i.exec(time ?? '');
  if (!m) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase().replace(/\./g, '');
  if (half) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const at = new Date(y, mo - 1, d, hours, minutes, seconds);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
