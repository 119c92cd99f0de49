import { collectHandlers } from '../ipc';
import type { Handlers } from '../ipc';
import type { Platform } from '../platform';
import { appDomain } from './app/domain';
import { systemClock } from './entries/clock';
import { checkInsDomain } from './check-ins/domain';
import { entriesDomain } from './entries/domain';
import { EntriesService } from './entries/entries-service';
import { insightsDomain } from './insights/domain';
import { InsightsService } from './insights/insights-service';
import { safetyPlanDomain } from './safety-plan/domain';
import { goalsDomain } from './goals/domain';
import { prepDomain } from './prep/domain';
import { exportDomain } from './export/domain';
import { ExportService } from './export/export-service';
import { importDomain } from './import/domain';
import { ImportService } from './import/import-service';
import { printDomain } from './print/domain';
import { progressDomain } from './progress/domain';
import { promptsDomain } from './prompts/domain';
import { reportDomain } from './report/domain';
import { glanceDomain, sessionsDomain } from './sessions/domain';
import { settingsDomain } from './settings/domain';
import { tagsDomain } from './tags/domain';
import { vaultDomain } from './vault/domain';
import { JournalSession } from './vault/journal-session';

export interface Services {
  handlers: Handlers;
  /** For the main process's own needs: the Lock menu item and locking before quit. */
  session: JournalSession;
}

/** Every domain of the app, wired to one platform. Electron and the e2e harness both call this. */
export function createServices(platform: Platform): Services {
  const session = new JournalSession(platform);
  const entries = new EntriesService(session);
  const insights = new InsightsService(session, systemClock, (doc, entry) =>
    entries.search.follow(doc, (index) => index.put(entry)),
  );
  const imports = new ImportService(session, platform, systemClock, (doc, added) =>
    entries.search.follow(doc, (index) => added.forEach((entry) => index.put(entry))),
  );
  const handlers = collectHandlers([
    appDomain(platform),
    vaultDomain(session),
    settingsDomain(session),
    entriesDomain(entries),
    tagsDomain(session),
    promptsDomain(session),
    insightsDomain(insights),
    checkInsDomain(session),
    safetyPlanDomain(session),
    goalsDomain(session),
    sessionsDomain(session),
    glanceDomain(session),
    progressDomain(session),
    reportDomain(session),
    prepDomain(session),
    importDomain(imports),
    printDomain(session, platform),
    exportDomain(new ExportService(session, platform, systemClock)),
  ]);
  return { handlers, session };
}
