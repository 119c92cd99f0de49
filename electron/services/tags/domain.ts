import type { Domain } from '../../ipc';
import type { JournalSession } from '../vault/journal-session';
import { countTags, deleteTag, renameTag, requireTag } from './tags';

/**
 * The tags channels. Tags are not in the search index (it holds titles and bodies), so a rename
 * or a deletion needs no index update. A tag that is gone is refused before anything is written.
 */
export function tagsDomain(session: JournalSession): Domain {
  return {
    name: 'tags',
    handlers: {
      'tags:list': () => session.read(countTags),
      'tags:rename': ({ from, to }) =>
        session.mutate(
          (doc) => requireTag(doc, from),
          (doc) => {
            renameTag(doc, from, to);
            return countTags(doc);
          },
        ),
      'tags:delete': ({ tag }) =>
        session.mutate(
          (doc) => requireTag(doc, tag),
          (doc) => {
            deleteTag(doc, tag);
            return countTags(doc);
          },
        ),
    },
  };
}
