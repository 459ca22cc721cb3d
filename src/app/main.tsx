// Entry point: read the link, pick the language (the link's, else the browser's), build the store, mount the app.
import { QueryClient } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { datasetQueryOptions } from '../data/queries';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { browserLocale, loadMessages, setLocale, t, type Locale } from '../i18n';
import { applyTheme, followSystemTheme, storedTheme } from '../lib/theme';
import { warmResults } from '../features/results/useSimulation';
import { warmFormatters } from '../lib/format';
import { nextTask } from '../lib/idle';
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
  // boot.js says the same when a script fails to load: the class tells it this message is already here.
  p.className = 'boot-failure';
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
const app = (
  <StrictMode>
    <AppProviders store={store} queryClient={queryClient}>
      <App />
    </AppProviders>
  </StrictMode>
);
// The build put the default first screen in the page (src/app/prerender.tsx). A page asking for exactly that (no
// link settings, English) hydrates it once the data is here, so its first render matches the HTML and the numbers
// never leave the screen; any other page renders afresh (public/boot.js marked the static screen as loading).
const prerendered = root?.dataset.prerendered === 'en|default' && search.replace(/^\?/, '') === '' && shown === 'en';
/** Renders the app afresh into the root (whatever the root held), and says the app runs (public/boot.js reads it). */
function renderFresh(element: HTMLElement) {
  element.removeAttribute('data-prerendered');
  element.dataset.app = 'running';
  // Not a transition: the static screen must not stay up, undimmed, across the frames a time-sliced render would take.
  createRoot(element).render(app);
}

if (root && !loaded) showLoadFailure(root);
else if (root && prerendered && !onEmbedPage) {
  // While the data downloads, the static screen is there but not yet live: a note outside the root says so (inside,
  // it would not match the HTML the app hydrates).
  const note = document.createElement('p');
  note.className = 'shell-note';
  note.setAttribute('role', 'status');
  note.textContent = t('app.loading');
  document.body.prepend(note);
  // A button pressed before the app is live is pressed again once it is (hydration keeps the same elements, and
  // React hydrates what a click lands on first): the click is never lost.
  let pressed: HTMLElement | null = null;
  const hold = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('button') : null;
    if (!button) return;
    pressed = button;
    e.preventDefault();
    e.stopPropagation();
  };
  document.addEventListener('click', hold, true);
  // While the data downloads, the number formatters; once it is here, the result and the baseline the first render
  // reads (the line rules for the scenario's structure included), each in a task of its own: hydration then finds
  // them ready, and its slices stay short.
  const warming = warmFormatters();
  await queryClient.fetchQuery(datasetQueryOptions()).catch(() => {});
  await warming;
  const dataset = queryClient.getQueryData(datasetQueryOptions().queryKey);
  if (dataset) await warmResults(dataset, store.getState().scenario, nextTask);
  note.remove();
  if (dataset) {
    root.dataset.app = 'running';
    // Hydration as a transition: time-sliced, so the page answers input (and paints) while it hydrates.
    startTransition(() => {
      hydrateRoot(root, app);
    });
  }
  document.removeEventListener('click', hold, true);
  const again = pressed as HTMLElement | null;
  if (dataset && again?.isConnected) again.click();
  else if (!dataset) renderFresh(root); // the data did not come: the app's own error screen, with Retry
} else if (root) renderFresh(root);
// The service worker registers once the first screen is up (its code stays out of the first download).
// Not inside another site's page (an embed): a worker there would be the host's visitors' to keep, and browsers that
// partition third-party storage refuse it with an error in the host's console.
const framed = window.parent !== window;
if (loaded && !framed) void import('./serviceWorker').then((m) => m.registerServiceWorker(store)).catch(() => {});
