// Gzipped size of the JavaScript the first page loads: the entry script(s) and modulepreloads named in
// dist/web/index.html. Language packs and other lazy chunks are listed separately. Run after `vite build`:
//   node web/scripts/size.mjs [dist/web]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const budgetBytes = 60 * 1024;

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** @returns {{ firstPage: number, files: {file: string, raw: number, gzip: number}[], lazy: {file: string, gzip: number}[] }} */
export function firstPageSize(outDir, { print = false } = {}) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) refs.add(m[1]);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+\.css)"/g)].map((m) => m[1]);
  const clean = (r) => r.replace(/^\.?\//, '');
  const files = [...refs].map((r) => {
    const buf = readFileSync(join(outDir, clean(r)));
    return { file: clean(r), raw: buf.length, gzip: gz(buf) };
  });
  const first = new Set(files.map((f) => f.file));
  const assets = join(outDir, 'assets');
  const lazy = existsSync(assets)
    ? readdirSync(assets)
        .filter((f) => f.endsWith('.js') && !first.has(`assets/${f}`))
        .map((f) => ({ file: `assets/${f}`, gzip: gz(readFileSync(join(assets, f))) }))
    : [];
  const cssGzip = css.reduce((n, c) => n + gz(readFileSync(join(outDir, clean(c)))), 0);
  const firstPage = files.reduce((n, f) => n + f.gzip, 0);
  if (print) {
    const status = firstPage <= budgetBytes ? 'within' : 'OVER';
    console.log(
      `\nnightleg web: first-page JS ${kb(firstPage)} gzipped (${status} the ${kb(budgetBytes)} budget); CSS ${kb(cssGzip)} gzipped`,
    );
    for (const f of files) console.log(`  ${f.file}  ${kb(f.raw)} raw, ${kb(f.gzip)} gzipped`);
    for (const f of lazy) console.log(`  (lazy) ${f.file}  ${kb(f.gzip)} gzipped`);
  }
  return { firstPage, cssGzip, files, lazy };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? fileURLToPath(new URL('../../dist/web', import.meta.url)));
  const { firstPage } = firstPageSize(dir, { print: true });
  if (firstPage > budgetBytes) process.exitCode = 1;
}
