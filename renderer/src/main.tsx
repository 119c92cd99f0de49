// First, so each screen's module (imported below) wins over the shared primitives it refines.
import './styles/fonts';
import './styles/tokens.css';
import './styles/base.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { CommandContext } from './features/commands/use-command';
import { CommandRegistry } from './features/commands/registry';
import { createQueryClient } from './lib/query';
import { ErrorBoundary, errorKind } from './ui/ErrorBoundary';
import { PageFailed } from './ui/PageFailed';

// One of each per page: a lock resets the page, and both with it.
const queryClient = createQueryClient();
const commands = new CommandRegistry();

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
// React logs render errors with their message, which can quote what the person wrote.
const reportKindOnly = (error: unknown) => console.warn(`Render error (${errorKind(error)})`);
createRoot(container, { onCaughtError: reportKindOnly, onUncaughtError: reportKindOnly }).render(
  <StrictMode>
    <ErrorBoundary fallback={<PageFailed />}>
      <QueryClientProvider client={queryClient}>
        <CommandContext.Provider value={commands}>
          <App />
        </CommandContext.Provider>
      </QueryClientProvider>
    </ErrorBoundary>
  </StrictMode>,
);
