/** User-timing marks: when the script woke at document idle, and when the page's figures were all painted. */
export const MARK_IDLE = 'figurelens:idle';
export const MARK_HIGHLIGHTED = 'figurelens:highlighted';

export function mark(name: string, detail?: unknown): void {
  try {
    performance.clearMarks(name);
    performance.mark(name, { detail });
  } catch {
    // Marks are for measuring; a page that replaced `performance` loses them, nothing else.
  }
}
