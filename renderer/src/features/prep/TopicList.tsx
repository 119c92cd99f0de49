import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { moveTopic, movedText } from './topic-order';
import type { Topic } from './topic-order';
import styles from './TopicList.module.css';

interface Props {
  topics: Topic[];
  onChange: (topics: Topic[]) => void;
  newKey: () => string;
}

/** Where focus goes after a change: a topic's field or one of its buttons. */
interface FocusTarget {
  key: string;
  control: 'field' | 'up' | 'down';
}

/**
 * Topics in priority order, first most important. Each moves with its buttons or with Alt+↑ and
 * Alt+↓ in its field; focus stays on what moved, and a polite live region says where it went.
 */
export function TopicList({ topics, onChange, newKey }: Props) {
  const [draft, setDraft] = useState('');
  const [said, setSaid] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const controls = useRef(new Map<string, HTMLElement>());
  const addField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!focus) return;
    const wanted = controls.current.get(`${focus.key}:${focus.control}`);
    const field = controls.current.get(`${focus.key}:field`);
    // A button at the list's edge is disabled after the move: the field takes the focus instead.
    (wanted && !(wanted as HTMLButtonElement).disabled ? wanted : field)?.focus();
    setFocus(null);
  }, [focus, topics]);

  const control = (key: string, name: FocusTarget['control']) => (el: HTMLElement | null) => {
    if (el) controls.current.set(`${key}:${name}`, el);
    else controls.current.delete(`${key}:${name}`);
  };

  function move(index: number, by: -1 | 1, from: FocusTarget['control']) {
    const topic = topics[index];
    if (!topic) return;
    const next = moveTopic(topics, index, by);
    if (next[index] === topic) return;
    onChange(next);
    setSaid(movedText(topic.text, index + by + 1, next.length));
    setFocus({ key: topic.key, control: from });
  }

  function remove(index: number) {
    const topic = topics[index]!;
    const next = topics.filter((_, i) => i !== index);
    onChange(next);
    setSaid(`Removed “${topic.text.trim() || 'Empty topic'}”.`);
    const neighbour = next[Math.min(index, next.length - 1)];
    if (neighbour) setFocus({ key: neighbour.key, control: 'field' });
    else addField.current?.focus();
  }

  function add() {
    const text = draft.trim();
    if (!text) {
      setSaid('Write the topic first, then add it.');
      return;
    }
    onChange([...topics, { key: newKey(), text }]);
    setDraft('');
    setSaid(`Added “${text}” as ${topics.length + 1} of ${topics.length + 1}.`);
  }

  function onFieldKey(event: KeyboardEvent<HTMLInputElement>, index: number) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(index, event.key === 'ArrowUp' ? -1 : 1, 'field');
  }

  return (
    <fieldset className={`framed-group ${styles.topics}`}>
      <legend>Topics in priority order</legend>
      <p className="hint" id="topics-hint">
        Most important first. In a topic, Alt+↑ and Alt+↓ move it.
      </p>
      {topics.length > 0 && (
        <ol className={styles.list} aria-label="Topics">
          {topics.map((topic, index) => {
            const name = topic.text.trim() || 'empty topic';
            return (
              <li key={topic.key} className={styles.topic}>
                <label className="visually-hidden" htmlFor={`topic-${topic.key}`}>
                  Topic {index + 1} of {topics.length}
                </label>
                <input
                  id={`topic-${topic.key}`}
                  ref={control(topic.key, 'field')}
                  className="grow"
                  value={topic.text}
                  maxLength={1000}
                  aria-describedby="topics-hint"
                  onChange={(e) =>
                    onChange(
                      topics.map((t) => (t.key === topic.key ? { ...t, text: e.target.value } : t)),
                    )
                  }
                  onKeyDown={(e) => onFieldKey(e, index)}
                />
                <button
                  type="button"
                  ref={control(topic.key, 'up')}
                  aria-label={`Move “${name}” up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1, 'up')}
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={control(topic.key, 'down')}
                  aria-label={`Move “${name}” down`}
                  disabled={index === topics.length - 1}
                  onClick={() => move(index, 1, 'down')}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Remove “${name}”`}
                  onClick={() => remove(index)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div className={styles.add}>
        <label htmlFor="new-topic" className="visually-hidden">
          New topic
        </label>
        <input
          id="new-topic"
          ref={addField}
          className="grow"
          value={draft}
          maxLength={1000}
          placeholder="A topic to bring"
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" onClick={add}>
          Add topic
        </button>
      </div>
      <p role="status" aria-live="polite" className="visually-hidden">
        {said}
      </p>
    </fieldset>
  );
}
