/**
 * Bytes → text as a browser would read them. A Chinese site (or `curl` of one)
 * hands over GBK, GB18030 or Big5 as often as UTF-8, and reading those bytes
 * as UTF-8 turns every figure's sentence into U+FFFD. So: a byte-order mark
 * first, then (HTML only) the charset the page declares in its first bytes
 * (`<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`),
 * else UTF-8. Decoding is strict: input that is not valid in its encoding is
 * an error that says so, never text with replacement characters.
 */

export type Decoded =
  | { ok: true; text: string; charset: string; from: 'bom' | 'meta' | 'default' }
  | { ok: false; reason: string };

const BOMS: [bytes: number[], charset: string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

// The HTML standard prescans 1,024 bytes; real pages put a long comment or a
// script before their <meta>, so a little more is read (still only the head).
const PRESCAN_BYTES = 4096;

function bomCharset(bytes: Uint8Array): string | undefined {
  return BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b))?.[1];
}

/** The charset an HTML page declares in its first bytes, lower-cased, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const [meta] of head.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta);
    if (direct) return direct[1]!.toLowerCase();
  }
  return undefined;
}

function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset, { fatal: true, ignoreBOM: false });
  } catch {
    return undefined;
  }
}

export function decodeBytes(bytes: Uint8Array, html: boolean): Decoded {
  const bom = bomCharset(bytes);
  let declared = bom ? undefined : html ? declaredCharset(bytes) : undefined;
  // A page cannot declare UTF-16 in an ASCII <meta>: browsers read it as UTF-8.
  if (declared?.startsWith('utf-16')) declared = 'utf-8';
  const charset = bom ?? declared ?? 'utf-8';
  const decoder = decoderFor(charset);
  if (!decoder) return { ok: false, reason: `unknown charset "${charset}" declared in <meta>` };
  try {
    return { ok: true, text: decoder.decode(bytes), charset: decoder.encoding, from: bom ? 'bom' : declared ? 'meta' : 'default' };
  } catch {
    const name = decoder.encoding.toUpperCase();
    if (bom) return { ok: false, reason: `not valid ${name} text, though it starts with a ${name} byte-order mark` };
    if (declared) return { ok: false, reason: `not valid ${name} text, the charset its <meta> declares (damaged, or mislabelled)` };
    return {
      ok: false,
      reason: `not valid UTF-8 text and no charset is declared${html ? ' (add <meta charset=…>)' : ''}; convert it, e.g. iconv -f GBK -t UTF-8`,
    };
  }
}
