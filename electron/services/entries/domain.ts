import type { Domain } from '../../ipc';
import type { EntriesService } from './entries-service';

/** The entries channels: writing, the timeline and search, the calendar and the trash. */
export function entriesDomain(entries: EntriesService): Domain {
  return {
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
  };
}
