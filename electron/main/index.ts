// Runs in Electron's main process (Node). Entry point: one instance, guards first, then the window.
import { app, type BrowserWindow } from 'electron';
import { registerBridgeHandlers } from './handlers/register';
import { installApplicationMenu } from './menu';
import { devServerUrl } from './origins';
import { registerAppScheme, serveAppScheme } from './protocol';
import { guardAllWebContents, hardenDefaultSession } from './security';
import { createMainWindow } from './window';

// Before ready: every renderer sandboxed, the scheme privileged, every WebContents guarded from birth.
app.enableSandbox();
registerAppScheme();
guardAllWebContents();

let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });

  void app.whenReady().then(() => {
    if (process.platform === 'win32') app.setAppUserModelId('org.jointcheck.app');
    hardenDefaultSession();
    serveAppScheme();
    registerBridgeHandlers();
    installApplicationMenu(process.platform, devServerUrl() !== undefined);
    openMainWindow();
  }).catch((error: unknown) => {
    // A failed start is a bug: say why and leave, rather than sit there without a window.
    console.error('JointCheck failed to start', error);
    app.exit(1);
  });
}
