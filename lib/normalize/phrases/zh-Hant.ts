/**
 * Traditional Chinese is read through the simplified tables (zh-Hans.ts):
 * each traditional character is folded onto its simplified one, one
 * character for one, so offsets in a folded sentence are offsets in the
 * original. "增長" matches 增长, "預期目標" 预期目标, "發佈時間" 发布时间.
 * The character pairs are one table for the whole engine, in
 * lib/detect/lexicon/script.ts; a linguist adds a pair there.
 */
export { foldTraditional } from '../../detect/lexicon/script';
