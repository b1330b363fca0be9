// What the console's first page (sign-in, then the dashboard) downloads: the entry
// script of console/dist/index.html, its modulepreload links, and every chunk the
// entry imports statically, followed transitively. Chunks behind import() are left
// out: the browser fetches them when a screen that needs them is opened.
//
// pnpm bench:console            builds the console, then measures
// pnpm bench:console --no-build measures the console/dist already there
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'console', 'dist');

if (!process.argv.includes('--no-build')) {
  // A production build, whatever the shell says: a development one keeps React's checks and warnings.
  execFileSync('pnpm', ['--filter', '@integrity/console', 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');

const attr = (tag, name) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
const tags = (name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
const fileOf = (url) => path.join(dist, url.replace(/^\//, ''));

const entries = tags('script').filter((t) => attr(t, 'type') === 'module' && attr(t, 'src')).map((t) => fileOf(attr(t, 'src')));
if (entries.length === 0) throw new Error('console/dist/index.html has no module script');
const preloads = tags('link')
  .filter((t) => ['modulepreload', 'stylesheet'].includes(attr(t, 'rel')))
  .map((t) => fileOf(attr(t, 'href')));

/** The chunks a module imports or re-exports statically (import() excluded). */
function staticImports(file) {
  const program = parseAst(fs.readFileSync(file, 'utf8'));
  const sources = program.body
    .filter((n) => ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(n.type) && n.source)
    .map((n) => n.source.value)
    .filter((s) => s.startsWith('.') || s.startsWith('/'));
  return sources.map((s) => (s.startsWith('/') ? fileOf(s) : path.resolve(path.dirname(file), s)));
}

const loaded = new Set();
const queue = [...entries, ...preloads];
while (queue.length) {
  const file = queue.shift();
  if (loaded.has(file)) continue;
  loaded.add(file);
  if (file.endsWith('.js')) queue.push(...staticImports(file));
}

const rows = [...loaded]
  .map((file) => {
    const bytes = fs.readFileSync(file);
    return { file: path.relative(dist, file), raw: bytes.length, gzip: gzipSync(bytes).length };
  })
  .sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, r) => ({ raw: sum.raw + r.raw, gzip: sum.gzip + r.gzip }), { raw: 0, gzip: 0 });
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

const all = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.endsWith('.js'));
console.log(`first page (sign-in + dashboard): ${rows.length} of ${all.length} chunks`);
for (const r of rows) console.log(`  ${r.file.padEnd(56)} ${kB(r.raw).padStart(10)} ${kB(r.gzip).padStart(10)} gzip`);
console.log(`total ${kB(total.raw)}, ${kB(total.gzip)} gzip`);
