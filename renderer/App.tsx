import { useEffect } from 'react';
import './styles/forms.css';
import { BootScreen } from './features/auth/BootScreen';
import { LoginScreen } from './features/auth/LoginScreen';
import { useSession } from './features/auth/useSession';
import { SetupWizard } from './features/setup/SetupWizard';
import { Shell } from './features/shell/Shell';

/** First start, sign-in, or the app: whichever the device's state calls for. */
export function App() {
  const status = useSession((state) => state.status);
  const boot = useSession((state) => state.boot);

  useEffect(() => {
    void boot();
  }, [boot]);

  switch (status) {
    case 'loading':
    case 'failed':
      return <BootScreen />;
    case 'setup':
      return <SetupWizard />;
    case 'signedOut':
      return <LoginScreen />;
    case 'locked':
    case 'unlocked':
      return <Shell />;
  }
}
