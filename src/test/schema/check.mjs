// Checks that /graphql/schema.graphql is SDL a client tool can use: graphql-js builds it as served, and
// graphql-inspector finds no difference between it and the schema printed from the server's introspection.
// Usage: node check.mjs http://127.0.0.1:PORT
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.NODE_PATH, 'graphql', 'package.json'));
const { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } = require('graphql');

const base = process.argv[2];
const here = dirname(fileURLToPath(import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'schema-check-'));

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

const served = await fetch(`${base}/graphql/schema.graphql`);
if (!served.ok) fail(`GET /graphql/schema.graphql answered ${served.status}`);
const sdl = await served.text();
try {
  buildSchema(sdl);
} catch (e) {
  fail(`graphql-js cannot build the served SDL: ${e.message}`);
}
console.log(`served SDL: ${sdl.length} characters, built by graphql-js`);

const answer = await fetch(`${base}/graphql`, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  body: JSON.stringify({
    query: getIntrospectionQuery({
      descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true,
    }),
  }),
});
const introspection = await answer.json();
if (introspection.errors) fail(`introspection answered errors: ${JSON.stringify(introspection.errors)}`);
const printed = printSchema(buildClientSchema(introspection.data));
console.log(`introspected schema: ${printed.length} characters printed`);

const servedFile = join(work, 'served.graphql');
const printedFile = join(work, 'introspected.graphql');
writeFileSync(servedFile, sdl);
writeFileSync(printedFile, printed);
try {
  execFileSync('graphql-inspector', ['diff', servedFile, printedFile,
    '--rule', join(here, 'introspection-blind.cjs'), '--onComplete', join(here, 'fail-on-any-change.cjs')],
  { stdio: 'inherit' });
} catch {
  fail('graphql-inspector diff');
}
console.log('the served SDL and the introspected schema agree');
