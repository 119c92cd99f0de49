import type { ReactNode } from 'react';
import { SHORT_TEXT_MAX } from '../../../../shared/domain/primitives';
import { SAFETY_PLAN_ITEMS_MAX } from '../../../../shared/domain/settings';
import type { ContactDraft, SectionInfo } from '../../../../shared/therapy/safety-plan';
import styles from './SafetyPlanScreen.module.css';

interface SectionProps<T> {
  section: SectionInfo;
  items: T[];
  onChange: (items: T[]) => void;
  /** Asks the screen to move focus to the element with this id once it is on the page. */
  onFocus: (id: string) => void;
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Where focus goes once item `removed` is gone: the item now in its place, or the one before. */
const afterRemoving = (section: SectionInfo, removed: number, left: number, field = '') =>
  left === 0 ? `${section.key}-add` : `${section.key}-${Math.min(removed, left - 1)}${field}`;

function SectionFrame({
  section,
  count,
  onAdd,
  children,
}: {
  section: SectionInfo;
  count: number;
  onAdd: () => void;
  children: ReactNode;
}) {
  const full = count >= SAFETY_PLAN_ITEMS_MAX;
  return (
    <section className={styles.section} aria-labelledby={`${section.key}-title`}>
      <h2 id={`${section.key}-title`}>{section.title}</h2>
      <p className="hint" id={`${section.key}-hint`}>
        {section.hint}
      </p>
      {children}
      <div className="row">
        <button type="button" id={`${section.key}-add`} onClick={onAdd} disabled={full}>
          Add {section.noun}
        </button>
        {full && <p className="hint">A section holds up to {SAFETY_PLAN_ITEMS_MAX} items.</p>}
      </div>
    </section>
  );
}

/** A section of one-line items: warning signs, coping steps, safer surroundings. */
export function ListSection({ section, items, onChange, onFocus }: SectionProps<string>) {
  const noun = capital(section.noun);
  return (
    <SectionFrame
      section={section}
      count={items.length}
      onAdd={() => {
        onChange([...items, '']);
        onFocus(`${section.key}-${items.length}`);
      }}
    >
      {items.length > 0 && (
        <ol className={styles.items}>
          {items.map((text, i) => (
            <li key={i} className={styles.item}>
              <label className="visually-hidden" htmlFor={`${section.key}-${i}`}>
                {noun} {i + 1}
              </label>
              <input
                id={`${section.key}-${i}`}
                type="text"
                value={text}
                maxLength={SHORT_TEXT_MAX}
                onChange={(e) => onChange(items.map((t, k) => (k === i ? e.target.value : t)))}
              />
              <button
                type="button"
                className="quiet"
                aria-label={`Remove ${section.noun} ${i + 1}`}
                onClick={() => {
                  onChange(items.filter((_, k) => k !== i));
                  onFocus(afterRemoving(section, i, items.length - 1));
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
    </SectionFrame>
  );
}

/** A section of people, places and services, each with an optional phone number and a note. */
export function ContactsSection({ section, items, onChange, onFocus }: SectionProps<ContactDraft>) {
  const noun = capital(section.noun);
  const edit = (i: number, patch: Partial<ContactDraft>) =>
    onChange(items.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  return (
    <SectionFrame
      section={section}
      count={items.length}
      onAdd={() => {
        onChange([...items, { name: '', phone: '', note: '' }]);
        onFocus(`${section.key}-${items.length}-name`);
      }}
    >
      {items.length > 0 && (
        <ol className={styles.items}>
          {items.map((contact, i) => {
            const id = `${section.key}-${i}`;
            return (
              <li key={i}>
                <fieldset className={styles.contact}>
                  <legend>
                    {noun} {i + 1}
                  </legend>
                  <div className={styles.contactFields}>
                    <div className="field">
                      <label htmlFor={`${id}-name`}>{section.nameLabel}</label>
                      <input
                        id={`${id}-name`}
                        type="text"
                        value={contact.name}
                        maxLength={SHORT_TEXT_MAX}
                        onChange={(e) => edit(i, { name: e.target.value })}
                      />
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-phone`}>Phone</label>
                      <input
                        id={`${id}-phone`}
                        type="tel"
                        value={contact.phone ?? ''}
                        maxLength={SHORT_TEXT_MAX}
                        onChange={(e) => edit(i, { phone: e.target.value })}
                      />
                    </div>
                    <div className={`field ${styles.wide}`}>
                      <label htmlFor={`${id}-note`}>Note</label>
                      <input
                        id={`${id}-note`}
                        type="text"
                        value={contact.note ?? ''}
                        maxLength={SHORT_TEXT_MAX}
                        onChange={(e) => edit(i, { note: e.target.value })}
                      />
                    </div>
                  </div>
                  <button
                    type="button"
                    className={`quiet ${styles.removeContact}`}
                    aria-label={`Remove ${section.noun} ${i + 1}`}
                    onClick={() => {
                      onChange(items.filter((_, k) => k !== i));
                      onFocus(afterRemoving(section, i, items.length - 1, '-name'));
                    }}
                  >
                    Remove
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      )}
    </SectionFrame>
  );
}
