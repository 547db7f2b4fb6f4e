// Serves the built site (the publish folder of netlify.toml) on 127.0.0.1 with the headers Netlify would send for each
// path, so /admin/ runs under its own policy as in production. Used by scripts/editor.sh.
// Usage: node scripts/editor-server.mjs <repository root> <port>
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { join, extname, normalize } from 'node:path';
import { execFileSync } from 'node:child_process';

const [root, port] = process.argv.slice(2);
const tools = join(root, 'tests', 'tools');
const rules = JSON.parse(execFileSync('node', [join(tools, 'netlify-header-rules.mjs'), root], { cwd: tools }).toString())
  .map((rule) => ({ pattern: new RegExp(rule.pattern, rule.flags), values: rule.values }));
const site = join(root, '_site');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.yml': 'text/yaml; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.png': 'image/png',
  '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2',
};

async function fileFor(path) {
  const file = normalize(join(site, path.endsWith('/') ? path + 'index.html' : path));
  if (!file.startsWith(site)) return null;
  try { return (await stat(file)).isFile() ? file : null; } catch { return null; }
}

createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const sent = {};
  for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of Object.entries(rule.values)) (sent[name] ??= []).push(value);
  for (const [name, values] of Object.entries(sent)) response.setHeader(name, values.join(', '));
  let file = await fileFor(path);
  if (!file) { response.statusCode = 404; file = await fileFor('/404.html'); }
  if (!file) return response.end();
  response.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
  response.end(await readFile(file));
}).listen(Number(port), '127.0.0.1', () => console.log(`editor-server: http://127.0.0.1:${port}/admin/`));
