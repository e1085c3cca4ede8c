// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { DEFAULT_SETTINGS, type Settings, type SettingsChange } from '@/lib/settings';
import { DEFAULT_SITES } from '@/lib/sites';
import { Options, type OptionsActions, type OptionsProps } from '@/components/Options';
import { renderIn, type UiLang } from '@/components/render.test-helper';

afterEach(cleanup);

const CURRENCIES = ['AUD', 'CNY', 'EUR', 'GBP', 'HKD', 'JPY', 'USD'];

/**
 * The settings item as the options page sees it: `save` applies a change to
 * what is stored, other places write too (`elsewhere`), and every write
 * reaches the page's watcher.
 */
class FakeStore {
  stored: Settings;
  private readonly listeners = new Set<(s: Settings) => void>();
  constructor(initial: Settings) {
    this.stored = initial;
  }
  write(change: SettingsChange): void {
    this.stored = change(this.stored);
    for (const listener of this.listeners) listener(this.stored);
  }
  /** A write from the popup, a page's content script or the worker. */
  elsewhere(change: SettingsChange): void {
    act(() => this.write(change));
  }
  watch = (onChange: (s: Settings) => void) => {
    this.listeners.add(onChange);
    return () => void this.listeners.delete(onChange);
  };
}

type ShownActions = OptionsActions & { store: FakeStore };

function actions(over: Partial<OptionsActions> = {}): OptionsActions {
  return {
    requestSite: vi.fn(async () => true),
    releaseSite: vi.fn(async () => {}),
    requestEcb: vi.fn(async () => true),
    releaseEcb: vi.fn(async () => {}),
    ...over,
  } as OptionsActions;
}

function show(over: Partial<OptionsProps> = {}, lang: UiLang = 'en'): ShownActions {
  const store = new FakeStore(over.settings ?? DEFAULT_SETTINGS);
  const given = over.actions ?? actions();
  const a: ShownActions = { ...given, save: given.save ?? vi.fn(async (change: SettingsChange) => store.write(change)), store };
  const props: OptionsProps = {
    settings: store.stored,
    watch: store.watch,
    currencies: CURRENCIES,
    browserLocale: lang === 'en' ? 'en-US' : 'zh-CN',
    embeddedRatesDate: '2026-04-13',
    sitePermissions: {},
    ecbPermission: false,
    ...over,
    actions: a,
  };
  renderIn(lang, <Options {...props} />);
  return a;
}

const lastSaved = (a: ShownActions): Settings => a.store.stored;
const listed = () => [...(screen.getByRole('listbox') as HTMLSelectElement).options].map((o) => o.value);

describe("the reader's currency", () => {
  it('lists automatic first, then every currency the rates cover', () => {
    show();
    expect(listed()).toEqual(['auto', ...CURRENCIES]);
    expect(screen.getByRole('option', { name: 'Automatic, from the browser language (USD)' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'CNY — Chinese Yuan' })).toBeTruthy();
  });

  it('narrows the list by code or name, in English or the UI language', () => {
    show({}, 'zh');
    const search = screen.getByRole('searchbox', { name: '搜索货币' });
    fireEvent.input(search, { target: { value: '人民币' } });
    expect(listed()).toEqual(['CNY']);
    fireEvent.input(search, { target: { value: 'yen' } });
    expect(listed()).toEqual(['JPY']);
    fireEvent.input(search, { target: { value: 'hkd' } });
    expect(listed()).toEqual(['HKD']);
    fireEvent.input(search, { target: { value: 'zzz' } });
    expect(listed()).toEqual([]);
    expect(screen.getByText('没有匹配的货币：请尝试输入 USD 等代码。')).toBeTruthy();
  });

  it('saves the choice', () => {
    const a = show();
    fireEvent.change(screen.getByRole('listbox', { name: 'Currency' }), { target: { value: 'EUR' } });
    expect(lastSaved(a).readerCurrency).toBe('EUR');
  });
});

describe('the number format', () => {
  it('saves the locale and shows an example in it', async () => {
    const a = show({ settings: { ...DEFAULT_SETTINGS, readerCurrency: 'EUR' } });
    expect(document.querySelector('.example')!.textContent).toBe('Example: €1.95 trillion · €1,234,568');
    fireEvent.change(screen.getByRole('combobox', { name: 'Format numbers for' }), { target: { value: 'de-DE' } });
    expect(lastSaved(a).numberLocale).toBe('de-DE');
    expect(document.querySelector('.example')!.textContent).toBe('Example: 1,95 Billionen\u00a0€ · 1.234.568\u00a0€');
    await screen.findByText('Saved.');
  });
});

