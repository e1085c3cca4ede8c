import type { CurrencyCode } from '../../figure';

/**
 * Every currency the embedded rate table knows (and the pegged or unquoted
 * ones news writes often), by its names: one line per currency.
 *
 * - `en`: English names written after the amount, singular and plural ("4 million Swedish crowns").
 * - `zh`: Chinese names after the amount, in simplified characters (the traditional forms come from script.ts).
 * - `before`: signs and abbreviations written before the amount ("HK$", "$A", "RM", "Rp").
 * Each ISO code is also read before and after the amount ("USD 5 million", "5 million USD").
 * Family words that name no one currency ("dollars", "元", "$") live in en.ts, zh.ts and symbols.ts.
 */
export interface CurrencyNames {
  en: readonly string[];
  zh: readonly string[];
  before?: readonly string[];
  zhBefore?: readonly string[];
}

export const CURRENCIES: Readonly<Record<CurrencyCode, CurrencyNames>> = {
  EUR: { en: ['euro', 'euros'], zh: ['欧元'] },
  USD: { en: ['US dollar', 'US dollars', 'U.S. dollar', 'U.S. dollars', 'American dollars'], zh: ['美元', '美金'], before: ['US$', 'US $', 'U.S.$', 'U.S. $', '$US', 'USD$', 'USD $'] },
  JPY: { en: ['yen', 'Japanese yen'], zh: ['日元', '日圆', '円'] },
  BGN: { en: ['lev', 'leva', 'Bulgarian lev', 'Bulgarian leva'], zh: ['保加利亚列弗', '列弗'] },
  CYP: { en: ['Cyprus pound', 'Cyprus pounds', 'Cypriot pounds'], zh: ['塞浦路斯镑'] },
  CZK: { en: ['koruna', 'korunas', 'koruny', 'Czech crown', 'Czech crowns', 'Czech koruna'], zh: ['捷克克朗'] },
  DKK: { en: ['Danish krone', 'Danish kroner', 'Danish crown', 'Danish crowns'], zh: ['丹麦克朗'] },
  EEK: { en: ['kroon', 'kroons', 'Estonian kroon', 'Estonian kroons'], zh: ['爱沙尼亚克朗'] },
  GBP: { en: ['pound sterling', 'pounds sterling', 'sterling', 'British pound', 'British pounds'], zh: ['英镑'] },
  HUF: { en: ['forint', 'forints', 'Hungarian forint', 'Hungarian forints'], zh: ['匈牙利福林', '福林'] },
  LTL: { en: ['litas', 'litai', 'Lithuanian litas'], zh: ['立陶宛立特'] },
  LVL: { en: ['lats', 'lati', 'Latvian lats'], zh: ['拉脱维亚拉特'] },
  MTL: { en: ['Maltese lira', 'Maltese liri'], zh: ['马耳他里拉'] },
  PLN: { en: ['zloty', 'zlotys', 'zlotych', 'zloties', 'Polish zloty', 'Polish zlotys'], zh: ['波兰兹罗提', '兹罗提'], before: ['zł'] },
  ROL: { en: ['old lei'], zh: [] },
  RON: { en: ['leu', 'lei', 'Romanian leu', 'Romanian lei'], zh: ['罗马尼亚列伊', '列伊'] },
  SEK: { en: ['Swedish krona', 'Swedish kronor', 'Swedish crown', 'Swedish crowns'], zh: ['瑞典克朗'] },
  SIT: { en: ['tolar', 'tolars', 'tolarjev', 'Slovenian tolars'], zh: ['斯洛文尼亚托拉尔'] },
  SKK: { en: ['Slovak koruna', 'Slovak korunas', 'Slovak crowns'], zh: ['斯洛伐克克朗'] },
  CHF: { en: ['Swiss franc', 'Swiss francs'], zh: ['瑞士法郎'] },
  ISK: { en: ['Icelandic krona', 'Icelandic kronur', 'Icelandic crowns'], zh: ['冰岛克朗'] },
  NOK: { en: ['Norwegian krone', 'Norwegian kroner', 'Norwegian crown', 'Norwegian crowns'], zh: ['挪威克朗'] },
  HRK: { en: ['kuna', 'kunas', 'kune', 'Croatian kuna', 'Croatian kunas'], zh: ['克罗地亚库纳', '库纳'] },
  RUB: { en: ['rouble', 'roubles', 'ruble', 'rubles', 'Russian roubles', 'Russian rubles'], zh: ['卢布'] },
  TRL: { en: ['old Turkish lira'], zh: [] },
  TRY: { en: ['lira', 'liras', 'Turkish lira', 'Turkish liras'], zh: ['土耳其里拉', '里拉'] },
  AUD: { en: ['Australian dollar', 'Australian dollars', 'Aussie dollars'], zh: ['澳元', '澳大利亚元', '澳币'], before: ['A$', 'AU$', 'A $', '$A', 'AUD$'] },
  BRL: { en: ['reais', 'reals', 'Brazilian real', 'Brazilian reais'], zh: ['巴西雷亚尔', '雷亚尔'], before: ['R$', 'R $'] },
  CAD: { en: ['Canadian dollar', 'Canadian dollars'], zh: ['加元', '加拿大元', '加币'], before: ['C$', 'CA$', 'C $', '$C', 'CAD$'] },
  CNY: { en: ['yuan', 'Chinese yuan', 'renminbi', 'RMB', 'Rmb'], zh: ['人民币', '元人民币'], before: ['RMB', 'Rmb'], zhBefore: ['人民币'] },
  HKD: { en: ['Hong Kong dollar', 'Hong Kong dollars', 'HK dollar', 'HK dollars'], zh: ['港元', '港币'], before: ['HK$', 'HK $', 'HKD$', 'HKD $'], zhBefore: ['港币', '港元'] },
  IDR: { en: ['rupiah', 'rupiahs', 'Indonesian rupiah'], zh: ['印尼盾', '印度尼西亚卢比'], before: ['Rp', 'Rp.'] },
  ILS: { en: ['shekel', 'shekels', 'new shekels', 'Israeli shekels', 'new Israeli shekels'], zh: ['以色列新谢克尔', '新谢克尔', '谢克尔'], before: ['NIS', '₪'] },
  INR: { en: ['rupee', 'rupees', 'Indian rupee', 'Indian rupees'], zh: ['卢比', '印度卢比'], before: ['Rs', 'Rs.'] },
  KRW: { en: ['won', 'South Korean won', 'Korean won'], zh: ['韩元'] },
  MXN: { en: ['Mexican peso', 'Mexican pesos'], zh: ['墨西哥比索'], before: ['MX$', 'Mex$'] },
  MYR: { en: ['ringgit', 'ringgits', 'Malaysian ringgit'], zh: ['林吉特', '马来西亚林吉特', '令吉'], before: ['RM'] },
  NZD: { en: ['New Zealand dollar', 'New Zealand dollars', 'NZ dollars'], zh: ['新西兰元', '纽元', '纽西兰元'], before: ['NZ$', 'NZ $', '$NZ'] },
  PHP: { en: ['Philippine peso', 'Philippine pesos'], zh: ['菲律宾比索'], before: ['₱'] },
  SGD: { en: ['Singapore dollar', 'Singapore dollars', 'Sing dollars'], zh: ['新加坡元', '新元', '新币'], before: ['S$', 'S $', 'SGD$'] },
  THB: { en: ['baht', 'Thai baht'], zh: ['泰铢'] },
  ZAR: { en: ['rand', 'rands', 'South African rand'], zh: ['南非兰特', '兰特'] },
  TWD: { en: ['New Taiwan dollar', 'New Taiwan dollars', 'Taiwan dollars', 'NT dollars'], zh: ['新台币', '台币', '新臺幣', '臺幣'], before: ['NT$', 'NT $', 'NTD'], zhBefore: ['新台币', '新臺幣'] },
  MOP: { en: ['pataca', 'patacas'], zh: ['澳门元', '澳门币'], before: ['MOP$'], zhBefore: ['澳门币', '澳门元'] },
  AED: { en: ['dirham', 'dirhams'], zh: ['迪拉姆'] },
};

type Side = 'en' | 'zh' | 'before' | 'zhBefore';

/** One side of the table as lexicon keys, with each ISO code on the English sides. */
export function currencyWords(side: Side): Record<string, CurrencyCode> {
  const out: Record<string, CurrencyCode> = {};
  for (const [code, names] of Object.entries(CURRENCIES)) {
    if (side === 'en' || side === 'before') out[code] = code;
    for (const name of names[side] ?? []) out[name] = code;
  }
  return out;
}
