/**
 * The article checked against itself: each check is a note rule, flagged
 * when the page's own figures disagree beyond what their rounding allows,
 * and a quiet "checks out" (not flagged) when a statement invites the check
 * and passes it.
 */
import type { NoteType } from '../../figure';
import type { NoteRule } from '../context';
import { conversionRates } from './conversion-rates';
import { multiple } from './multiple';
import { partsTotal } from './parts-total';
import { percentPoints } from './percent-points';
import { rateLevels } from './rate-levels';
import { sharePartTotal } from './share-part-total';

export const CHECK_RULES: readonly NoteRule[] = [partsTotal, rateLevels, sharePartTotal, percentPoints, multiple, conversionRates];

/** The note types the checks write; the popup's "Checks" group shows the flagged ones (with conversion-check's). */
export const CHECK_TYPES: readonly NoteType[] = ['parts-total', 'rate-levels', 'share-part-total', 'percent-points', 'multiple', 'conversion-rates', 'conversion-check'];
