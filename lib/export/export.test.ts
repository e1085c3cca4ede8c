import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Figure, PageInfo } from '../figure';
import { BOM, COLUMNS, exportFileName, toCsv, toJson, toJsonRows, toMarkdown } from './index';
import { parseCsv } from './csv-parse.test-helper';
import { SEED_PAGE, seedDetected, seedNormalized, ZH_PAGE, zhNormalized } from '@/components/fixtures.test-helper';

function byHeader(table: string[][]): Record<string, string>[] {
  const [header, ...rows] = table;
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

describe('CSV (RFC 4180, for spreadsheets)', () => {
  it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
    const csv = toCsv(SEED_PAGE, seedNormalized());
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('has one header row and one row per figure, each with every column', () => {
    const table = parseCsv(toCsv(SEED_PAGE, seedNormalized()).slice(1));
    expect(table[0]).toEqual(COLUMNS.map((c) => c.key));
    expect(table).toHaveLength(1 + 9);
    for (const row of table) expect(row).toHaveLength(COLUMNS.length);
  });

  it('carries the page, the figure as written, its value, unit and normalization with its rate', () => {
    const [gdp] = byHeader(parseCsv(toCsv(SEED_PAGE, seedNormalized()).slice(1)));
    expect(gdp).toMatchObject({
      source_url: SEED_PAGE.url,
      title: 'New productive forces fuel growth in Guangdong',
      published: '2025-01-16',
      figure: '14 trillion yuan',
      kind: 'money',
      value: '14000000000000',
      unit: 'CNY',
      normalized_value: '1944446000000',
      normalized_currency: 'USD',
      rate: '0.138889',
      rate_kind: 'annual-average',
      rate_period: '2024',
      year: '2024',
    });
    expect(gdp!.sentence).toContain('14 trillion yuan (US$ 1.9 trillion) for 2024, maintaining');
    expect(gdp!.notes).toMatch(/^⚠ The article gives US\$ 1\.9 trillion/);
  });

  it('writes a period as ISO 8601 months, the same whatever the UI language labelled it', () => {
    const [first] = seedNormalized();
    const half = { ...first!, period: { year: 2025, fromMonth: 1, toMonth: 6, label: '2025年上半年' } };
    const march = { ...first!, id: 'm', period: { year: 2026, fromMonth: 3, toMonth: 3, label: 'Mar 2026' } };
    const rows = byHeader(parseCsv(toCsv(SEED_PAGE, [half, march]).slice(1)));
    expect(rows.map((r) => r.period)).toEqual(['2025-01/2025-06', '2026-03']);
  });

  it('quotes sentences with commas and quotes, doubling the quotes', () => {
    const page: PageInfo = { ...SEED_PAGE, title: 'He said "steady", not "fast"' };
    const csv = toCsv(page, seedDetected().slice(0, 1));
    expect(csv).toContain('"He said ""steady"", not ""fast"""');
    expect(byHeader(parseCsv(csv.slice(1)))[0]!.title).toBe('He said "steady", not "fast"');
  });

  it('keeps a sentence with a line break in one cell', () => {
    const [figure] = seedDetected();
    const broken: Figure = { ...figure!, sentence: 'GDP passed\n14 trillion yuan, Wang said.', sentenceOffset: 11 };
    const rows = byHeader(parseCsv(toCsv(SEED_PAGE, [broken]).slice(1)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sentence).toBe('GDP passed\n14 trillion yuan, Wang said.');
  });

  it('neutralises page text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@']) {
      const page: PageInfo = { ...SEED_PAGE, title: `${start}cmd|' /C calc'!A0` };
      expect(byHeader(parseCsv(toCsv(page, seedDetected().slice(0, 1)).slice(1)))[0]!.title).toBe(`'${start}cmd|' /C calc'!A0`);
    }
    const zh = byHeader(parseCsv(toCsv(ZH_PAGE, zhNormalized()).slice(1)));
    expect(zh.at(-1)!.sentence).toBe(`'=HYPERLINK("http://evil.example","点击")，约5亿元。`);
  });

  it('neutralises fullwidth and small-form leaders, and leaders behind spaces, tabs, CR or invisible characters', () => {
    const leaders = ['＝', '＋', '－', '＠', '﹦', '﹢', '﹣', '﹫', '−', '\t', '\r', '\n', ' =', '\u3000＝', '\u200B=', '\uFEFF+', '\t-', ' \r@'];
    for (const start of leaders) {
      const page: PageInfo = { ...SEED_PAGE, title: `${start}SUM(A1)` };
      expect(byHeader(parseCsv(toCsv(page, seedDetected().slice(0, 1)).slice(1)))[0]!.title).toBe(`'${start}SUM(A1)`);
    }
  });

  it('leaves text that only holds an operator later on as it is', () => {
    for (const title of ['GDP = 14 trillion', 'Q1＝Q2', 'A +5% year', '增长＋5%']) {
      const page: PageInfo = { ...SEED_PAGE, title };
      expect(byHeader(parseCsv(toCsv(page, seedDetected().slice(0, 1)).slice(1)))[0]!.title).toBe(title);
    }
  });

  it('leaves negative numbers as numbers', () => {
    const [figure] = seedDetected();
    const fall: Figure = { ...figure!, kind: 'percent', value: -4, text: '-4.0%', currency: undefined, unit: '%', sentence: 'Exports fell -4.0%.', sentenceOffset: 13 };
    const [row] = byHeader(parseCsv(toCsv(SEED_PAGE, [fall]).slice(1)));
    expect(row!.value).toBe('-4');
    expect(row!.figure).toBe("'-4.0%");
  });

  it('writes Chinese text as it is, with empty cells for what is unknown', () => {
    const rows = byHeader(parseCsv(toCsv(ZH_PAGE, zhNormalized()).slice(1)));
    expect(rows[0]).toMatchObject({ title: '新质生产力推动广东经济增长', published: '', figure: '14万亿元', unit: 'CNY', normalized_currency: 'EUR' });
    expect(rows[5]).toMatchObject({ figure: '7.7万家', kind: 'count', unit: '家', normalized_value: '', role: '' });
    expect(rows[3]!.notes).toBe('上年约为8.2万亿元（9万亿元 ÷ 1.098）。');
  });

  it('exports figures that have no normalization yet', () => {
    const rows = byHeader(parseCsv(toCsv(SEED_PAGE, seedDetected()).slice(1)));
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ figure: '14 trillion yuan', normalized_value: '', rate: '', role: '', notes: '' });
  });
});

