import { z } from 'zod';

/** Record ids: opaque strings (the services use random UUIDs). */
export const idSchema = z.string().min(1).max(64);

/** A calendar day in the person's local time, `YYYY-MM-DD`; never converted to UTC. */
export const localDaySchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);

/** An instant, as written by `Date.prototype.toISOString()`. */
export const timestampSchema = z.iso.datetime();

/** ISO 4217 currency code, e.g. `EUR`. */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/);

export const MARKDOWN_MAX = 1_000_000;
export const SHORT_TEXT_MAX = 1_000;

/** Markdown text written by the person. The cap only guards against runaway input. */
export const markdownSchema = z.string().max(MARKDOWN_MAX);

export const shortTextSchema = z.string().max(SHORT_TEXT_MAX);
