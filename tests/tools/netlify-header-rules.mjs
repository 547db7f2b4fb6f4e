// Prints, as JSON, the header rules production would apply: netlify.toml's and those of the _headers file the build
// wrote into the publish folder (@netlify/config reads both), each with the regular expression Netlify's own parser
// matches request paths against (its source and flags), in Netlify's order. A test server applies them.
// Usage: node netlify-header-rules.mjs <folder holding netlify.toml, with the site built into its publish folder>
import { resolveConfig } from '@netlify/config';
import { parseAllHeaders } from '@netlify/headers-parser';

const [folder] = process.argv.slice(2);
const { config } = await resolveConfig({
  cwd: folder, repositoryRoot: folder, context: 'production', mode: 'buildbot', offline: true, buffer: true,
});
const { headers, errors } = await parseAllHeaders({ headersFiles: [], configHeaders: config.headers, minimal: false });
if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
console.log(JSON.stringify(headers.map((rule) => ({
  for: rule.for, pattern: rule.forRegExp.source, flags: rule.forRegExp.flags, values: rule.values,
}))));
