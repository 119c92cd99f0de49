import { createHashRouter, Navigate } from 'react-router';
import type { SaveState } from '../../../../shared/contract';
import { CheckInsScreen } from '../check-ins/CheckInsScreen';
import { TakeCheckInRoute } from '../check-ins/TakeCheckIn';
import { JournalScreen } from '../entries/JournalScreen';
import { ImportScreen } from '../import/ImportScreen';
import { InsightsScreen } from '../insights/InsightsScreen';
import { SafetyPlanScreen } from '../safety-plan/SafetyPlanScreen';
import { GoalScreen } from '../goals/GoalScreen';
import { GoalsScreen } from '../goals/GoalsScreen';
import { NewSessionScreen } from '../sessions/NewSessionScreen';
import { SessionScreen } from '../sessions/SessionScreen';
import { SessionsScreen } from '../sessions/SessionsScreen';
import { PrepareScreen } from '../prep/PrepareScreen';
import { ProgressScreen } from '../progress/ProgressScreen';
import { ReportScreen } from '../report/ReportScreen';
import { useSettings } from '../settings/queries';
import { SettingsScreen } from '../settings/SettingsScreen';
import { TagsScreen } from '../tags/TagsScreen';
import { TrashScreen } from '../trash/TrashScreen';
import { AppShell } from './AppShell';

function JournalRoute() {
  const settings = useSettings();
  // The timeline groups by week: it waits for the person's week start.
  if (!settings.data) return null;
  return <JournalScreen weekStart={settings.data.weekStart} />;
}

/**
 * Every screen and every entry has an address (`#/journal/<id>`), so screens link to each other
 * and back and forward work. Hash addresses never leave the page: nothing is requested.
 */
export function createAppRouter(initialSave: SaveState) {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell initialSave={initialSave} />,
      children: [
        { index: true, element: <Navigate to="/journal" replace /> },
        { path: 'journal/:entryId?', element: <JournalRoute /> },
        { path: 'tags', element: <TagsScreen /> },
        { path: 'insights', element: <InsightsScreen /> },
        { path: 'check-ins', element: <CheckInsScreen /> },
        { path: 'check-ins/:instrument', element: <TakeCheckInRoute /> },
        { path: 'safety-plan', element: <SafetyPlanScreen /> },
        { path: 'goals', element: <GoalsScreen /> },
        { path: 'goals/:goalId', element: <GoalScreen /> },
        { path: 'sessions', element: <SessionsScreen /> },
        { path: 'sessions/new', element: <NewSessionScreen /> },
        { path: 'sessions/:sessionId', element: <SessionScreen /> },
        { path: 'progress', element: <ProgressScreen /> },
        { path: 'report', element: <ReportScreen /> },
        { path: 'prepare', element: <PrepareScreen /> },
        { path: 'trash', element: <TrashScreen /> },
        { path: 'settings', element: <SettingsScreen /> },
        { path: 'settings/import', element: <ImportScreen /> },
        { path: '*', element: <Navigate to="/journal" replace /> },
      ],
    },
  ]);
}
