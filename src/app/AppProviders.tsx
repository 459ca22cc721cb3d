// Providers: one QueryClient and one store per app (tests make their own of each).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { StoreApi } from 'zustand';
import { createAppStore, StoreContext, type AppState } from '../state/store';

export function AppProviders({
  children,
  queryClient,
  store,
}: {
  children: ReactNode;
  queryClient?: QueryClient;
  store?: StoreApi<AppState>;
}) {
  // One retry for a dropped connection; tests pass their own client with retries off.
  const [client] = useState(() => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  const [appStore] = useState(() => store ?? createAppStore());
  return (
    <QueryClientProvider client={client}>
      <StoreContext.Provider value={appStore}>{children}</StoreContext.Provider>
    </QueryClientProvider>
  );
}
