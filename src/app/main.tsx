// Entry point: read the link, pick the language (the link's, else the browser's), build the store, mount the app.
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { datasetQueryOptions } from '../data/queries';
import { createRoot } from 'react-dom/client';
import { browserLocale, loadMessages, setLocale } from '../i18n';
import { applyTheme, followSystemTheme, storedTheme } from '../features/ThemePicker';
import { createAppStore } from '../state/store';
import { parseLink } from '../state/urlCodec';
import { stateFromLink } from '../state/urlSync';
import { App } from './App';
import { AppProviders } from './AppProviders';
import './styles.css';

applyTheme(storedTheme());
followSystemTheme();
const search = window.location.search;
const link = parseLink(search);
const lang = link.lang ?? browserLocale(navigator.languages ?? [navigator.language]);
// The dataset starts downloading now, while the dictionary (its own small chunk) loads: the first render
// waits for the words, never for the two one after the other.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
void queryClient.prefetchQuery(datasetQueryOptions());
setLocale(lang, await loadMessages(lang));
const store = createAppStore(stateFromLink(link, search, lang));
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <AppProviders store={store} queryClient={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
