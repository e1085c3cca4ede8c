/**
 * `runtime.sendMessage` for tests of the content script: engine messages are
 * answered by the engine and a highlight switch is stored, as the worker's
 * router does (router.ts); everything else is handed to `record`.
 */
import type { ContentMessage } from '@/lib/messages';
import type { EngineMessage } from '@/lib/page-engine/protocol';
import { EngineReads } from '@/lib/page-engine/reads';
import { withHighlights } from '@/lib/settings';
import { updateSettings } from '@/utils/settings';

export function workerLike(record: (message: ContentMessage) => void): (message: ContentMessage | EngineMessage) => Promise<unknown> {
  const engine = new EngineReads();
  return async (message) => {
    if (message.type === 'engine:read' || message.type === 'engine:date') return structuredClone(engine.answer(1, structuredClone(message)));
    if (message.type === 'settings:highlights') return updateSettings((s) => withHighlights(s, message.site, message.on)).then(() => ({ ok: true }));
    record(message);
    return undefined;
  };
}
