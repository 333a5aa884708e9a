import { QueryClientProvider } from '@tanstack/react-query';
import { AppShell } from './app-shell';
import { queryClient } from './query-client';

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AppShell />
    </QueryClientProvider>
  );
}
