import { Component, type ErrorInfo, type ReactNode } from 'react';
import { StatusScreen } from './status-screen';

type State = { error: Error | null };

/** The last line of defence: an explanation and a way out, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <StatusScreen
        title="Something went wrong"
        message={`${this.state.error.message} Your saved data is untouched; reloading usually helps.`}
        action={{ label: 'Reload', onClick: () => window.location.reload() }}
      />
    );
  }
}
