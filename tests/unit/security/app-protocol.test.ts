import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAppResource, resolveAppPath } from '../../../electron/app-protocol';

let root: string;
beforeAll(async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'bs-protocol-'));
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {}');
  await writeFile(path.join(base, 'secret.txt'), 'outside the root');
});
afterAll(() => rm(path.dirname(root), { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves index.html for the root and files under the renderer folder', async () => {
    expect(resolveAppPath(root, 'app://bundle/')).toBe(path.join(root, 'index.html'));
    const js = await readAppResource(root, 'app://bundle/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^text\/javascript/);
    expect(js.headers['content-security-policy']).toContain("default-src 'self'");
    expect(js.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/assets/%2e%2e/%2e%2e/secret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%00index.html',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const resource = await readAppResource(root, url);
    expect(resource.status).toBe(404);
    expect(resource.body.toString()).not.toContain('outside the root');
  });

  it('answers 404 for a missing file', async () => {
    expect((await readAppResource(root, 'app://bundle/nope.js')).status).toBe(404);
  });
});
