/** How much one entry may hold; the contract's schemas and the page's fields use the same numbers. */
export const TITLE_MAX = 1_000;
export const BODY_MAX = 1_000_000;
export const TAG_MAX = 64;
export const TAGS_PER_ENTRY_MAX = 100;
