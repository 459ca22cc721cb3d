// Light, dark or the system's theme: a link's theme= holds for that page; a choice here is remembered in this browser.
import { useEffect, useState } from 'react';
import { t } from '../i18n';
import { applyTheme, storedTheme, storeTheme, THEMES, type Theme } from '../lib/theme';
import { useAppStore } from '../state/store';

export function ThemePicker() {
  const linkTheme = useAppStore((s) => s.theme);
  const clearLinkTheme = useAppStore((s) => s.clearLinkTheme);
  const [chosen, setChosen] = useState<Theme>(storedTheme);
  const theme = linkTheme ?? chosen;
  useEffect(() => applyTheme(theme), [theme]);
  return (
    <label className="theme-picker">
      {t('app.theme')}
      <select
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          storeTheme(next);
          setChosen(next);
          clearLinkTheme();
        }}
      >
        {THEMES.map((v) => (
          <option key={v} value={v}>
            {t(`app.theme.${v}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
