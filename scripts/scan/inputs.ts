/**
 * What the scan CLI's arguments name: files, directories (walked for the
 * kinds of file it reads) and "-" for standard input, with paths resolved
 * from the folder the user ran the command in.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';

/** The file kinds a directory is searched for; a file named on the command line is read whatever it is called. */
export const SCANNED_EXTENSIONS = ['.html', '.htm', '.txt', '.md'];

export interface Input {
  /** As the user named it (a directory's files as DIR/relative/path); "-" for stdin. */
  name: string;
  /** Absolute path, or "-". */
  path: string;
}

export interface Expanded {
  inputs: Input[];
  /** One line per directory that held files not scanned, for stderr. */
  skipped: string[];
  /** Arguments that name nothing readable, with the reason. */
  errors: { name: string; reason: string }[];
}

/**
 * The folder relative paths are resolved from. Under `npm run scan` the
 * process runs in the project folder (or `npm --prefix DIR`'s), and npm puts
 * the user's own folder in INIT_CWD. INIT_CWD is only trusted when npm is
 * running this very script: a test or tool started from another npm script
 * inherits that script's INIT_CWD, which is not where it runs the CLI.
 */
export function baseDir(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.npm_lifecycle_event === 'scan' && env.INIT_CWD ? env.INIT_CWD : cwd;
}

const scanned = (name: string) => SCANNED_EXTENSIONS.includes(extname(name).toLowerCase());

async function walk(dir: string, shown: string, out: Expanded): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const skipped: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const name = join(shown, entry.name);
    if (entry.isDirectory()) await walk(path, name, out);
    else if (entry.isFile() && scanned(entry.name)) out.inputs.push({ name, path });
    // Symbolic links are not followed: a link back up the tree would never end.
    else skipped.push(entry.isSymbolicLink() ? `${entry.name} (a link)` : entry.name);
  }
  if (skipped.length > 0) {
    const list = skipped.length > 5 ? `${skipped.slice(0, 5).join(', ')} and ${skipped.length - 5} more` : skipped.join(', ');
    out.skipped.push(`scan: skipped ${skipped.length} file${skipped.length === 1 ? '' : 's'} in ${shown} (only ${SCANNED_EXTENSIONS.join(' ')} are scanned in a directory): ${list}`);
  }
}

/** The inputs the arguments name, in order; a directory's files in name order. */
export async function expandInputs(args: readonly string[], base: string): Promise<Expanded> {
  const out: Expanded = { inputs: [], skipped: [], errors: [] };
  for (const name of args) {
    if (name === '-') {
      out.inputs.push({ name, path: '-' });
      continue;
    }
    const path = isAbsolute(name) ? name : resolve(base, name);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      out.errors.push({ name, reason: info.code === 'ENOENT' ? 'no such file or directory' : info.message });
    } else if (info.isDirectory()) {
      const before = out.inputs.length;
      await walk(path, name, out);
      if (out.inputs.length === before) out.errors.push({ name, reason: `a directory with no ${SCANNED_EXTENSIONS.join(' ')} files` });
    } else out.inputs.push({ name, path });
  }
  return out;
}
