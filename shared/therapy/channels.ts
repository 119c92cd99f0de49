import { z } from 'zod';
import { channel, returns } from '../ipc/define';
import { idSchema } from '../domain/primitives';
import type { SafetyPlan } from '../domain/settings';
import {
  createCheckInSchema,
  createGoalSchema,
  createInsightSchema,
  createSessionSchema,
  goalPatchSchema,
  goalStepPatchSchema,
  goalStepSchemaIn,
  insightListQuerySchema,
  insightPatchSchema,
  progressQuerySchema,
  safetyPlanInputSchema,
  sessionPatchSchema,
} from './therapy-contract';
import type {
  CheckIn,
  Goal,
  GoalDetail,
  GoalSummary,
  InsightPage,
  InsightUpdate,
  InsightView,
  ProgressReport,
  Session,
  TherapyGlance,
} from './therapy-contract';

/*
 * The therapy layer's channels, one group per domain; shared/contract.ts spreads each group
 * into the one table of channels once its domain has handlers in main.
 */

const noInput = z.undefined();

export const insightChannels = {
  /** Newest first (by the entry's day, then when marked), filtered, paged, with monthly counts. */
  'insights:list': channel(insightListQuerySchema, returns<InsightPage>()),
  'insights:get': channel(z.strictObject({ id: idSchema }), returns<InsightView>()),
  /** The entry and any goals must exist (`NOT_FOUND`); details must fit the kind (`BAD_INPUT`). */
  'insights:create': channel(createInsightSchema, returns<InsightView>()),
  'insights:update': channel(
    z.strictObject({ id: idSchema, patch: insightPatchSchema }),
    returns<InsightUpdate>(),
  ),
  /** Deletes the insight and its mark in the entry's body (the words stay). */
  'insights:delete': channel(z.strictObject({ id: idSchema }), returns<void>()),
};

export const goalChannels = {
  'goals:list': channel(noInput, returns<GoalSummary[]>()),
  'goals:get': channel(z.strictObject({ id: idSchema }), returns<GoalDetail>()),
  'goals:create': channel(createGoalSchema, returns<Goal>()),
  'goals:update': channel(
    z.strictObject({ id: idSchema, patch: goalPatchSchema }),
    returns<Goal>(),
  ),
  /** Deletes the goal and unlinks it from its insights, which are kept. */
  'goals:delete': channel(z.strictObject({ id: idSchema }), returns<void>()),
  'goals:addStep': channel(goalStepSchemaIn, returns<Goal>()),
  'goals:updateStep': channel(goalStepPatchSchema, returns<Goal>()),
  'goals:removeStep': channel(
    z.strictObject({ goalId: idSchema, stepId: idSchema }),
    returns<Goal>(),
  ),
};

export const sessionChannels = {
  /** Newest first. */
  'sessions:list': channel(noInput, returns<Session[]>()),
  'sessions:get': channel(z.strictObject({ id: idSchema }), returns<Session>()),
  'sessions:create': channel(createSessionSchema, returns<Session>()),
  'sessions:update': channel(
    z.strictObject({ id: idSchema, patch: sessionPatchSchema }),
    returns<Session>(),
  ),
  /** Deletes the session; the insights discussed in it are no longer marked discussed. */
  'sessions:delete': channel(z.strictObject({ id: idSchema }), returns<void>()),
};

export const checkInChannels = {
  /** Oldest first. */
  'checkIns:list': channel(noInput, returns<CheckIn[]>()),
  /** Scores and bands the answers in main (shared/therapy/instruments.ts) and stores them. */
  'checkIns:create': channel(createCheckInSchema, returns<CheckIn>()),
  /** `NOT_FOUND` when it is already gone. */
  'checkIns:delete': channel(z.strictObject({ id: idSchema }), returns<void>()),
};

export const safetyPlanChannels = {
  'safetyPlan:get': channel(noInput, returns<SafetyPlan>()),
  /**
   * Replaces the whole plan: the screen edits all of it and saves it as one. Items are trimmed
   * and empty ones left out; a contact with a number or a note but no name is refused
   * (`BAD_INPUT`, saying which).
   */
  'safetyPlan:update': channel(safetyPlanInputSchema, returns<SafetyPlan>()),
};

export const glanceChannels = {
  /** The next session, homework still open from the last one, and self-checks due. */
  'therapy:glance': channel(noInput, returns<TherapyGlance>()),
};

export const progressChannels = {
  /** The Progress screen's figures for a period, computed in main from shared pure functions. */
  'progress:get': channel(progressQuerySchema, returns<ProgressReport>()),
};
