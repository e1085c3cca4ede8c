/** For tests: runs the scan CLI as a reader would, in its own process, through the bundle `npm run scan` runs. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SEED_HTML = join(ROOT, 'e2e/pages/seed-article.html');
export const FIXTURES = join(import.meta.dirname, 'fixtures');

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export function runScan(args: string[], stdin?: string | Buffer, cwd = ROOT): Promise<Ran> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [join(ROOT, 'scripts/scan-cli.mjs'), ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr.replace(/^scan: building the CLI.*\n/m, '') }),
    );
    if (stdin !== undefined) child.stdin!.end(stdin);
    else child.stdin!.end();
  });
}

/** `npm --prefix ROOT run --silent scan -- ARGS` from `cwd`, as someone outside the project would run it. */
export function runScanThroughNpm(args: string[], cwd: string): Promise<Ran> {
  return new Promise((resolve) => {
    execFile('npm', ['--prefix', ROOT, 'run', '--silent', 'scan', '--', ...args], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr.replace(/^scan: building the CLI.*\n/m, '') }),
    );
  });
}
