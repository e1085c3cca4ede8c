import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runScan as scan, SEED_HTML } from './scan/run-scan';

describe('the scan CLI', () => {
  it('prints one JSON line per input with the figures of an HTML page as a browser shows it', async () => {
    const { code, stdout, stderr } = await scan(['--json', SEED_HTML]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(result.source).toBe(SEED_HTML);
    const texts = result.figures.map((f: { text: string }) => f.text);
    expect(texts).toEqual(expect.arrayContaining(['14 trillion yuan', 'US$ 1.9 trillion', '9.8 percent']));
    // The <style> rules and <title> are not page text.
    expect(result.figures.every((f: { sentence: string }) => !f.sentence.includes('font:'))).toBe(true);
  }, 30_000);

  it('reads standard input as plain text', async () => {
    const { code, stdout } = await scan(['--json', '-'], '广东外贸进出口总额超过9万亿元，同比增长9.8%。GDP rose 5.2 percent.');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.source).toBe('-');
    expect(result.figures.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['5.2 percent']));
  }, 30_000);

  it('reports a file it cannot read on stderr, still scans the others, and exits non-zero', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'Exports rose 7.1 percent to US$3.58 trillion.');
    const { code, stdout, stderr } = await scan(['--json', join(dir, 'missing.txt'), ok]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${join(dir, 'missing.txt')}: no such file`);
    expect(JSON.parse(stdout).source).toBe(ok);
  }, 30_000);

  it('prints a readable table without --json', async () => {
    const { stdout } = await scan(['-'], 'Exports rose 7.1 percent.');
    expect(stdout).toMatch(/^-: 1 figure\n/);
    expect(stdout).toMatch(/percent\s+7\.1\s+%\s+7\.1 percent/);
  }, 30_000);

  it('explains its usage on a bad option', async () => {
    const { code, stderr } = await scan(['--nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run scan');
  }, 30_000);
});

describe('through npm', () => {
  it('npm run --silent scan -- --json prints nothing but the JSON lines', async () => {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('npm', ['run', '--silent', 'scan', '--', '--json', SEED_HTML, SEED_HTML], { cwd: ROOT }, (error, out) =>
        error ? reject(error) : resolve(out),
      ),
    );
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('figures');
  }, 30_000);
});
