// Resolves netlify.toml (and the _redirects and _headers files the build writes in the publish folder) with Netlify's own parser, and prints as
// JSON what production would use: the build settings, the header rules, the redirects, and for each path given on
// the command line every header value the rules that match it would send (Netlify's own path matching).
// Usage: node netlify-config.mjs <folder holding netlify.toml> [path…]
import { resolveConfig } from '@netlify/config';
import { parseAllHeaders } from '@netlify/headers-parser';
import { join } from 'node:path';

const [folder, ...paths] = process.argv.slice(2);
const { config } = await resolveConfig({
  cwd: folder, repositoryRoot: folder, context: 'production', mode: 'buildbot', offline: true, buffer: true,
});
const { headers, errors } = await parseAllHeaders({
  headersFiles: [join(config.build.publish, '_headers')], configHeaders: config.headers, minimal: false,
});
if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));

const headersFor = Object.fromEntries(paths.map((path) => {
  const sent = {};
  for (const rule of headers.filter((h) => h.forRegExp.test(path))) {
    for (const [name, value] of Object.entries(rule.values)) (sent[name] ??= []).push(value);
  }
  return [path, sent];
}));

console.log(JSON.stringify({
  build: { publish: config.build.publish, command: config.build.command },
  headers: config.headers.map(({ for: path, values }) => ({ for: path, values })),
  redirects: config.redirects.map(({ from, to, status, force }) => ({ from, to, status, force })),
  headersFor,
}));
