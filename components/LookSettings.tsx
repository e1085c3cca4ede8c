import { FIGURE_KINDS, type FigureKind } from '@/lib/figure';
import { HIGHLIGHT_STYLES, type HighlightStyle, type KindLook, type Settings, type SettingsChange } from '@/lib/settings';
import { useI18n, type MessageKey } from './i18n';

const SAMPLES: Record<FigureKind, string> = { money: '14 trillion yuan', percent: '9.8%', count: '77,000', quantity: '1.2亿吨' };

/** How a highlight of this look shows on a page, for the preview. */
function previewStyle({ color, style }: KindLook): Record<string, string> {
  if (style === 'underline') return { textDecoration: `underline 3px ${color}`, textUnderlineOffset: '3px' };
  if (style === 'outline') return { outline: `2px solid ${color}`, outlineOffset: '1px' };
  // Page text on a highlight stays dark, whatever the theme of this page.
  return { background: color, color: '#000000' };
}

export interface LookSettingsProps {
  settings: Settings;
  onChange: (change: SettingsChange) => void;
}

/** Highlight colour and style per kind of figure, each with a preview. */
export function LookSettings({ settings, onChange }: LookSettingsProps) {
  const { t } = useI18n();
  const set = (kind: FigureKind, look: Partial<KindLook>) => onChange((s) => ({ ...s, looks: { ...s.looks, [kind]: { ...s.looks[kind], ...look } } }));
  return (
    <div class="looks">
      {FIGURE_KINDS.map((kind) => {
        const name = t(`common_kind_${kind}` as MessageKey);
        const look = settings.looks[kind];
        return (
          <div key={kind} class="look">
            <label>
              {t('options_look_color', name)}
              <input type="color" value={look.color} onInput={(e) => set(kind, { color: e.currentTarget.value })} />
            </label>
            <label>
              {t('options_look_style', name)}
              <select value={look.style} onChange={(e) => set(kind, { style: e.currentTarget.value as HighlightStyle })}>
                {HIGHLIGHT_STYLES.map((s) => (
                  <option key={s} value={s}>
                    {t(`options_style_${s}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <span class="look-preview" style={previewStyle(look)}>
              {SAMPLES[kind]}
            </span>
          </div>
        );
      })}
    </div>
  );
}
