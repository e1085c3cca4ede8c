import { describe, expect, it } from 'vitest';
import type { Figure } from '@/lib/figure';
import { WorkerCopy } from './worker-copy';

const figure = (id: string) => ({ id }) as Figure;
const URL = 'https://news.example.test/a';

describe('what the worker holds of the page', () => {
  it('each add and remove says how many figures the worker holds after it', () => {
    const copy = new WorkerCopy();
    expect(copy.add(URL, [figure('f0'), figure('f9')])?.held).toBe(2);
    expect(copy.remove(URL, ['f0'])).toEqual({ type: 'figures:remove', url: URL, ids: ['f0'], held: 1 });
    // A figure sent again after it moved (remove, then add) is one figure.
    expect(copy.add(URL, [figure('f9')])?.held).toBe(1);
    copy.reset();
    expect(copy.held).toBe(0);
  });

  it('nothing past the per-tab cap is sent; room freed by a remove is used again', () => {
    const copy = new WorkerCopy(3);
    expect(copy.add(URL, ['a', 'b', 'c', 'd'].map(figure))).toMatchObject({ figures: [{ id: 'a' }, { id: 'b' }, { id: 'c' }], held: 3 });
    expect(copy.add(URL, [figure('e')])).toBeNull();
    // A figure the worker holds can still be sent anew at the cap.
    expect(copy.add(URL, [figure('b')])).toMatchObject({ figures: [{ id: 'b' }], held: 3 });
    copy.remove(URL, ['a']);
    expect(copy.add(URL, [figure('e'), figure('f')])).toMatchObject({ figures: [{ id: 'e' }], held: 3 });
  });

  it('removing ids the worker never got sends nothing', () => {
    expect(new WorkerCopy().remove(URL, ['f1'])).toBeNull();
  });
});
