// Entry point: read the link, pick the language (the link's, else the browser's), build the store, mount the app.
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { datasetQueryOptions } from '../data/queries';
import { createRoot } from 'react-dom/client';
import { browserLocale, loadMessages, setLocale, type Locale } from '../i18n';
import { applyTheme, followSystemTheme, storedTheme } from '../lib/theme';
import { createAppStore } from '../state/store';
import { parseLink } from '../state/urlCodec';
import { stateFromLink } from '../state/persistence';
import { App } from './App';
import { AppProviders } from './AppProviders';
import './styles.css';

const search = window.location.search;
// Only the theme and the language are read now; the store reads the whole link (lesson titles included) once the
// dictionary has loaded.
const link = parseLink(search);
// The link's theme (theme=) holds for this page; otherwise the one chosen in this browser.
applyTheme(link.theme ?? storedTheme());
const lang = link.lang ?? browserLocale(navigator.languages ?? [navigator.language]);
// The dataset starts downloading now, while the dictionary (its own small chunk) loads: the first render
// waits for the words, never for the two one after the other.
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1 } } });
void queryClient.prefetchQuery(datasetQueryOptions());
const root = document.getElementById('root');

/** The words could not be loaded (a dropped connection on a first visit): say so plainly, in the three languages. */
function showLoadFailure(element: HTMLElement) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent =
    'The app could not load. Check the connection and reload. · L’application n’a pas pu se charger. Vérifiez la connexion et rechargez. · La aplicación no se pudo cargar. Revise la conexión y vuelva a cargar.';
  element.replaceChildren(p);
}

let shown: Locale | null = lang;
try {
  setLocale(lang, await loadMessages(lang));
} catch {
  // English is the last resort before the plain message.
  shown = await loadMessages('en').then(
    (messages) => (setLocale('en', messages), 'en' as const),
    () => null,
  );
}
const loaded = shown !== null;
// The embed page (embed/, the one page other sites may frame) is the embed view whatever its link says.
// (The build marks its copy of the page; the dev server serves the same index.html there, so the path counts too.)
const onEmbedPage = document.documentElement.dataset.page === 'embed' || window.location.pathname.endsWith('/embed/');
const store = createAppStore({ ...stateFromLink(search, shown ?? 'en'), ...(onEmbedPage ? { embed: true } : {}) });
followSystemTheme(() => store.getState().theme ?? storedTheme());
if (root && !loaded) showLoadFailure(root);
else if (root)
  createRoot(root).render(
    <StrictMode>
      <AppProviders store={store} queryClient={queryClient}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
// The service worker registers once the first screen is up (its code stays out of the first download).
if (loaded) void import('./serviceWorker').then((m) => m.registerServiceWorker(store)).catch(() => {});
