// The colour theme: light, dark or the system's; the person's choice is remembered in this browser.

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_STORAGE_KEY = 'usmca-sim:theme';

export function isTheme(x: string | null | undefined): x is Theme {
  return (THEMES as readonly string[]).includes(x ?? '');
}

export function storedTheme(): Theme {
  try {
    const v = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(v) ? v : 'auto';
  } catch {
    return 'auto';
  }
}

export function storeTheme(theme: Theme): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

const systemDark = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;

/** Sets data-theme on <html>: the choice, or the system's scheme for Auto (one set of dark colours in the CSS). */
export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme === 'dark' || (theme === 'auto' && systemDark()) ? 'dark' : 'light';
  // public/boot.js set the canvas's scheme before the stylesheet came; from here the stylesheet decides.
  document.documentElement.style.colorScheme = '';
}

/** Follows the system's scheme while the theme in force is Auto. */
export function followSystemTheme(current: () => Theme): void {
  if (typeof window.matchMedia !== 'function') return;
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => applyTheme(current()));
}
