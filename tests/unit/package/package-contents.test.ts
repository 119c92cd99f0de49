import { spawnSync } from 'node:child_process';
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { extractFile, listPackage } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import type { FuseConfig } from '@electron/fuses';
import { build, Platform } from 'electron-builder';
import type { AfterPackContext, Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMain, root } from './built-main';

/*
 * What the installers hold, found by electron-builder's own file-set logic: a throw-away copy of
 * the project (sources, tests, scripts, the real node_modules, a fresh build in dist/) is
 * packaged with the real electron-builder.yml into an unpacked Linux app, from a stand-in
 * Electron folder since the real one cannot be downloaded here. Only flipping the fuses inside
 * that stand-in binary is skipped; the fuse settings electron-builder would write are recorded.
 */

let project: string;
let appOutDir: string;
let packaged: string[];
let built: string[];
let fuses: FuseConfig | null = null;
let effectiveConfig: Configuration;

async function filesUnder(dir: string, base = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
    }),
  );
  return nested.flat().map((file) => file.split(path.sep).join('/'));
}

function run(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
}

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'bs-package-'));
  for (const entry of ['electron', 'shared', 'renderer', 'tests', 'scripts', 'build']) {
    await cp(path.join(root, entry), path.join(project, entry), { recursive: true });
  }
  for (const file of ['package.json', 'package-lock.json', 'electron-builder.yml', 'README.md']) {
    await cp(path.join(root, file), path.join(project, file));
  }
  await symlink(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'junction');
  const viteDir = path.dirname(createRequire(import.meta.url).resolve('vite/package.json'));
  const vite = path.join(viteDir, 'bin', 'vite.js');
  run([vite, 'build', '--logLevel', 'error', '--outDir', path.join(project, 'dist', 'renderer')]);
  buildMain(path.join(project, 'dist', 'electron'));
  built = await filesUnder(path.join(project, 'dist'));

  const electronDist = path.join(project, 'stand-in-electron');
  await mkdir(path.join(electronDist, 'resources'), { recursive: true });
  await writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\n');
  await chmod(path.join(electronDist, 'electron'), 0o755);

  await build({
    projectDir: project,
    targets: Platform.LINUX.createTarget('dir'),
    publish: 'never',
    config: {
      electronDist,
      directories: { output: path.join(project, 'release') },
      afterPack: async (context: AfterPackContext) => {
        appOutDir = context.appOutDir;
        effectiveConfig = context.packager.config;
        // Flipping writes into the Electron binary, which the stand-in is not; what would be
        // written is what this test checks. (The number is how many fuses were changed.)
        context.packager.addElectronFuses = async (_context, config) => {
          fuses = config;
          return 0;
        };
      },
    },
  });
  packaged = listPackage(path.join(appOutDir, 'resources', 'app.asar'), { isPack: false })
    .map((entry) => entry.split(path.sep).join('/').replace(/^\//, ''))
    .sort();
}, 180_000);

afterAll(async () => {
  if (project) await rm(project, { recursive: true, force: true });
});

function isFile(entry: string): boolean {
  return packaged.some((other) => other.startsWith(`${entry}/`)) === false;
}

describe('the installers', () => {
  it('hold the built app and package.json, and nothing else', () => {
    const files = packaged.filter(isFile);
    const expected = built
      .filter((file) => !file.endsWith('.map'))
      .map((file) => `dist/${file}`)
      .concat('package.json')
      .sort();
    expect(files).toEqual(expected);
    expect(files).toContain('dist/electron/main.js');
    expect(files).toContain('dist/electron/preload.cjs');
    expect(files).toContain('dist/renderer/index.html');
  });

  it('leave out the source maps the build writes', () => {
    expect(built.filter((file) => file.endsWith('.map')).length).toBeGreaterThan(0);
    expect(packaged.filter((entry) => entry.endsWith('.map'))).toEqual([]);
  });

  it('leave out sources, tests, scripts and every node_modules folder', () => {
    const outside = packaged.filter(
      (entry) => !entry.startsWith('dist') && entry !== 'package.json',
    );
    expect(outside).toEqual([]);
    expect(packaged.filter((entry) => /\.(ts|tsx|mts|cts)$/.test(entry))).toEqual([]);
    expect(packaged.filter((entry) => entry.split('/').includes('node_modules'))).toEqual([]);
  });

  it('need no node_modules: the bundles import only Node built-ins and electron', async () => {
    const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    allowed.add('electron');
    for (const bundle of ['dist/electron/main.js', 'dist/electron/preload.cjs']) {
      // Comments (JSDoc's `import('./x.js')` types) are not code.
      const code = (await readFile(path.join(project, bundle), 'utf8'))
        .split('\n')
        .filter((line) => !/^\s*(\*|\/\*|\/\/)/.test(line))
        .join('\n');
      const specifiers = [
        ...code.matchAll(/^import\s[^'"]*?from\s*["']([^"']+)["']/gm),
        ...code.matchAll(/^import\s*["']([^"']+)["']/gm),
        ...code.matchAll(/\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g),
      ].map((match) => match[1]!);
      expect(specifiers.length, bundle).toBeGreaterThan(0);
      expect(
        specifiers.filter((specifier) => !allowed.has(specifier)),
        bundle,
      ).toEqual([]);
    }
  });

  it('carry no dev dependency and no scripts in their package.json', () => {
    const archive = path.join(appOutDir, 'resources', 'app.asar');
    const manifest = JSON.parse(extractFile(archive, 'package.json').toString('utf8'));
    expect(manifest.main).toBe('dist/electron/main.js');
    expect(manifest.devDependencies).toBeUndefined();
    expect(manifest.scripts).toBeUndefined();
  });

  it('keep the app in one asar archive, with no update feed beside it', async () => {
    expect(effectiveConfig.asar).toBe(true);
    expect(await readdir(path.join(appOutDir, 'resources'))).toEqual(['app.asar']);
  });

  it('publish nowhere and never check for updates', async () => {
    expect(effectiveConfig.publish).toBeNull();
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
    expect(dependencies.filter((name) => /updater/i.test(name))).toEqual([]);
  });

  it('flip the Electron fuses of the issue', () => {
    expect(fuses).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('are made for each system: AppImage and deb, a universal dmg, a per-user NSIS installer', () => {
    const targets = (config: { target?: unknown } | null | undefined) =>
      JSON.parse(JSON.stringify(config?.target ?? null));
    expect(effectiveConfig.productName).toBe('Between Sessions');
    expect(effectiveConfig.directories?.buildResources).toBe('build');
    expect(targets(effectiveConfig.linux)).toEqual(['AppImage', 'deb']);
    expect(targets(effectiveConfig.mac)).toEqual([{ target: 'dmg', arch: 'universal' }]);
    expect(targets(effectiveConfig.win)).toEqual([{ target: 'nsis', arch: 'x64' }]);
    expect(effectiveConfig.nsis).toMatchObject({ oneClick: true, perMachine: false });
    expect(effectiveConfig.nsis?.deleteAppDataOnUninstall).toBe(false);
  });

  it('launch the AppImage with Chromium’s sandbox on', () => {
    // Left unset, electron-builder's AppImage launcher passes --no-sandbox.
    expect(effectiveConfig.appImage?.executableArgs).toEqual([]);
  });
});