describe('news sites', () => {
  it('switches each default site', () => {
    const a = show();
    const boxes = within(screen.getByRole('group', { name: 'Built-in sites' })).getAllByRole('checkbox');
    expect(boxes).toHaveLength(DEFAULT_SITES.length);
    fireEvent.click(screen.getByRole('checkbox', { name: 'reuters.com' }));
    expect(lastSaved(a).disabledSites).toEqual(['reuters.com']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'reuters.com' }));
    expect(lastSaved(a).disabledSites).toEqual([]);
  });

  it('adds a site after its permission is granted, as a bare host', async () => {
    const a = show();
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: 'https://www.Example.com/news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Added example.com.');
    expect(a.requestSite).toHaveBeenCalledWith('example.com');
    expect(lastSaved(a).userSites).toEqual(['example.com']);
    expect(within(screen.getByRole('group', { name: 'Your sites' })).getByText('example.com')).toBeTruthy();
  });

  it('does not add a site whose permission is refused', async () => {
    const a = show({ actions: actions({ requestSite: vi.fn(async () => false) }) });
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: 'example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Permission for example.com was not given, so it was not added.');
    expect(a.save).not.toHaveBeenCalled();
  });

  it('rejects what is not a site address without asking for anything', async () => {
    const a = show();
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: 'not a site' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Enter a site address such as example.com.');
    expect(a.requestSite).not.toHaveBeenCalled();
  });

  it('turns a default site back on instead of adding it twice', async () => {
    const a = show({ settings: { ...DEFAULT_SETTINGS, disabledSites: ['ft.com'] } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: 'www.ft.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Added ft.com.');
    expect(a.requestSite).not.toHaveBeenCalled();
    expect(lastSaved(a)).toMatchObject({ disabledSites: [], userSites: [] });
  });

  it('removes a site and gives its permission back', () => {
    const a = show({ settings: { ...DEFAULT_SETTINGS, userSites: ['example.com', 'caixin.com'] } });
    fireEvent.click(screen.getByRole('button', { name: 'Remove example.com' }));
    expect(lastSaved(a).userSites).toEqual(['caixin.com']);
    expect(a.releaseSite).toHaveBeenCalledWith('example.com');
  });

  it('says when a site lost its permission, and asks again', async () => {
    const a = show({ settings: { ...DEFAULT_SETTINGS, userSites: ['example.com'] }, sitePermissions: { 'example.com': false } });
    expect(screen.getByText('Permission missing: click Allow.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    await waitFor(() => expect(screen.queryByText('Permission missing: click Allow.')).toBeNull());
    expect(a.requestSite).toHaveBeenCalledWith('example.com');
  });
});

describe('settings changed elsewhere while the page is open', () => {
  const currency = () => (screen.getByRole('listbox', { name: 'Currency' }) as HTMLSelectElement).value;

  it('shows them, and a change here keeps them (list order, highlights off, a site the worker added)', async () => {
    const a = show();
    a.store.elsewhere((s) => ({ ...s, listOrder: 'kind', highlightsOffSites: ['lifeofguangzhou.com'], userSites: ['example.com'], disabledSites: ['reuters.com'] }));
    expect(within(screen.getByRole('group', { name: 'Your sites' })).getByText('example.com')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'reuters.com' }) as HTMLInputElement).checked).toBe(false);

    fireEvent.change(screen.getByRole('listbox', { name: 'Currency' }), { target: { value: 'EUR' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'ft.com' }));
    await screen.findByText('Saved.');
    expect(a.store.stored).toEqual({
      ...DEFAULT_SETTINGS,
      readerCurrency: 'EUR',
      listOrder: 'kind',
      highlightsOffSites: ['lifeofguangzhou.com'],
      userSites: ['example.com'],
      disabledSites: ['reuters.com', 'ft.com'],
    });
  });

  it('a change on its way to storage is not undone by a write from elsewhere arriving first', async () => {
    let release = () => {};
    const store = { current: undefined as FakeStore | undefined };
    const save = vi.fn((change: SettingsChange) => new Promise<void>((resolve) => (release = () => (store.current!.write(change), resolve()))));
    const a = show({ actions: actions({ save }) });
    store.current = a.store;
    fireEvent.change(screen.getByRole('listbox', { name: 'Currency' }), { target: { value: 'JPY' } });
    a.store.elsewhere((s) => ({ ...s, listOrder: 'kind' }));
    expect(currency()).toBe('JPY');
    await act(async () => release());
    expect(currency()).toBe('JPY');
    expect(a.store.stored).toMatchObject({ readerCurrency: 'JPY', listOrder: 'kind' });
  });

  it('a change that could not be saved is not shown as made', async () => {
    show({ actions: actions({ save: vi.fn(async () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'))) }) });
    fireEvent.change(screen.getByRole('listbox', { name: 'Currency' }), { target: { value: 'GBP' } });
    await screen.findByText('Error: QUOTA_BYTES quota exceeded');
    expect(currency()).toBe('auto');
  });

  it('a site the worker added first, on its permission being granted, is listed once and stays switched on', async () => {
    const a = show({
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] },
      actions: actions({
        // The worker hears permissions.onAdded before the options page hears back from the request.
        requestSite: vi.fn(async (site: string) => (a.store.elsewhere((s) => ({ ...s, userSites: [...s.userSites, site], disabledSites: [] })), true)),
      }),
    });
    fireEvent.input(screen.getByRole('textbox', { name: 'Add a site' }), { target: { value: 'example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await screen.findByText('Added example.com.');
    expect(a.store.stored).toMatchObject({ userSites: ['example.com'], disabledSites: [] });
    expect(within(screen.getByRole('group', { name: 'Your sites' })).getAllByText('example.com')).toHaveLength(1);
  });
});

describe('highlight looks', () => {
  it('sets colour and style per kind, with a preview', () => {
    const a = show();
    fireEvent.input(screen.getByLabelText('Percent colour'), { target: { value: '#ff00aa' } });
    expect(lastSaved(a).looks.percent).toEqual({ color: '#ff00aa', style: 'background' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Money style' }), { target: { value: 'underline' } });
    expect(lastSaved(a).looks.money).toEqual({ color: '#ffc400', style: 'underline' });
    expect(lastSaved(a).looks.percent.color).toBe('#ff00aa');
    const preview = screen.getByText('14 trillion yuan') as HTMLElement;
    expect(preview.style.textDecoration).toContain('underline');
  });
});

describe('exchange rates', () => {
  it('shows the embedded table’s date', () => {
    show();
    expect(screen.getByRole('radio', { name: 'Built-in ECB table only (rates to Apr 13, 2026)' })).toBeTruthy();
  });

  it('asks for the ECB permission only when daily rates are chosen', async () => {
    const a = show();
    expect(a.requestEcb).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('radio', { name: 'Also fetch the latest daily rates from the European Central Bank' }));
    await waitFor(() => expect(a.save).toHaveBeenCalled());
    expect(a.requestEcb).toHaveBeenCalledOnce();
    expect(lastSaved(a).rates).toBe('ecb-daily');
  });

  it('keeps the embedded table when the permission is refused', async () => {
    const a = show({ actions: actions({ requestEcb: vi.fn(async () => false) }) });
    fireEvent.click(screen.getByRole('radio', { name: /daily rates/ }));
    await screen.findByText('Permission was not given: FigureLens keeps the built-in table.');
    expect(a.save).not.toHaveBeenCalled();
    expect((screen.getByRole('radio', { name: /Built-in ECB table/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('gives the permission back when the reader returns to the embedded table', async () => {
    const a = show({ settings: { ...DEFAULT_SETTINGS, rates: 'ecb-daily' }, ecbPermission: true });
    fireEvent.click(screen.getByRole('radio', { name: /Built-in ECB table/ }));
    await waitFor(() => expect(a.releaseEcb).toHaveBeenCalled());
    expect(lastSaved(a).rates).toBe('embedded');
  });

  it('says when daily rates are chosen but the permission is missing', () => {
    show({ settings: { ...DEFAULT_SETTINGS, rates: 'ecb-daily' }, ecbPermission: false });
    expect(screen.getByText(/Daily rates are chosen but not allowed/)).toBeTruthy();
  });
});

describe('in Chinese', () => {
  it('labels every section and control in Chinese', () => {
    show({}, 'zh');
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['FigureLens 设置', '您的货币', '数字格式', '新闻网站', '高亮样式', '汇率']);
    expect(screen.getByRole('radio', { name: '仅用内置的欧洲央行汇率表（截至 2026年4月13日）' })).toBeTruthy();
    expect(screen.getByRole('option', { name: 'CNY — 人民币' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '金额样式' })).toBeTruthy();
  });
});
