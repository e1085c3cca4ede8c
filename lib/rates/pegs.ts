/**
 * Fixed exchange rates that stand in for a missing ECB rate. Each is a public
 * commitment of a currency board, cited in the conversion's source. The
 * Hong Kong dollar itself has ECB rates, so only the pataca needs its peg.
 */
import type { CurrencyCode } from '../figure';
import type { TextLang } from '../format';

interface Peg {
  anchor: CurrencyCode;
  perAnchor: number;
  citation: Record<TextLang, string>;
}

export const PEGS: Readonly<Record<CurrencyCode, Peg>> = {
  MOP: {
    anchor: 'HKD',
    perAnchor: 1.03,
    citation: {
      en: 'MOP via its peg of MOP 1.03 per HKD (Monetary Authority of Macao currency board)',
      zh: '澳门元按其联系汇率换算：1港元兑1.03澳门元（澳门金融管理局货币局制度）',
    },
  },
};
