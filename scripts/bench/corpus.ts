/**
 * A deterministic news-style corpus for the benchmark: articles in English
 * and Chinese whose paragraphs mix the labelled sentences (figures) with
 * prose that has none, at about the density of real economic news, plus the
 * seed page with its menu and footer now and then.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../../lib/figure';
import { labelled } from '@/lib/detect/labelled';

const PROSE: Record<Lang, string[]> = {
  en: [
    'Officials said the measures would be rolled out gradually across the province.',
    'The announcement came as policymakers sought to shore up confidence among private businesses.',
    '"We remain determined to open wider to the world," the governor told reporters after the meeting.',
    'Analysts said the data pointed to a modest recovery in domestic demand, although risks remained.',
    'The ministry did not give a timetable for the new rules, which are still being drafted.',
    'Investors will be watching for further details at the annual legislative session in March.',
    'The company said it would continue to invest in research and development despite weaker margins.',
    'Local governments have been urged to speed up the construction of major infrastructure projects.',
    'Exporters have been diversifying into markets in Southeast Asia, the Middle East and Latin America.',
    'The central bank said it would keep liquidity reasonably ample and guide financing costs lower.',
    'Shares of property developers rallied on hopes of further support from Beijing.',
    'The Greater Bay Area brings together Hong Kong, Macao and nine cities in Guangdong province.',
    'Consumers have grown more cautious, favouring services and travel over big-ticket purchases.',
    'The report highlighted the role of new energy vehicles, lithium batteries and solar products in exports.',
    'A spokesman for the commission declined to comment on the investigation.',
    'The reforms are intended to make it easier for foreign firms to operate in the country.',
    'Economists at several banks raised their forecasts after the better-than-expected figures.',
    'Trade tensions and a slowing global economy continue to weigh on the outlook.',
    'The province will also support small and medium-sized enterprises with targeted loans.',
    'Guangzhou and Shenzhen have both announced plans to attract more high-end talent.',
    'The meeting was chaired by the vice-premier and attended by the heads of major state-owned banks.',
    'Wang said the government would focus on stabilising employment and boosting consumption.',
    'The results were released on Tuesday after the market closed.',
    'Manufacturers reported stronger orders from overseas, particularly for electronics.',
    'Critics say the policy does little to address the underlying weakness in household income.',
    'The low-altitude economy has also gained traction, attracting industrial chain enterprises.',
    'New measures in science and technology finance were introduced last year, Wang noted.',
    'The port city has become a hub for cross-border e-commerce and logistics.',
  ],
  zh: [
    '会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。',
    '有关负责人表示，将进一步优化营商环境，持续激发市场主体活力。',
    '专家认为，国内需求逐步恢复，经济运行总体平稳、稳中有进。',
    '各地区各部门要抓好政策落实，推动经济持续回升向好。',
    '下一步，将加大对民营企业和中小微企业的支持力度。',
    '该负责人介绍，新政策将于近期正式实施，具体细则另行公布。',
    '粤港澳大湾区建设深入推进，区域协调发展取得新成效。',
    '记者从市商务局获悉，今年以来全市外贸保持稳定增长态势。',
    '业内人士表示，新能源汽车、锂电池和光伏产品出口表现亮眼。',
    '与此同时，消费市场加快回暖，服务消费成为新的增长点。',
    '发布会上，相关部门负责人回答了记者提问。',
    '要着力扩大国内需求，推动消费从疫后恢复转向持续扩大。',
    '该公司表示，将继续加大研发投入，提升核心竞争力。',
    '广州、深圳等地相继出台措施，吸引高层次人才落户。',
    '低空经济发展势头良好，产业链上下游企业加快集聚。',
    '分析人士指出，外部环境的复杂性、严峻性、不确定性上升。',
    '省政府工作报告提出，要大力推进新型工业化，加快建设现代化产业体系。',
    '中国人民银行表示，将保持流动性合理充裕，引导融资成本稳中有降。',
    '各级政府要过紧日子，把有限的资金用在刀刃上。',
    '该项目建成后，将进一步提升区域交通运输能力。',
    '进一步统一市场规则，推动高质量发展，打造一批世界一流企业。',
    '这家企业去年成立了研究院，成为行业内第一家拥有国家级实验室的民营企业。',
    '广东连续多年位居全国首位，经济总量保持领先。',
    '会议强调，要统筹发展和安全，守住不发生系统性风险的底线。',
  ],
};

/** mulberry32: a small seeded generator, so every run measures the same text (the dense corpus uses it too). */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Corpus {
  lang: Lang;
  text: string;
  /** The same text cut into paragraphs, as Recognizers-Text wants it. */
  paragraphs: string[];
}

const seedPage = readFileSync(fileURLToPath(new URL('../../data/seed-article.txt', import.meta.url)), 'utf8');

export function buildCorpus(lang: Lang, minChars: number): Corpus {
  const next = random(lang === 'en' ? 2025 : 116);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const figures = labelled.filter((l) => l.lang === lang).map((l) => l.sentence);
  const join = lang === 'en' ? ' ' : '';
  const paragraphs: string[] = [];
  let size = 0;
  let article = 0;
  while (size < minChars) {
    article++;
    if (lang === 'en' && article % 25 === 0) {
      paragraphs.push(...seedPage.split('\n'));
      size += seedPage.length;
      continue;
    }
    const count = 4 + Math.floor(next() * 5);
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      const length = 2 + Math.floor(next() * 4);
      for (let s = 0; s < length; s++) sentences.push(next() < 0.45 ? pick(figures) : pick(PROSE[lang]));
      const paragraph = sentences.join(join);
      paragraphs.push(paragraph);
      size += paragraph.length + 1;
    }
  }
  return { lang, text: paragraphs.join('\n'), paragraphs };
}
