/** The hover card's chunk: injected into the page's isolated world on the first hover (utils/content-chunks.ts). */
import { provideChunk } from '@/utils/content-chunks';
import { cardUi } from '@/page/card-ui';

export default defineUnlistedScript(() => provideChunk('card', cardUi));
