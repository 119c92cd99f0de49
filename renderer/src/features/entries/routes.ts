/** The address of an entry; any screen may link to it. */
export const entryPath = (id: string): string => `/journal/${encodeURIComponent(id)}`;
