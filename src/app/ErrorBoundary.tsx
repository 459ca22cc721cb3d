// Last line of defence: a render error shows a message and a way back instead of a blank page.
import { Component, type ReactNode } from 'react';
import { t } from '../i18n';

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
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="error-screen">
        <h2>{t('app.crash.title')}</h2>
        <p>{this.state.error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          {t('app.crash.retry')}
        </button>
      </div>
    );
  }
}
