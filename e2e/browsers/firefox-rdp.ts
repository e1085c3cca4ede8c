/**
 * A small client of Firefox's Remote Debugging Protocol (the one about:debugging
 * speaks, on `--start-debugger-server PORT`). WebDriver BiDi skips
 * moz-extension:// documents (bug 1755014), so the background page and the
 * popup tab are reached through this protocol instead.
 *
 * Packets are `LENGTH:JSON`. Each actor answers its requests in order, so
 * replies are matched per actor; packets with a `type` of their own are events.
 */
import { connect, type Socket } from 'node:net';

type Packet = Record<string, unknown> & { from?: string; type?: string; error?: string; message?: string };
type Listener = (packet: Packet) => void;

/** Events the actors send unasked (not replies). */
const EVENT_TYPES = new Set(['evaluationResult', 'target-available-form', 'target-destroyed-form', 'resources-available-array', 'tabNavigated', 'frameUpdate']);

export interface RdpTarget {
  actor: string;
  url: string;
  consoleActor: string;
}

export class RdpClient {
  private buffer = Buffer.alloc(0);
  private pending = new Map<string, Array<{ ok: (p: Packet) => void; fail: (e: Error) => void }>>();
  private listeners = new Set<Listener>();

  private constructor(private socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.read(chunk));
  }

  /** Connects, retrying while Firefox starts its debugger server. */
  static async connect(port: number, timeoutMs = 20_000): Promise<RdpClient> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      try {
        return await new Promise<RdpClient>((ok, fail) => {
          const socket = connect(port, '127.0.0.1');
          socket.once('error', fail);
          const client = new RdpClient(socket);
          // The server greets with the root actor's hello.
          client.listeners.add(function hello(p) {
            if (p.from !== 'root') return;
            client.listeners.delete(hello);
            socket.off('error', fail);
            socket.on('error', () => undefined);
            ok(client);
          });
        });
      } catch (error) {
        if (Date.now() > until) throw new Error(`no Firefox debugger server on port ${port}: ${String(error)}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(0x3a);
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Packet;
      this.buffer = this.buffer.subarray(colon + 1 + length);
      this.dispatch(packet);
    }
  }

  private dispatch(packet: Packet): void {
    // RDP_DEBUG=1 prints every packet: the protocol's errors are otherwise silent.
    if (process.env.RDP_DEBUG) console.info('rdp <', JSON.stringify(packet).slice(0, 300));
    for (const listener of [...this.listeners]) listener(packet);
    if (packet.type && EVENT_TYPES.has(packet.type)) return;
    const waiting = this.pending.get(packet.from ?? '')?.shift();
    if (!waiting) return;
    if (packet.error) waiting.fail(new Error(`${packet.from}: ${packet.error} ${packet.message ?? ''}`));
    else waiting.ok(packet);
  }

  request(to: string, type: string, body: Record<string, unknown> = {}): Promise<Packet> {
    return new Promise((ok, fail) => {
      const queue = this.pending.get(to) ?? [];
      queue.push({ ok, fail });
      this.pending.set(to, queue);
      const json = Buffer.from(JSON.stringify({ to, type, ...body }), 'utf8');
      this.socket.write(`${json.length}:`);
      this.socket.write(json);
    });
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The add-on's actor form (root.listAddons), by its id. */
  async addon(id: string): Promise<Packet & { actor: string; manifestURL: string }> {
    const { addons } = (await this.request('root', 'listAddons')) as { addons: Array<Packet & { id: string; actor: string; manifestURL: string }> };
    const addon = addons.find((a) => a.id === id);
    if (!addon) throw new Error(`add-on ${id} is not installed`);
    return addon;
  }

  /** The add-on's documents, kept current by one watcher (unwatching would destroy their actors). */
  private frames?: Promise<Map<string, RdpTarget>>;

  private watchFrames(addonActor: string): Promise<Map<string, RdpTarget>> {
    this.frames ??= (async () => {
      const targets = new Map<string, RdpTarget>();
      const watcher = (await this.request(addonActor, 'getWatcher')) as Packet & { actor: string };
      this.on((p) => {
        if (p.from !== watcher.actor) return;
        const target = p.target as RdpTarget | undefined;
        if (p.type === 'target-available-form' && target) targets.set(target.actor, target);
        if (p.type === 'target-destroyed-form' && target) targets.delete(target.actor);
      });
      await this.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
      return targets;
    })();
    return this.frames;
  }

  /**
   * The add-on's document whose URL passes `test` (the background page, a
   * popup tab), waiting up to `timeoutMs` for one to appear.
   */
  async extensionFrame(addonActor: string, test: (url: string) => boolean, timeoutMs = 15_000): Promise<RdpTarget> {
    const targets = await this.watchFrames(addonActor);
    const until = Date.now() + timeoutMs;
    for (;;) {
      const hit = [...targets.values()].find((t) => test(t.url));
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no extension frame matched; saw ${[...targets.values()].map((t) => t.url).join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Evaluates `source` (an expression; a promise is awaited) in a document and
   * returns its JSON-serialised value. The result event can arrive before the
   * reply that names it, so the listener is in place first.
   */
  async evaluate<T>(consoleActor: string, source: string, timeoutMs = 30_000): Promise<T> {
    const results = new Map<string, Packet>();
    let wanted: string | undefined;
    let done: ((p: Packet) => void) | undefined;
    const stop = this.on((p) => {
      if (p.type !== 'evaluationResult' || p.from !== consoleActor) return;
      results.set(String(p.resultID), p);
      if (done && p.resultID === wanted) done(p);
    });
    try {
      const text = `(async () => JSON.stringify(await (${source})))()`;
      const reply = await this.request(consoleActor, 'evaluateJSAsync', { text, mapped: { await: true }, eager: false });
      wanted = String(reply.resultID);
      const result =
        results.get(wanted) ??
        (await new Promise<Packet>((ok, fail) => {
          done = ok;
          setTimeout(() => fail(new Error(`evaluation timed out after ${timeoutMs} ms: ${source.slice(0, 200)}`)), timeoutMs);
        }));
      if (result.exceptionMessage || result.exception) {
        throw new Error(`in the extension: ${String(result.exceptionMessage ?? JSON.stringify(result.exception))}`);
      }
      const json = await this.stringOf(result.result);
      return (json === undefined ? undefined : JSON.parse(json)) as T;
    } finally {
      stop();
    }
  }

  /** A string grip's value; long strings are actors to read in full. */
  private async stringOf(grip: unknown): Promise<string | undefined> {
    if (typeof grip === 'string') return grip;
    const g = grip as { type?: string; actor?: string; length?: number } | null;
    if (g?.type === 'longString' && g.actor) {
      const { substring } = (await this.request(g.actor, 'substring', { start: 0, end: g.length })) as { substring: string };
      return substring;
    }
    return undefined;
  }

  close(): void {
    this.socket.destroy();
  }
}
