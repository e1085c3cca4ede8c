/**
 * The in-page engine's chunk: injected at document idle on a site that runs
 * (utils/content-chunks.ts); the document_start script hands it the
 * settings it read and its lifetime.
 */
import { provideChunk } from '@/utils/content-chunks';
import { startPageSession } from './content/page-session';

export default defineUnlistedScript(() => provideChunk('engine', { startPageSession }));
