// Light, dark or the system's theme; remembered in this browser.
import { useState } from 'react';

export type Theme = 'auto' | 'light' | 'dark';
const KEY = 'usmca-sim:theme';

export function storedTheme(): Theme {
  try {
    const t = window.localStorage.getItem(KEY);
    return t === 'light' || t === 'dark' ? t : 'auto';
  } catch {
    return 'auto';
  }
}

export function applyTheme(theme: Theme): void {
  if (theme === 'auto') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

export function ThemePicker() {
  const [theme, setTheme] = useState<Theme>(storedTheme);
  return (
    <label className="theme-picker">
      Theme
      <select
        value={theme}
        onChange={(e) => {
          const t = e.target.value as Theme;
          setTheme(t);
          applyTheme(t);
          try {
            window.localStorage.setItem(KEY, t);
          } catch {
            // Storage refused: the choice lasts for this page only.
          }
        }}
      >
        <option value="auto">Auto</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
