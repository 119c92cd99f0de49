import { describe, expect, it } from 'vitest';
import { emptySafetyPlan, safetyPlanSchema } from '../../../shared/domain';
import {
  SAFETY_PLAN_SECTIONS,
  cleanSafetyPlan,
  isSafetyPlanEmpty,
  safetyPlanProblem,
} from '../../../shared/therapy/safety-plan';

describe('the safety plan’s sections', () => {
  it('follow the Stanley–Brown order, in our own words', () => {
    expect(SAFETY_PLAN_SECTIONS.map((s) => s.title)).toEqual([
      'Warning signs',
      'Things I can do on my own to take my mind off it',
      'People and places that help me feel better',
      'People I can ask for help',
      'Professionals and crisis services',
      'Making my surroundings safer',
    ]);
    const stored = Object.keys(emptySafetyPlan()).filter((k) => k !== 'mostImportant');
    expect(SAFETY_PLAN_SECTIONS.map((s) => s.key)).toEqual(stored);
  });
});

describe('cleaning a plan as typed', () => {
  it('trims, leaves out empty lines and empty contacts, and stores what the schema accepts', () => {
    const clean = cleanSafetyPlan({
      ...emptySafetyPlan(),
      warningSigns: [' a ', '', '\t'],
      helpContacts: [
        { name: ' Sam ', phone: ' ', note: ' sister ' },
        { name: '', phone: '', note: '' },
      ],
      mostImportant: ' \n',
    });
    expect(clean).toEqual({
      ...emptySafetyPlan(),
      warningSigns: ['a'],
      helpContacts: [{ name: 'Sam', note: 'sister' }],
    });
    expect(safetyPlanSchema.safeParse(clean).success).toBe(true);
  });

  it('keeps a number typed without a name, for the printout (storing it is refused first)', () => {
    const draft = { ...emptySafetyPlan(), professionals: [{ name: ' ', phone: ' 112 ' }] };
    expect(cleanSafetyPlan(draft).professionals).toEqual([{ name: '', phone: '112' }]);
    expect(safetyPlanProblem(draft)).not.toBeNull();
  });
});

describe('a contact without a name', () => {
  it('is a problem once it holds a number or a note, named by its section and place', () => {
    const plan = {
      ...emptySafetyPlan(),
      peopleAndPlaces: [{ name: 'Park' }, { name: ' ', note: 'the bench by the pond' }],
    };
    expect(safetyPlanProblem(plan)).toBe(
      'Give person or place 2 a name (under “People and places that help me feel better”) so your plan can be saved.',
    );
    expect(safetyPlanProblem({ ...plan, peopleAndPlaces: [{ name: '', phone: '' }] })).toBeNull();
  });
});

describe('an empty plan', () => {
  it('has nothing written anywhere; a lone number or the most important thing is something', () => {
    expect(isSafetyPlanEmpty(emptySafetyPlan())).toBe(true);
    expect(isSafetyPlanEmpty({ ...emptySafetyPlan(), warningSigns: ['  '] })).toBe(true);
    expect(
      isSafetyPlanEmpty({ ...emptySafetyPlan(), professionals: [{ name: '', phone: '112' }] }),
    ).toBe(false);
    expect(isSafetyPlanEmpty({ ...emptySafetyPlan(), mostImportant: 'My dog' })).toBe(false);
  });
});
