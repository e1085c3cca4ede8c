import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MATCHES } from '../lib/sites';
import { EXTENSION_DIR, ROOT } from './harness';

const FIREFOX_DIR = join(EXTENSION_DIR, '..', 'firefox-mv2');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('the built manifests ask for the least they need', () => {
  it('Chromium MV3: storage, activeTab and scripting; host access to the default news sites only', () => {
    const m = manifest(EXTENSION_DIR);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    expect([...m.host_permissions].sort()).toEqual([...DEFAULT_MATCHES].sort());
    expect(m.optional_host_permissions).toEqual(['*://*/*']);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|"webNavigation"|"history"/);
    expect(m.content_scripts[0].matches.sort()).toEqual([...DEFAULT_MATCHES].sort());
    expect(m.content_scripts[0].all_frames ?? false).toBe(false);
  });

  it('Firefox: a gecko id, no data collected, optional origins where MV2 keeps them', () => {
    const m = manifest(FIREFOX_DIR);
    expect(m.browser_specific_settings.gecko).toMatchObject({ id: 'figurelens@figurelens.app', data_collection_permissions: { required: ['none'] } });
    expect(m.optional_permissions).toEqual(['*://*/*']);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"/);
  });

  it('Firefox: web-ext lint finds no errors', async () => {
    const out = await new Promise<string>((resolve) =>
      execFile('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json'], { cwd: ROOT }, (_error, stdout) => resolve(stdout)),
    );
    const report = JSON.parse(out) as { summary: { errors: number }; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
