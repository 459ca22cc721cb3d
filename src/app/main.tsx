// Entry point: read the link, pick the language (the link's, else the browser's), build the store, mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browserLocale, loadMessages, setLocale } from '../i18n';
import { applyTheme, storedTheme } from '../features/ThemePicker';
import { createAppStore } from '../state/store';
import { parseLink } from '../state/urlCodec';
import { stateFromLink } from '../state/urlSync';
import { App } from './App';
import { AppProviders } from './AppProviders';
import './styles.css';

applyTheme(storedTheme());
const search = window.location.search;
const link = parseLink(search);
const lang = link.lang ?? browserLocale(navigator.languages ?? [navigator.language]);
// French and Spanish text load as their own small chunk, before the first render so nothing flashes in English.
setLocale(lang, await loadMessages(lang));
const store = createAppStore(stateFromLink(link, search, lang));
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <AppProviders store={store}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
