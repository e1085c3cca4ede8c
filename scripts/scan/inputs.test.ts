import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseDir, expandInputs } from './inputs';

function tree(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'scan-inputs-'));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), 'Exports rose 7.1 percent.');
  }
  return dir;
}

describe('paths are resolved from the folder the user ran the command in', () => {
  it('under `npm run scan` (also with --prefix) from INIT_CWD, the folder npm was started in', () => {
    expect(baseDir({ npm_lifecycle_event: 'scan', INIT_CWD: '/home/reader/news' }, '/opt/figurelens')).toBe('/home/reader/news');
  });

  it('run directly, or by another npm script that passed its INIT_CWD on, from the process folder', () => {
    expect(baseDir({}, '/home/reader/news')).toBe('/home/reader/news');
    expect(baseDir({ npm_lifecycle_event: 'test:unit', INIT_CWD: '/opt/figurelens' }, '/tmp/work')).toBe('/tmp/work');
  });

  it('a relative path is looked up there; the name printed is the one the user typed', async () => {
    const dir = tree(['week/report.txt']);
    const { inputs } = await expandInputs(['week/report.txt', '-'], dir);
    expect(inputs).toEqual([
      { name: 'week/report.txt', path: join(dir, 'week/report.txt') },
      { name: '-', path: '-' },
    ]);
  });
});

describe('a directory is scanned recursively for the files the CLI reads', () => {
  it('takes .html .htm .txt .md at every depth, in name order, and says what it skipped', async () => {
    const dir = tree(['b.html', 'a.txt', 'sub/c.htm', 'sub/deeper/d.MD', 'sub/photo.jpg', 'sub/data.csv', 'notes.pdf']);
    symlinkSync(join(dir, 'sub'), join(dir, 'loop'));
    const { inputs, skipped, errors } = await expandInputs([dir], '/');
    expect(inputs.map((i) => i.name)).toEqual([join(dir, 'a.txt'), join(dir, 'b.html'), join(dir, 'sub/c.htm'), join(dir, 'sub/deeper/d.MD')]);
    expect(skipped).toEqual([
      `scan: skipped 2 files in ${join(dir, 'sub')} (only .html .htm .txt .md are scanned in a directory): data.csv, photo.jpg`,
      `scan: skipped 2 files in ${dir} (only .html .htm .txt .md are scanned in a directory): loop (a link), notes.pdf`,
    ]);
    expect(errors).toEqual([]);
  });

  it('a file named on the command line is read whatever its extension', async () => {
    const dir = tree(['feed.xml']);
    expect((await expandInputs(['feed.xml'], dir)).inputs).toHaveLength(1);
  });

  it('a missing path and a directory with nothing to read are errors that name them', async () => {
    const dir = tree(['only.png']);
    const { inputs, errors } = await expandInputs(['missing.html', '.'], dir);
    expect(inputs).toEqual([]);
    expect(errors).toEqual([
      { name: 'missing.html', reason: 'no such file or directory' },
      { name: '.', reason: 'a directory with no .html .htm .txt .md files' },
    ]);
  });
});
