import type { Domain } from '../../ipc';
import type { ExportService } from './export-service';

/** The export channel: choose where, then write the whole file at once. */
export function exportDomain(exports: ExportService): Domain {
  return {
    name: 'export',
    handlers: {
      'export:save': (request) => exports.save(request),
    },
  };
}
