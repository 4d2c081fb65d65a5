import { useEffect, useState } from 'react';
import './styles/forms.css';
import { BootScreen } from './features/auth/BootScreen';
import { LoginScreen } from './features/auth/LoginScreen';
import { useSession } from './features/auth/useSession';
import { DesktopNotices } from './features/backup/DesktopNotices';
import { RestorePrompt } from './features/backup/RestorePrompt';
import { useRestoreOffer } from './features/backup/useRestoreOffer';
import { useScheduledBackup } from './features/backup/useScheduledBackup';
import { SetupWizard } from './features/setup/SetupWizard';
import { Shell } from './features/shell/Shell';
import { JoinOffice } from './sync/JoinOffice';
import { useSyncSession } from './sync/useSyncSession';

/** First start, sign-in, or the app: whichever the device's state calls for. */
export function App() {
  return (
    <>
      <Screen />
      <DesktopNotices />
    </>
  );
}

function Screen() {
  const status = useSession((state) => state.status);
  const boot = useSession((state) => state.boot);
  const officeId = useSession((state) => state.office?.id ?? null);
  const restore = useRestoreOffer(status === 'setup');
  const [joining, setJoining] = useState(false);
  useScheduledBackup(officeId);
  useSyncSession(officeId);

  useEffect(() => {
    void boot();
  }, [boot]);

  switch (status) {
    case 'loading':
    case 'failed':
      return <BootScreen />;
    case 'setup':
      if (restore.offer === undefined) return <BootScreen />;
      return restore.offer ? (
        <RestorePrompt latest={restore.offer} onSkip={restore.skip} />
      ) : joining ? (
        <JoinOffice onBack={() => setJoining(false)} />
      ) : (
        <SetupWizard onJoin={() => setJoining(true)} />
      );
    case 'signedOut':
      return <LoginScreen />;
    case 'locked':
    case 'unlocked':
      return <Shell />;
  }
}
