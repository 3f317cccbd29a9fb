import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The app is bundled from the built packages (their dist/), as a partner's app would be.
export default defineConfig({ plugins: [react()] });
