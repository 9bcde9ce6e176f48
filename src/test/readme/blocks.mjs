// Reads README.md for the README check (run.sh): lists its fenced code blocks, and posts its GraphQL examples.
//
//   node blocks.mjs list README.md DIR       writes each block's text to DIR/NNN and an index DIR/index.tsv of
//                                            "NNN <tab> language <tab> first line of the block <tab> section"
//   node blocks.mjs post URL FILE LINE [TOKEN]
//                                            posts the GraphQL document in FILE to URL (with a bearer TOKEN, if
//                                            given) and fails naming README line LINE unless it answers with data
//                                            and no errors
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [command, ...args] = process.argv.slice(2);

if (command === 'list') {
  const [readme, dir] = args;
  mkdirSync(dir, { recursive: true });
  const lines = readFileSync(readme, 'utf8').split('\n');
  const headings = [];
  const index = [];
  let open = null;
  lines.forEach((text, i) => {
    const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(text);
    if (open) {
      if (fence && fence[2][0] === open.marker[0] && fence[2].length >= open.marker.length && !fence[3]) {
        const name = String(index.length + 1).padStart(3, '0');
        writeFileSync(join(dir, name), open.body.join('\n') + '\n');
        index.push([name, open.language || 'none', open.line, headings.filter(Boolean).join(' / ')].join('\t'));
        open = null;
      } else {
        open.body.push(text);
      }
      return;
    }
    if (fence) {
      open = { marker: fence[2], language: fence[3], line: i + 2, body: [] };
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) {
      const level = heading[1].length;
      headings.length = level;
      headings[level - 1] = heading[2];
    }
  });
  if (open) {
    console.error(`README line ${open.line - 1}: a code block that is never closed`);
    process.exit(1);
  }
  writeFileSync(join(dir, 'index.tsv'), index.map(row => row + '\n').join(''));
} else if (command === 'post') {
  const [url, file, , token] = args;
  let line = args[2];
  const query = readFileSync(file, 'utf8');
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const fail = message => {
    console.error(`FAIL: README line ${line}: ${message}`);
    process.exit(1);
  };
  let response;
  let text;
  try {
    response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    text = await response.text();
  } catch (e) {
    fail(`the service did not answer: ${e.cause?.message ?? e.message}`);
  }
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    fail(`HTTP ${response.status}, not JSON: ${text.slice(0, 300)}`);
  }
  if (answer.errors) {
    // Name the README line an error points at, where it gives a location in the document.
    const at = answer.errors.find(error => error.locations?.length)?.locations[0];
    if (at) line = `${Number(line) + at.line - 1} (the example from line ${line})`;
    fail(`the example answered errors: ${JSON.stringify(answer.errors)}`);
  }
  if (response.status !== 200) fail(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  if (!answer.data || Object.values(answer.data).every(value => value === null)) {
    fail(`the example answered no data: ${text.slice(0, 300)}`);
  }
  const shown = JSON.stringify(answer.data);
  console.log(`README line ${line}: ${shown.length > 160 ? shown.slice(0, 157) + '...' : shown}`);
} else {
  console.error('usage: node blocks.mjs list README.md DIR | post URL FILE LINE [TOKEN]');
  process.exit(2);
}