/** The cells of the first figure's Markdown row for `page`: the page columns come first. */
function cells(page: PageInfo): string[] {
  const row = toMarkdown(page, seedDetected().slice(0, 1)).split('\n')[2]!;
  // Page text never holds an unescaped " | ": every `|` in a cell is escaped.
  return row.slice(2, -2).split(' | ');
}

const titleCell = (title: string) => cells({ ...SEED_PAGE, title })[1]!;

/** A cell as a Markdown reader shows it (for text without links): escapes, entities and line breaks read back. */
const unescapeCell = (cell: string) =>
  cell.replace(/\\([\\`*_[\]()#!~|])|&lt;|&amp;|<br>/g, (all, escaped: string | undefined) =>
    escaped ?? ({ '&lt;': '<', '&amp;': '&', '<br>': '\n' } as Record<string, string>)[all]!,
  );

describe('Markdown table', () => {
  it('has a header, a delimiter row and one row per figure with every column', () => {
    const lines = toMarkdown(SEED_PAGE, seedNormalized()).trimEnd().split('\n');
    expect(lines).toHaveLength(2 + 9);
    expect(lines[0]).toBe(`| ${COLUMNS.map((c) => c.key).join(' | ')} |`);
    expect(lines[1]).toBe(`| ${COLUMNS.map(() => '---').join(' | ')} |`);
    expect(lines[2]).toContain('| 14 trillion yuan | money | 14000000000000 |');
  });

  it('escapes pipes, line breaks and HTML so a cell cannot break the table', () => {
    const [figure] = seedDetected();
    const tricky: Figure = { ...figure!, sentence: 'A | B\n<img src=x onerror=alert(1)> 14 trillion yuan', sentenceOffset: 36 };
    const md = toMarkdown({ ...SEED_PAGE, title: 'Q1 | Q2' }, [tricky]);
    const row = md.trimEnd().split('\n')[2]!;
    expect(row).toContain('Q1 \\| Q2');
    expect(row).toContain('A \\| B<br>&lt;img src=x onerror=alert\\(1\\)> 14 trillion yuan');
    // Unescaped pipes delimit exactly the columns.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(COLUMNS.length);
  });

  it('keeps Chinese text', () => {
    expect(toMarkdown(ZH_PAGE, zhNormalized())).toContain('| 新质生产力推动广东经济增长 |  | 14万亿元 | money |');
  });

  it('keeps page text from becoming a link, an image, emphasis, strikethrough or a code span', () => {
    const title = 'Click [here](javascript:alert(1)) ![x](http://evil.example/t.png) for **bold** _news_, ~~old~~ `code` # 1 \\ A&amp;B';
    expect(titleCell(title)).toBe(
      'Click \\[here\\]\\(javascript:alert\\(1\\)\\) \\!\\[x\\]\\(http://evil.example/t.png\\) for \\*\\*bold\\*\\* \\_news\\_, \\~\\~old\\~\\~ \\`code\\` \\# 1 \\\\ A&amp;amp;B',
    );
  });

  it('in Chinese too: markup around Chinese text is escaped, full-width punctuation is left alone', () => {
    expect(titleCell('点击[领取红包](javascript:alert(1))，**增长**9.8%（同比）`代码`')).toBe(
      '点击\\[领取红包\\]\\(javascript:alert\\(1\\)\\)，\\*\\*增长\\*\\*9.8%（同比）\\`代码\\`',
    );
  });

  it('loses nothing: any text read back from its cell is the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab 1[]()*_`~#!\\|&<>;:/\n增长（）'), maxLength: 40 }), (title) => {
        const cell = titleCell(title);
        // Every inline syntax character in the cell is escaped…
        expect(cell.replace(/\\[\\`*_[\]()#!~|]|<br>/g, '')).not.toMatch(/[\\`*_[\]()#!~|<]|&(?!amp;|lt;)/);
        // …and reading the escapes back gives the page's text.
        expect(unescapeCell(cell)).toBe(title);
      }),
    );
  });

  it('writes the page address as a link to itself, whole', () => {
    const row = toMarkdown(SEED_PAGE, seedDetected().slice(0, 1)).split('\n')[2]!;
    expect(row.startsWith(`| <${SEED_PAGE.url}> | `)).toBe(true);
    expect(cells({ ...SEED_PAGE, url: 'https://example.com/a|b?q=(1)' })[0]).toBe('<https://example.com/a%7Cb?q=(1)>');
    // Not a web address: text like any other.
    expect(cells({ ...SEED_PAGE, url: 'javascript:alert(1)' })[0]).toBe('javascript:alert\\(1\\)');
  });
});

