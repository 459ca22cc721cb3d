// After `vite build`: renders the default first screen (dist-ssr/prerender.js) into dist/index.html's root, so the
// numbers are on the page before any script runs. The embed page keeps its empty root (another view).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { prerender, PRERENDER_KEY } = await import(pathToFileURL(join(root, 'dist-ssr', 'prerender.js')).href);
const read = (f) => JSON.parse(readFileSync(join(root, 'public', 'data', f), 'utf8'));
const html = await prerender(read('dataset.json'), read('products.json'));
const file = join(root, 'dist', 'index.html');
const page = readFileSync(file, 'utf8');
const empty = '<div id="root"></div>';
if (!page.includes(empty)) throw new Error('dist/index.html has no empty root to fill');
writeFileSync(file, page.replace(empty, `<div id="root" data-prerendered="${PRERENDER_KEY}">${html}</div>`));
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
process.stdout.write(
  `prerendered the first screen into dist/index.html (${(html.length / 1024).toFixed(0)} KB of HTML)\n`,
);
