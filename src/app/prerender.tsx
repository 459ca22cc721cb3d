// The simulator's first screen for the default scenario, rendered to HTML at build time (React's static renderer,
// which waits for every lazy panel): the page shows the real default numbers before any JavaScript runs, and the
// app hydrates it (main.tsx). Built by vite.ssr.config.ts and run by scripts/prerender.mjs after `vite build`.
import { QueryClient } from '@tanstack/react-query';
import { prerenderToNodeStream } from 'react-dom/static';
import { parseDataset } from '../data/schema';
import { datasetQueryOptions } from '../data/queries';
import { en } from '../i18n/en';
import { setLocale } from '../i18n';
import { withProducts, type ProductFile } from '../model/products';
import { stateFromLink } from '../state/persistence';
import { createAppStore } from '../state/store';
import { App } from './App';
import { AppProviders } from './AppProviders';

/** What the static screen was rendered for: main.tsx hydrates it only when the page asks for the same. */
export const PRERENDER_KEY = 'en|default';

export async function prerender(datasetJson: unknown, productsJson: unknown): Promise<string> {
  setLocale('en', en);
  const dataset = withProducts(parseDataset(datasetJson), productsJson as ProductFile);
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  queryClient.setQueryData(datasetQueryOptions().queryKey, dataset);
  const errors: string[] = [];
  const once = async () => {
    const store = createAppStore(stateFromLink('', 'en'));
    const { prelude } = await prerenderToNodeStream(
      <AppProviders store={store} queryClient={queryClient}>
        <App />
      </AppProviders>,
      {
        onError: (e) => void errors.push(e instanceof Error ? (e.stack ?? e.message) : String(e)),
        // Never split a large boundary out to be revealed by script: the whole screen stays in place.
        progressiveChunkSize: Number.MAX_SAFE_INTEGER,
      },
    );
    let html = '';
    for await (const chunk of prelude) html += String(chunk);
    return html;
  };
  // The first pass loads every lazy panel; the second finds them loaded, so nothing suspends and the HTML is
  // complete in place (no out-of-order boundaries, hence no inline script, which the page's CSP would refuse).
  await once();
  errors.length = 0;
  const html = await once();
  if (errors.length > 0) throw new Error(`the first screen did not render on the server:\n${errors.join('\n')}`);
  if (html.includes('<script')) throw new Error('the static first screen holds an inline script');
  return html;
}
