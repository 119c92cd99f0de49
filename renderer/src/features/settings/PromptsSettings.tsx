import { useState } from 'react';
import type { FormEvent } from 'react';
import { messageOf } from '../../lib/result';
import { ErrorText } from '../../ui/ErrorText';
import { useAddPrompt, usePromptsList, useRemovePrompt } from './queries';
import styles from './PromptsSettings.module.css';

/** The reflection prompts offered in the editor: the app's own, and the person's. */
export function PromptsSettings() {
  const list = usePromptsList();
  const adding = useAddPrompt();
  const removing = useRemovePrompt();
  const [text, setText] = useState('');
  const prompts = list.data ?? [];
  const failed = list.error ?? adding.error ?? removing.error;

  function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 3) return;
    adding.mutate({ text }, { onSuccess: () => setText('') });
  }

  return (
    <section className="panel stack" aria-labelledby="prompts-title">
      <h3 id="prompts-title">Reflection prompts</h3>
      <p className="hint">
        Questions you can start an entry from. Add your own, perhaps ones your therapist suggested.
      </p>
      <ul className={`plain-list ${styles.promptList}`} aria-label="Prompts">
        {prompts.map((prompt) => (
          <li key={prompt.id}>
            <span>{prompt.text}</span>
            {prompt.builtIn ? (
              <span className="hint">Built in</span>
            ) : (
              <button
                type="button"
                className="quiet"
                aria-label={`Remove prompt: ${prompt.text}`}
                onClick={() => removing.mutate({ id: prompt.id })}
              >
                Remove
              </button>
            )}
          </li>
        ))}
      </ul>
      <form className="row" onSubmit={add}>
        <label className="grow">
          Your own prompt
          <input value={text} onChange={(e) => setText(e.target.value)} maxLength={500} />
        </label>
        <button type="submit" disabled={text.trim().length < 3}>
          Add prompt
        </button>
      </form>
      <ErrorText>{failed && messageOf(failed)}</ErrorText>
    </section>
  );
}
