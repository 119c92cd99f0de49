import type { Domain } from '../../ipc';
import type { JournalSession } from '../vault/journal-session';
import type { EntriesClock } from './clock';
import { systemClock } from './clock';
import { EntriesService } from './entries-service';
import { addPrompt, listPrompts, removePrompt, requireRemovable } from './prompts';
import { countTags, deleteTag, renameTag, requireTag } from './tags';

/** The entries, tags and prompts channels, over one EntriesService (and so one search index). */
export function entriesDomains(
  session: JournalSession,
  clock: EntriesClock = systemClock,
): Domain[] {
  const entries = new EntriesService(session, clock);
  return [
    {
      name: 'entries',
      handlers: {
        'entries:list': (query) => entries.list(query),
        'entries:get': ({ id }) => entries.get(id),
        'entries:create': (input) => entries.create(input),
        'entries:update': ({ id, patch }) => entries.update(id, patch),
        'entries:delete': ({ id }) => entries.delete(id),
        'entries:restore': ({ id }) => entries.restore(id),
        'entries:trash': () => entries.trash(),
        'entries:purge': ({ id }) => entries.purge(id),
        'entries:discardIfEmpty': ({ id }) => entries.discardIfEmpty(id),
        'entries:calendar': (filter) => entries.calendar(filter),
      },
    },
    {
      name: 'tags',
      handlers: {
        'tags:list': () => session.read(countTags),
        // Tags are not in the search index (it holds titles and bodies), so it needs no update.
        'tags:rename': ({ from, to }) => {
          // Checked before the change, so a refused rename does not count as an unsaved change.
          session.read((doc) => requireTag(doc, from));
          return session.change((doc) => {
            renameTag(doc, from, to);
            return countTags(doc);
          });
        },
        'tags:delete': ({ tag }) => {
          session.read((doc) => requireTag(doc, tag));
          return session.change((doc) => {
            deleteTag(doc, tag);
            return countTags(doc);
          });
        },
      },
    },
    {
      name: 'prompts',
      handlers: {
        'prompts:list': () => session.read(listPrompts),
        'prompts:add': ({ text }) => {
          const id = clock.newId();
          const createdAt = clock.now().toISOString();
          return session.change((doc) => {
            addPrompt(doc, text, id, createdAt);
            return listPrompts(doc);
          });
        },
        'prompts:remove': ({ id }) => {
          session.read((doc) => requireRemovable(doc, id));
          return session.change((doc) => {
            removePrompt(doc, id);
            return listPrompts(doc);
          });
        },
      },
    },
  ];
}
