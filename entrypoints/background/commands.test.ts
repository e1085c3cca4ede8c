import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from './commands';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('keyboard commands', () => {
  it('forward to the tab as validated tab messages', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tab: number, message: unknown) => void sent.push(message)) as never;
    await runCommand('toggle-highlights', { id: 7 } as never);
    await runCommand('next-figure', { id: 7 } as never);
    await runCommand('previous-figure', { id: 7 } as never);
    await runCommand('unknown', { id: 7 } as never);
    expect(sent).toEqual([{ type: 'highlights:toggle' }, { type: 'figure:step', direction: 1 }, { type: 'figure:step', direction: -1 }]);
  });

  it('toggling on a page without FigureLens annotates it (the command granted activeTab)', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never;
    const injected: unknown[] = [];
    Object.assign(fakeBrowser.scripting, {
      executeScript: vi.fn(async (details: unknown) => (injected.push(details), [{ result: 'absent' }])),
      insertCSS: vi.fn(async () => undefined),
    });
    await runCommand('next-figure', { id: 3 } as never);
    expect(injected).toEqual([]);
    await runCommand('toggle-highlights', { id: 3 } as never);
    expect(injected).toEqual([
      expect.objectContaining({ target: { tabId: 3 }, args: ['__figurelens__'] }),
      { target: { tabId: 3 }, files: ['/content-scripts/content.js'] },
    ]);
  });
});
