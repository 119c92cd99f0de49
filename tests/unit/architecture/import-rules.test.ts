import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import rules of DESIGN.md §2 are enforced by lint; these cases prove the rules bite.
const eslint = new ESLint();

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import rules', () => {
  it.each([
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import fs from 'fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { registerHandlers } from '../../electron/ipc';"],
    ['shared/x.ts', "import path from 'node:path';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { App } from '../renderer/src/App';"],
    ['shared/x.ts', "import { dispatch } from '../electron/ipc';"],
    ['electron/x.ts', "import { App } from '../renderer/src/App';"],
    ['electron/services/x.ts', "import { app } from 'electron';"],
    ['electron/vault/x.ts', "import { app } from 'electron';"],
    ['electron/preload.ts', "import path from 'node:path';"],
    ['electron/preload.ts', "import { dispatch } from './ipc';"],
    ['shared/report/x.ts', "import type { Entry } from '../domain';"],
    ['shared/report/x.ts', "import type { JournalDocument } from '../domain/document';"],
    ['shared/report/x.ts', "import { insightSchema } from '../domain/records';"],
    ['shared/report/x.ts', "import { readFileSync } from 'node:fs';"],
  ])('%s may not %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['renderer/src/x.ts', "import { channels } from '../../shared/contract';"],
    ['shared/x.ts', "import { z } from 'zod';"],
    ['electron/x.ts', "import { app } from 'electron';"],
    ['electron/vault/x.ts', "import { randomBytes } from 'node:crypto';"],
    ['electron/preload.ts', "import { contextBridge } from 'electron';"],
    ['electron/preload.ts', "import { buildJournalApi } from '../shared/ipc/bridge';"],
    ['shared/report/x.ts', "import type { Goal, Session } from '../domain';"],
    ['shared/report/share-rule.ts', "import type { Entry } from '../domain';"],
  ])('%s may %s', async (file, code) => {
    expect(await restrictedImports(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
