import { useState } from 'react';
import type { FormEvent } from 'react';
import { journal } from '../../journal';
import { messageOf, unwrap } from '../../lib/result';
import { usePrompts } from '../entries/use-journal-data';
import { ErrorText } from '../../ui/ErrorText';

/** The reflection prompts offered in the editor: the app's own, and the person's. */
export function PromptsSettings() {
  const { prompts, setPrompts } = usePrompts();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (text.trim().length < 3) return;
    try {
      setPrompts(await unwrap(journal().prompts.add({ text })));
      setText('');
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }

  async function remove(id: string) {
    try {
      setPrompts(await unwrap(journal().prompts.remove({ id })));
    } catch (e) {
      setError(messageOf(e));
    }
  }

  return (
    <section className="panel stack" aria-labelledby="prompts-title">
      <h3 id="prompts-title">Reflection prompts</h3>
      <p className="hint">
        Questions you can start an entry from. Add your own, perhaps ones your therapist suggested.
      </p>
      <ul className="prompt-list" aria-label="Prompts">
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
                onClick={() => void remove(prompt.id)}
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
      <ErrorText>{error}</ErrorText>
    </section>
  );
}