describe('JSON rows', () => {
  it('have every column as a key, numbers as numbers and null for what is unknown', () => {
    const rows = toJsonRows(SEED_PAGE, seedNormalized());
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(Object.keys(row)).toEqual(COLUMNS.map((c) => c.key));
    expect(rows[0]).toMatchObject({ figure: '14 trillion yuan', value: 14e12, normalized_value: 1944446000000, rate: 0.138889, year: 2024, published: '2025-01-16' });
    expect(rows[6]).toMatchObject({ kind: 'count', unit: 'high-tech enterprises', normalized_value: null, role: null });
  });

  it('keep notes as objects with their flag', () => {
    const rows = toJsonRows(SEED_PAGE, seedNormalized());
    expect(rows[0]!.notes).toEqual([{ type: 'conversion-check', text: expect.stringContaining('US$ 1.9 trillion'), flagged: true }]);
    expect(rows[3]!.notes).toEqual([{ type: 'implied-prior', text: expect.stringContaining('8.2 trillion yuan'), flagged: false }]);
  });

  it('round-trip Chinese text and page text unchanged (no formula neutralising in JSON)', () => {
    const parsed = JSON.parse(toJson(ZH_PAGE, zhNormalized())) as Record<string, unknown>[];
    expect(parsed[0]).toMatchObject({ title: '新质生产力推动广东经济增长', published: null, figure: '14万亿元' });
    expect(parsed.at(-1)!.sentence).toBe('=HYPERLINK("http://evil.example","点击")，约5亿元。');
  });
});

describe('file names', () => {
  it('name the site and the publication date', () => {
    expect(exportFileName(SEED_PAGE, 'csv')).toBe('figurelens-lifeofguangzhou.com-2025-01-16.csv');
    expect(exportFileName(ZH_PAGE, 'json')).toBe('figurelens-chinadaily.com.cn-undated.json');
  });
});
