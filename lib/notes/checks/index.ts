/**
 * The article checked against itself: each check is a note rule, flagged
 * when the page's own figures disagree beyond what their rounding allows,
 * and a quiet "checks out" (not flagged) when a statement invites the check
 * and passes it.
 */
import type { NoteType } from '../../figure';
import type { NoteRule } from '../context';
import { balanceOfFlows } from './balance';
import { conversionRates } from './conversion-rates';
import { multiple } from './multiple';
import { partsTotal } from './parts-total';
import { percentPoints } from './percent-points';
import { rateLevels } from './rate-levels';
import { sharePartTotal } from './share-part-total';
import { tableTotal } from './table-total';

export const CHECK_RULES: readonly NoteRule[] = [partsTotal, balanceOfFlows, rateLevels, sharePartTotal, percentPoints, multiple, conversionRates, tableTotal];

/** The note types the check rules write. */
export const CHECK_RULE_TYPES: readonly NoteType[] = ['parts-total', 'rate-levels', 'share-part-total', 'percent-points', 'multiple', 'conversion-rates'];

/** The notes the popup's "Checks" group shows when flagged: the article's own arithmetic, and its conversions against the ECB rate. */
export const CHECK_TYPES: readonly NoteType[] = [...CHECK_RULE_TYPES, 'conversion-check'];
