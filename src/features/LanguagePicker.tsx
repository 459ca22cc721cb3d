// English, French or Spanish: loads the dictionary, then switches (the screens remount in the new language).
import { LOCALE_NAMES, LOCALES, loadMessages, setLocale, t, type Locale } from '../i18n';
import { importWithReload } from '../lib/lazy';
import { useAppStore } from '../state/store';

export function LanguagePicker() {
  const lang = useAppStore((s) => s.lang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="theme-picker">
      {t('app.language')}
      <select
        value={lang}
        onChange={async (e) => {
          const next = e.target.value as Locale;
          setLocale(next, await importWithReload(() => loadMessages(next)));
          setLang(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
