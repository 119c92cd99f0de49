/**
 * Where the insights listed after an entry's text begin in a Markdown export. Importing Markdown
 * stops reading the body at the last one, so an entry exported and imported again keeps exactly
 * its own text. An HTML comment: Markdown readers show nothing of it.
 */
export const INSIGHTS_MARKER = '<!-- between-sessions:insights -->';
