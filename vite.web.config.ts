// Build-time only (Node). The browser edition: the same renderer, served over http://127.0.0.1.
import { defineConfig } from 'vite';
import { rendererConfig } from './vite.renderer';

export default defineConfig(rendererConfig('out/web'));
