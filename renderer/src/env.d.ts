// Runs in the renderer. Values the build defines.
declare const __APP_VERSION__: string;
