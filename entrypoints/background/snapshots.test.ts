import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Figure, PageInfo } from '@/lib/figure';
import { encodeSnapshot, utf8Bytes } from '@/lib/tab-snapshot';
import { SEED_PAGE, seedDetected } from '@/components/fixtures.test-helper';
import type { TabPointer } from '@/utils/tab-snapshot-key';
import { snapshotStore } from './snapshots';

const pageOf = (tabId: number): PageInfo => ({ ...SEED_PAGE, url: `${SEED_PAGE.url}?tab=${tabId}` });
const figures = seedDetected();
/** What one tab of the seed's figures costs, with its key. */
const oneTab = utf8Bytes(encodeSnapshot(pageOf(1), figures)) + 'tab:1:1'.length;
const keys = async () => Object.keys(await fakeBrowser.storage.session.get(null)).sort();
const pointer = async (tabId: number) => (await fakeBrowser.storage.session.get(`tab:${tabId}`))[`tab:${tabId}`] as TabPointer;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('session snapshots', () => {
  it('give a tab back after a restart, and keep one generation in force', async () => {
    const store = snapshotStore();
    await store.write(1, pageOf(1), figures.slice(0, 3), 3);
    await store.write(1, pageOf(1), figures, 9);
    expect(await keys()).toEqual(['tab:1', 'tab:1:2', 'tabs']);
    expect(await pointer(1)).toEqual({ gen: 2, page: pageOf(1), count: 9, held: 9 });
    expect(await snapshotStore().read(1)).toEqual({ page: pageOf(1), figures, held: 9 });
  });

  it('never leave a partial snapshot: a write that fails keeps the generation before in force', async () => {
    const store = snapshotStore();
    await store.write(1, pageOf(1), figures.slice(0, 3), 3);
    const set = fakeBrowser.storage.session.set.bind(fakeBrowser.storage.session);
    const spy = vi.spyOn(fakeBrowser.storage.session, 'set').mockImplementation(async (items) => {
      if ('tab:1' in items) throw new Error('Session storage quota bytes exceeded');
      return set(items);
    });
    await store.write(1, pageOf(1), figures, 9);
    spy.mockRestore();
    expect(await keys()).toEqual(['tab:1', 'tab:1:1', 'tabs']);
    expect(await snapshotStore().read(1)).toEqual({ page: pageOf(1), figures: figures.slice(0, 3), held: 3 });
  });

  it('keep the least recently used tab to its page first when the total budget is reached', async () => {
    let clock = 0;
    const store = snapshotStore({ perTab: 10 * oneTab, total: 2.5 * oneTab, transient: 10 * oneTab }, () => ++clock);
    await store.write(1, pageOf(1), figures, 9);
    await store.write(2, pageOf(2), figures, 9);
    store.touch(1);
    await store.write(3, pageOf(3), figures, 9);
    const restarted = snapshotStore();
    expect((await restarted.read(1))?.figures).toHaveLength(9);
    expect(await restarted.read(2)).toEqual({ page: pageOf(2), figures: [], held: 9 });
    expect((await restarted.read(3))?.figures).toHaveLength(9);
    expect(await keys()).toEqual(['tab:1', 'tab:1:1', 'tab:2', 'tab:3', 'tab:3:1', 'tabs']);
  });

  it('count the old generation while a tab is rewritten (the transient budget)', async () => {
    let clock = 0;
    const store = snapshotStore({ perTab: 10 * oneTab, total: 10 * oneTab, transient: 2.5 * oneTab }, () => ++clock);
    await store.write(1, pageOf(1), figures, 9);
    await store.write(2, pageOf(2), figures, 9);
    // Rewriting tab 2 needs its old and new generation side by side: tab 1 gives way.
    await store.write(2, pageOf(2), figures, 9);
    expect((await snapshotStore().read(1))?.figures).toEqual([]);
    expect((await snapshotStore().read(2))?.figures).toHaveLength(9);
  });

  it('keep only the page of a tab over the per-tab budget, with how many figures it held', async () => {
    const store = snapshotStore({ perTab: oneTab - 1, total: 10 * oneTab, transient: 10 * oneTab });
    await store.write(1, pageOf(1), figures, 9);
    expect(await pointer(1)).toEqual({ gen: null, page: pageOf(1), count: 0, held: 9 });
    expect(await snapshotStore().read(1)).toEqual({ page: pageOf(1), figures: [], held: 9 });
  });

  it('forget a closed tab entirely', async () => {
    const store = snapshotStore();
    await store.write(1, pageOf(1), figures, 9);
    await store.write(2, pageOf(2), figures as Figure[], 9);
    await store.forget(1);
    expect(await keys()).toEqual(['tab:2', 'tab:2:1', 'tabs']);
    expect(await snapshotStore().read(1)).toBeNull();
  });
});
