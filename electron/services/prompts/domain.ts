import type { Domain } from '../../ipc';
import type { EntriesClock } from '../entries/clock';
import { systemClock } from '../entries/clock';
import type { JournalSession } from '../vault/journal-session';
import { unchanged } from '../vault/journal-session';
import { addPrompt, hasPromptText, listPrompts, removePrompt, requireRemovable } from './prompts';

/** The reflection prompts' channels: the built-in ones and the person's own. */
export function promptsDomain(session: JournalSession, clock: EntriesClock = systemClock): Domain {
  return {
    name: 'prompts',
    handlers: {
      'prompts:list': () => session.read(listPrompts),
      'prompts:add': ({ text }) => {
        const id = clock.newId();
        const createdAt = clock.now().toISOString();
        return session.mutate(
          // A prompt the person already has is not added twice, and costs no write.
          (doc) => (hasPromptText(doc, text) ? unchanged(listPrompts(doc)) : undefined),
          (doc) => {
            addPrompt(doc, text, id, createdAt);
            return listPrompts(doc);
          },
        );
      },
      'prompts:remove': ({ id }) =>
        session.mutate(
          (doc) => requireRemovable(doc, id),
          (doc) => {
            removePrompt(doc, id);
            return listPrompts(doc);
          },
        ),
    },
  };
}
