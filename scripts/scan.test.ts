import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, runScan as scan, runScanThroughNpm, SEED_HTML } from './scan/run-scan';

const T = 60_000; // the first run may build the bundle

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
  }, T);

  it('reads standard input as plain text, or as a page when it starts like one (curl … | scan -)', async () => {
    const { code, stdout } = await scan(['--json', '-'], '广东外贸进出口总额超过9万亿元，同比增长9.8%。GDP rose 5.2 percent.');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.source).toBe('-');
    expect(result.figures.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['5.2 percent']));
    const page = JSON.parse((await scan(['--json', '-'], '<!DOCTYPE html><title>Trade 9.8%</title><p>Exports rose 7.1 percent.</p>')).stdout);
    expect(page.figures.map((f: { text: string }) => f.text)).toEqual(['7.1 percent']);
  }, T);

  it('reports a file it cannot read on stderr, still scans the others, and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const ok = join(dir, 'ok.txt');
    writeFileSync(ok, 'Exports rose 7.1 percent to US$3.58 trillion.');
    const { code, stdout, stderr } = await scan(['--json', join(dir, 'missing.txt'), ok]);
    expect(code).toBe(1);
    expect(stderr).toContain(`cannot read ${join(dir, 'missing.txt')}: no such file`);
    expect(JSON.parse(stdout).source).toBe(ok);
  }, T);

  it('explains its usage on a bad option', async () => {
    const { code, stderr } = await scan(['--nope']);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: npm run scan');
  }, T);
});

describe('a folder of pages, as saved from Chinese sites', () => {
  it('scans a directory recursively, reads GBK and Big5 by their <meta>, names the undecodable file and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-dir-'));
    cpSync(FIXTURES, join(dir, 'pages'), { recursive: true });
    mkdirSync(join(dir, 'pages', 'en'));
    writeFileSync(join(dir, 'pages', 'en', 'note.md'), 'Exports rose 7.1 percent.');
    const { code, stdout, stderr } = await scan(['--json', 'pages'], undefined, dir);
    expect(code).toBe(1);
    expect(stderr).toContain('scan: skipped 1 file in pages (only .html .htm .txt .md are scanned in a directory): make-fixtures.sh');
    expect(stderr).toContain('scan: cannot read pages/broken-gbk-page.html: not valid GBK text');
    const results = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(results.map((r) => r.source)).toEqual(['pages/big5-page.html', 'pages/en/note.md', 'pages/gbk-page.html']);
    expect(results[0].figures[0].sentence).toBe('財政部統計，2024年出口總值達4,750億美元，年增9.9%，創歷年新高。');
    expect(results[2].publishedAt).toBe('2025-01-20');
    expect(results[2].figures.map((f: { text: string }) => f.text)).toEqual(['141633.81亿元', '3.5%', '9.11万亿元', '9.8%']);
  }, T);

  it('prints the same lines in the same order with --jobs 1 and --jobs 3', async () => {
    const args = ['--json', FIXTURES, SEED_HTML, join(FIXTURES, 'gbk-page.html')];
    const [one, three] = await Promise.all([scan(['--jobs', '1', ...args]), scan(['--jobs', '3', ...args])]);
    expect(three.stdout).toBe(one.stdout);
    expect(three.stdout.trim().split('\n')).toHaveLength(4);
  }, T);
});

describe('the table', () => {
  it('aligns Chinese cells by display width, formats values with Intl, and shows hedges and periods', async () => {
    const { stdout } = await scan(['-'], '2024年广东外贸进出口总额超过9万亿元，同比增长9.8%。');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('-: 2 figures');
    expect(lines[2]).toMatch(/^Kind\s+Value\s+Hedge\s+As written\s+Year\s+Role\s+In USD\s+Rate$/);
    expect(lines[3]).toMatch(/^Money\s+CN¥9 trillion\s+超过\s+9万亿元\s+2024\s+≈ \$1\.25 trillion\s+1 CNY = 0\.139 USD, 2024 annual average \(ECB\)$/);
    expect(lines[4]).toMatch(/^Percent\s+9\.8%\s+9\.8%\s+2024\s+Growth y\/y$/);
    // "Year" starts in the same terminal column on every line, though 超过 and 9万亿元 are wide.
    const column = (line: string, cell: string) => [...line.slice(0, line.indexOf(cell))].reduce((w, c) => w + (/[\u4e00-\u9fff]/.test(c) ? 2 : 1), 0);
    expect(column(lines[3]!, '2024')).toBe(column(lines[2]!, 'Year'));
    expect(column(lines[4]!, '2024')).toBe(column(lines[2]!, 'Year'));
  }, T);

  it('speaks Chinese under --locale zh-CN: headers, kinds, roles and money', async () => {
    const { stdout } = await scan(['--locale', 'zh-CN', '-'], '2024年广东外贸进出口总额超过9万亿元，同比增长9.8%。');
    expect(stdout).toMatch(/^-: 2个数字\n发布日期：未知\n类型\s+数值\s+限定\s+原文\s+年份\s+作用\s+折合USD\s+汇率\n/);
    expect(stdout).toMatch(/金额\s+9万亿人民币\s+超过\s+9万亿元\s+2024\s+≈ 1\.25万亿美元/);
    expect(stdout).toMatch(/百分比\s+9\.8%\s+9\.8%\s+2024\s+增长 同比/);
  }, T);
});

describe('through npm, from another folder', () => {
  it('npm --prefix … run scan finds a relative path in the folder npm was run from, and prints nothing but JSON lines', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'scan-user-'));
    writeFileSync(join(elsewhere, 'today.txt'), 'Exports rose 7.1 percent to US$3.58 trillion.');
    const { code, stdout, stderr } = await runScanThroughNpm(['--json', 'today.txt', SEED_HTML], elsewhere);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => l.source)).toEqual(['today.txt', SEED_HTML]);
    expect(lines[0].figures.map((f: { text: string }) => f.text)).toEqual(['7.1 percent', 'US$3.58 trillion']);
  }, T);
});
