// The build's second pass (npm run build): src/app/prerender.tsx as a Node module, for scripts/prerender.mjs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    ssr: 'src/app/prerender.tsx',
    outDir: 'dist-ssr',
    emptyOutDir: true,
    target: 'node20',
  },
  ssr: { noExternal: true },
});
