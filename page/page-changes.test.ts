// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PENDING_RECORDS, PageChanges } from './page-changes';

/** Timers the test runs by hand: the batch goes out when the test says the delay is over. */
function manualTimers() {
  const due: Array<() => void> = [];
  return { schedule: (run: () => void) => void due.push(run), fire: () => due.splice(0).forEach((run) => run()) };
}

/** Lets the observer deliver what the page did (a microtask). */
const delivered = () => new Promise((resolve) => setTimeout(resolve, 0));

const started: PageChanges[] = [];

function watching(onBatch: (records: MutationRecord[] | null) => void) {
  const timers = manualTimers();
  const changes = new PageChanges(onBatch, timers.schedule);
  started.push(changes);
  changes.watch(document);
  return { changes, fire: timers.fire };
}

afterEach(() => {
  for (const changes of started.splice(0)) changes.stop();
  document.body.replaceChildren();
});

describe('the page’s changes, batched', () => {
  it('everything until the delay is over goes out as one batch', async () => {
    const batches: Array<MutationRecord[] | null> = [];
    const { fire } = watching((b) => batches.push(b));
    const p = document.body.appendChild(document.createElement('p'));
    p.textContent = 'a';
    p.textContent = 'b';
    await delivered();
    fire();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.length).toBeGreaterThanOrEqual(3);
  });

  it('more records than are worth keeping become one "read it all" batch (null), holding none of them', async () => {
    const batches: Array<MutationRecord[] | null> = [];
    const { fire } = watching((b) => batches.push(b));
    const p = document.body.appendChild(document.createElement('p'));
    for (let i = 0; i <= MAX_PENDING_RECORDS; i++) p.textContent = String(i);
    await delivered();
    fire();
    expect(batches).toEqual([null]);
    // And the next batch is an ordinary one again.
    p.textContent = 'again';
    await delivered();
    fire();
    expect(batches[1]).toHaveLength(2);
  });

  it('shadow roots whose hosts left the page are let go and no longer watched', async () => {
    const batches: Array<MutationRecord[] | null> = [];
    const { changes, fire } = watching((b) => batches.push(b));
    const host = document.body.appendChild(document.createElement('x-card'));
    const shadow = host.attachShadow({ mode: 'open' });
    changes.watch(shadow);
    changes.watch(shadow);
    expect(changes.shadowRoots()).toEqual([shadow]);
    await delivered();
    fire();
    host.remove();
    await delivered();
    fire();
    expect(changes.shadowRoots()).toEqual([]);
    const before = batches.length;
    shadow.append('5 percent');
    await delivered();
    fire();
    expect(batches.length).toBe(before);
    // The document is still watched.
    document.body.append('6 percent');
    await delivered();
    fire();
    expect(batches.length).toBe(before + 1);
  });

  it('our own DOM changes, made quietly, are not the page’s; what the page did just before is kept', async () => {
    const batches: Array<MutationRecord[] | null> = [];
    const { changes, fire } = watching((b) => batches.push(b));
    document.body.append('page');
    changes.quietly(() => document.body.append(document.createElement('figurelens-mark')));
    await delivered();
    fire();
    expect(batches.flatMap((b) => b ?? []).flatMap((r) => [...r.addedNodes]).map((n) => n.nodeName)).toEqual(['#text']);
  });
});
