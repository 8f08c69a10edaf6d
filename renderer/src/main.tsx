// Runs in the renderer. Start-up: open the local database safely, pick the language, then show the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StartupError } from './app/StartupError';
import { setDatabase } from './data/database';
import { savedLanguage } from './data/settings';
import { openDatabase } from './db/openDatabase';
import { desktop } from './desktop';
import { preferredLanguage, startI18n } from './i18n';
import { requestPersistentStorage } from './storage/persistence';
import './styles/app.css';

async function start(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const { db, backupLocation } = await openDatabase(desktop.writeBackup);
    setDatabase(db);
    await startI18n((await savedLanguage()) ?? preferredLanguage());
    void requestPersistentStorage();
    root.render(
      <StrictMode>
        <App backupLocation={backupLocation} />
      </StrictMode>,
    );
  } catch (error) {
    await startI18n(preferredLanguage());
    root.render(<StartupError error={error} />);
  }
}

void start();
