/**
 * A tag as the person meant it: Unicode NFC (so "café" typed with a combining accent is the same
 * tag as the composed one), trimmed, runs of spaces made one. The one spelling rule for tags,
 * used by the contract's schema, the services and the page.
 */
export function normalizeTag(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** What two tags are compared by: "Work" and " work " are one tag. */
export function tagKey(tag: string): string {
  return normalizeTag(tag).toLowerCase();
}
