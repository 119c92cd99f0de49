/** The address of a goal's page; any screen may link to it. */
export const goalPath = (id: string): string => `/goals/${encodeURIComponent(id)}`;
