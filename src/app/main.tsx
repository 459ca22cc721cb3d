// Entry point: read the link, build the store from it, mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from '../state/store';
import { parseLink } from '../state/urlCodec';
import { stateFromLink } from '../state/urlSync';
import { applyTheme, storedTheme } from '../features/ThemePicker';
import { App } from './App';
import { AppProviders } from './AppProviders';
import './styles.css';

applyTheme(storedTheme());
const store = createAppStore(stateFromLink(parseLink(window.location.search), window.location.search));
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <AppProviders store={store}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
