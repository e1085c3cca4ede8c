/**
 * One Chinese lexicon, both scripts: every key of the zh tables is written
 * once, in simplified characters, and also matches in traditional ones
 * (億, 萬, 個百分點, 港幣, 澳門元) — a Hong Kong or Taiwan page reads like a
 * mainland one. A linguist adds a character pair here, never a second key.
 *
 * Pairs are simplified then traditional. Only characters the lexicons use
 * need to be here; one with two traditional forms (台/臺) keeps the common
 * one and the rare form is written as its own key.
 */
const PAIRS =
  '亿億万萬个個点點币幣门門韩韓镑鎊欧歐兰蘭纽紐卢盧铢銖约約过過于於将將两兩贰貳陆陸叁參' +
  '辆輛项項条條张張间間笔筆种種类類场場颗顆处處册冊只隻头頭岁歲届屆层層钟鐘时時吨噸亩畝' +
  '标標准準计計达達级級数數楼樓际際长長环環预預为為实實现現总總产產货貨贸貿进進额額亏虧' +
  '损損涨漲减減与與余餘强強周週号號纳納顷頃户戶亚亞圆圓宾賓兹茲罗羅尔爾库庫岛島麦麥马馬' +
  '来來从從当當负負爱愛脱脫维維谢謝里裏双雙动動车車电電气氣发發务務业業场場营營润潤资資补補贴貼税稅费費';

const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  if (PAIRS[i] !== PAIRS[i + 1]) TRADITIONAL.set(PAIRS[i]!, PAIRS[i + 1]!);
}

/** The traditional form of a simplified word ("个百分点" → "個百分點"); the word itself when nothing changes. */
export function toTraditional(word: string): string {
  let out = '';
  for (const ch of word) out += TRADITIONAL.get(ch) ?? ch;
  return out;
}

/** The keys of a table and their traditional forms. */
export function keysInBothScripts(keys: readonly string[]): string[] {
  const out = new Set(keys);
  for (const k of keys) out.add(toTraditional(k));
  return [...out];
}

/** A table whose keys also match in traditional characters; a key written in both keeps its own value. */
export function recordInBothScripts<T>(table: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(table)) {
    const t = toTraditional(k);
    if (!(t in table)) out[t] = v;
  }
  return { ...out, ...table };
}
