import { QueryClientProvider } from '@tanstack/react-query';
import { AppShell } from './app-shell';
import { ErrorBoundary } from './error-boundary';
import { queryClient } from './query-client';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary>
        <AppShell />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}
