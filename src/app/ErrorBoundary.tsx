// Last line of defence: a render error shows a message and a way back instead of a blank page. A chunk that could
// not be downloaded (a deploy, a dropped connection) cannot be fixed by rendering again, so it offers a reload.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n';
import { isChunkError } from '../lib/lazy';

interface Props {
  children: ReactNode;
}
interface State {
  error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (isChunkError(error))
      return (
        <div role="alert" className="error-screen">
          <h2>{t('app.chunk.title')}</h2>
          <p>{t('app.chunk.body')}</p>
          <button type="button" onClick={() => window.location.reload()}>
            {t('app.chunk.reload')}
          </button>
        </div>
      );
    return (
      <div role="alert" className="error-screen">
        <h2>{t('app.crash.title')}</h2>
        <p>{error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('app.crash.retry')}
        </button>
      </div>
    );
  }
}
