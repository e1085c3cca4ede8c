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
    // MV2: an event page Firefox may unload (as Chromium stops the MV3 worker), and browser_action for action.
    expect(m.background).toEqual({ persistent: false, scripts: ['background.js'] });
    expect(m.browser_action).toMatchObject({ default_popup: 'popup.html' });
    expect(m.action).toBeUndefined();
  });

  it('Firefox: web-ext lint finds no errors, and warns only of Preact’s own innerHTML path (dangerouslySetInnerHTML), never of our code', async () => {
    const out = await new Promise<string>((resolve) =>
      execFile('npx', ['web-ext', 'lint', '--source-dir', FIREFOX_DIR, '--output', 'json'], { cwd: ROOT }, (_error, stdout) => resolve(stdout)),
    );
    type Finding = { code: string; file: string; line: number; column: number };
    const report = JSON.parse(out) as { summary: { errors: number }; errors: Finding[]; warnings: Finding[]; notices: Finding[] };
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
    const ours = report.warnings.filter((w) => {
      const line = readFileSync(join(FIREFOX_DIR, w.file), 'utf8').split('\n')[w.line - 1] ?? '';
      const around = line.slice(Math.max(0, w.column - 300), w.column + 100);
      // Preact's diff: `e.innerHTML = props.dangerouslySetInnerHTML.__html`, bundled into every chunk that renders.
      return !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && around.includes('dangerouslySetInnerHTML') && around.includes('.innerHTML=') && around.includes('__html'));
    });
    expect(ours).toEqual([]);
    console.info(`web-ext lint: ${report.warnings.length} Preact innerHTML warnings in ${report.warnings.map((w) => w.file).join(', ')}`);
    expect(report.notices).toEqual([]);
  });
});
