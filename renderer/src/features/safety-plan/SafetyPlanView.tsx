import type { SafetyContact, SafetyPlan } from '../../../../shared/domain/settings';
import { MOST_IMPORTANT_TITLE, SAFETY_PLAN_SECTIONS } from '../../../../shared/therapy/safety-plan';
import styles from './SafetyPlanView.module.css';

/**
 * The plan as the person wrote it, to read: the sections that have something in them, in the
 * intervention's order. Phone numbers are plain text: nothing here can place a call or a request.
 */
export function SafetyPlanView({ plan, level }: { plan: SafetyPlan; level: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className={styles.plan}>
      {SAFETY_PLAN_SECTIONS.map((section) => {
        const items = plan[section.key];
        if (items.length === 0) return null;
        return (
          <section key={section.key} className={styles.section}>
            <Heading className={styles.heading}>{section.title}</Heading>
            <ul className={styles.items}>
              {items.map((item, i) => (
                <li key={i}>{typeof item === 'string' ? item : <Contact contact={item} />}</li>
              ))}
            </ul>
          </section>
        );
      })}
      {plan.mostImportant && (
        <section className={styles.section}>
          <Heading className={styles.heading}>{MOST_IMPORTANT_TITLE}</Heading>
          <p>{plan.mostImportant}</p>
        </section>
      )}
    </div>
  );
}

function Contact({ contact }: { contact: SafetyContact }) {
  return (
    <>
      <span className={styles.name}>{contact.name}</span>
      {contact.phone && (
        <>
          {' '}
          <span className={styles.phone}>{contact.phone}</span>
        </>
      )}
      {contact.note && <span className={styles.note}>{contact.note}</span>}
    </>
  );
}
