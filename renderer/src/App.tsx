import { WelcomeScreen } from './features/welcome/WelcomeScreen';

export function App() {
  return (
    <WelcomeScreen>
      <p className="next-step">
        Next: create your journal, protected by a passphrase only you know.
      </p>
    </WelcomeScreen>
  );
}
