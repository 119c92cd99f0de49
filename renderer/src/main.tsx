import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary, errorKind } from './ui/ErrorBoundary';
import { PageFailed } from './ui/PageFailed';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
// React logs render errors with their message, which can quote what the person wrote.
const reportKindOnly = (error: unknown) => console.warn(`Render error (${errorKind(error)})`);
createRoot(container, { onCaughtError: reportKindOnly, onUncaughtError: reportKindOnly }).render(
  <StrictMode>
    <ErrorBoundary fallback={<PageFailed />}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
