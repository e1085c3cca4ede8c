/**
 * An IntersectionObserver that reports as a browser's does, for tests in
 * happy-dom (whose observer is a stub that never calls back): every target
 * gets a first report soon after observe(), near when its box is within the
 * observer's margin of the viewport. happy-dom lays nothing out, so every box
 * is empty, which the paint window reads as "cannot be judged: paint it".
 */
export class ReportingObserver {
  private readonly targets = new Set<Element>();
  constructor(private readonly callback: (entries: IntersectionObserverEntry[], observer: unknown) => void) {}

  observe(target: Element): void {
    this.targets.add(target);
    queueMicrotask(() => {
      if (!this.targets.has(target)) return;
      const rect = target.getBoundingClientRect();
      const height = target.ownerDocument.defaultView?.innerHeight ?? 0;
      const entry = { target, boundingClientRect: rect, isIntersecting: rect.bottom >= -height && rect.top <= 2 * height };
      this.callback([entry as unknown as IntersectionObserverEntry], this);
    });
  }
  unobserve(target: Element): void {
    this.targets.delete(target);
  }
  disconnect(): void {
    this.targets.clear();
  }
  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}
