import type { GoalStatus } from '../../../../shared/domain/records';

export const goalStatuses: readonly GoalStatus[] = ['active', 'paused', 'achieved'];

export const goalStatusLabel: Readonly<Record<GoalStatus, string>> = {
  active: 'Active',
  paused: 'Paused',
  achieved: 'Achieved',
};
