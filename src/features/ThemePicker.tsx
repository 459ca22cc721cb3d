// Light, dark or the system's theme; remembered in this browser.
import { useState } from 'react';
import { t } from '../i18n';

export type Theme = 'auto' | 'light' | 'dark';
const KEY = 'usmca-sim:theme';
const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];

export function storedTheme(): Theme {
  try {
    const v = window.localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'auto';
  } catch {
    return 'auto';
  }
}

const systemDark = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/** Sets data-theme on <html>: the choice, or the system's scheme for Auto (one set of dark colours in the CSS). */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme === 'dark' || (theme === 'auto' && systemDark()) ? 'dark' : 'light';
}

/** Follows the system's scheme while the choice is Auto. */
export function followSystemTheme(): void {
  if (typeof window.matchMedia !== 'function') return;
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyTheme(storedTheme()));
}

export function ThemePicker() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <label className="theme-picker">
      {t('app.theme')}
      <select
        value={theme}
        onChange={(e) => {
          const next = e.target.value as Theme;
          setTheme(next);
          applyTheme(next);
          try {
            window.localStorage.setItem(KEY, next);
          } catch {
            // Storage refused: the choice lasts for this page only.
          }
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
