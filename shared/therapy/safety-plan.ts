import type { SafetyContact, SafetyPlan } from '../domain/settings';

/*
 * The safety plan as the screen edits it and as it is stored. The sections follow the order of
 * the Stanley–Brown Safety Planning Intervention, named in our own words; the screen, the card
 * a PHQ-9 answer brings up and (later) the printed report all read them from here.
 */

export type ListSection = 'warningSigns' | 'copingSteps' | 'saferSurroundings';
export type ContactSection = 'peopleAndPlaces' | 'helpContacts' | 'professionals';
export type PlanSection = ListSection | ContactSection;

export interface SectionInfo {
  key: PlanSection;
  kind: 'list' | 'contacts';
  title: string;
  /** One item, for "Add warning sign" and "Remove warning sign 2". */
  noun: string;
  /** What belongs here, in a sentence. */
  hint: string;
  /** The label of a contact's name field. */
  nameLabel?: string;
}

/** The six sections, in the intervention's order. */
export const SAFETY_PLAN_SECTIONS: readonly SectionInfo[] = [
  {
    key: 'warningSigns',
    kind: 'list',
    title: 'Warning signs',
    noun: 'warning sign',
    hint: 'Thoughts, feelings, moods or situations that tell you a crisis may be starting.',
  },
  {
    key: 'copingSteps',
    kind: 'list',
    title: 'Things I can do on my own to take my mind off it',
    noun: 'coping step',
    hint: 'What you can do by yourself, without contacting anyone: a walk, music, a shower, a breathing exercise.',
  },
  {
    key: 'peopleAndPlaces',
    kind: 'contacts',
    title: 'People and places that help me feel better',
    noun: 'person or place',
    hint: 'People and places that take your mind off things: a friend to have a coffee with, a park, a library.',
    nameLabel: 'Name or place',
  },
  {
    key: 'helpContacts',
    kind: 'contacts',
    title: 'People I can ask for help',
    noun: 'person to ask',
    hint: 'People you can tell that you are not doing well, and ask to help.',
    nameLabel: 'Name',
  },
  {
    key: 'professionals',
    kind: 'contacts',
    title: 'Professionals and crisis services',
    noun: 'professional or service',
    hint: 'Your therapist, your doctor, a crisis line, urgent care. Add the numbers you would call — your therapist can help you find local ones.',
    nameLabel: 'Name',
  },
  {
    key: 'saferSurroundings',
    kind: 'list',
    title: 'Making my surroundings safer',
    noun: 'step for safer surroundings',
    hint: 'How you can keep things you might use to hurt yourself out of reach, or ask someone to keep them for you.',
  },
];

export const MOST_IMPORTANT_TITLE = 'The one thing most important to me';

export const SAFETY_PLAN_CREDIT =
  'Based on the Safety Planning Intervention by Barbara Stanley and Gregory K. Brown.';

/** A contact as typed: any field may still be empty. */
export interface ContactDraft {
  name: string;
  phone?: string;
  note?: string;
}

/** The plan as the screen holds it while it is edited: empty lines and half-filled contacts. */
export interface SafetyPlanDraft {
  warningSigns: string[];
  copingSteps: string[];
  peopleAndPlaces: ContactDraft[];
  helpContacts: ContactDraft[];
  professionals: ContactDraft[];
  saferSurroundings: string[];
  mostImportant: string;
}

const isListSection = (key: PlanSection): key is ListSection =>
  key === 'warningSigns' || key === 'copingSteps' || key === 'saferSurroundings';

const cleanContact = (draft: ContactDraft): SafetyContact | null => {
  const name = draft.name.trim();
  const phone = draft.phone?.trim() ?? '';
  const note = draft.note?.trim() ?? '';
  if (!name && !phone && !note) return null;
  return { name, ...(phone ? { phone } : {}), ...(note ? { note } : {}) };
};

/**
 * A contact that has a phone number or a note but no name cannot be stored (a number without a
 * name is no help in a hard moment, and dropping it would lose what was typed): this says which,
 * in words the person can act on. Null when the whole draft can be stored.
 */
export function safetyPlanProblem(draft: SafetyPlanDraft): string | null {
  for (const section of SAFETY_PLAN_SECTIONS) {
    if (isListSection(section.key)) continue;
    const contacts = draft[section.key];
    const i = contacts.findIndex(
      (c) => !c.name.trim() && ((c.phone ?? '').trim() || (c.note ?? '').trim()),
    );
    if (i >= 0) {
      return `Give ${section.noun} ${i + 1} a name (under “${section.title}”) so your plan can be saved.`;
    }
  }
  return null;
}

/**
 * The plan to store or print: every item trimmed, empty lines and empty contacts left out. A
 * contact with a number but no name is kept (with an empty name) so a printout shows the number;
 * storing it is refused first by `safetyPlanProblem`.
 */
export function cleanSafetyPlan(draft: SafetyPlanDraft): SafetyPlan {
  const list = (items: readonly string[]) => items.map((s) => s.trim()).filter(Boolean);
  const contacts = (items: readonly ContactDraft[]) =>
    items.map(cleanContact).filter((c): c is SafetyContact => c !== null);
  return {
    warningSigns: list(draft.warningSigns),
    copingSteps: list(draft.copingSteps),
    peopleAndPlaces: contacts(draft.peopleAndPlaces),
    helpContacts: contacts(draft.helpContacts),
    professionals: contacts(draft.professionals),
    saferSurroundings: list(draft.saferSurroundings),
    mostImportant: draft.mostImportant.trim(),
  };
}

const hasText = (text: string | undefined) => Boolean(text?.trim());

/** True when the person has written nothing in any section (a lone phone number counts). */
export function isSafetyPlanEmpty(plan: SafetyPlanDraft): boolean {
  const items = SAFETY_PLAN_SECTIONS.flatMap((s): Array<string | ContactDraft> => plan[s.key]);
  return (
    !hasText(plan.mostImportant) &&
    items.every((item) =>
      typeof item === 'string'
        ? !hasText(item)
        : !hasText(item.name) && !hasText(item.phone) && !hasText(item.note),
    )
  );
}
