import type { Domain } from '../../ipc';
import type { ImportService } from './import-service';

/** The import channels: choose a file, preview it, bring it in. */
export function importDomain(imports: ImportService): Domain {
  return {
    name: 'import',
    handlers: {
      'import:choose': ({ folder }) => imports.choose(folder),
      'import:preview': ({ choice, passphrase }) => imports.preview(choice, passphrase),
      'import:commit': ({ token, shareLevel, tag }) => imports.commit(token, shareLevel, tag),
    },
  };
}
