// Subscribes with graphql-ws as an anonymous reader and as an editor, writes through the API and checks what arrives.
// Usage: node check.mjs BASE_URL EDITOR_TOKEN. Exits 1, saying what was wrong, on the first failed check.
import { createRequire } from 'node:module';
const require = createRequire(process.env.NODE_PATH + '/');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [base, token] = process.argv.slice(2);
const wsUrl = base.replace(/^http/, 'ws') + '/graphql';

function fail(message) {
  console.error('FAIL: ' + message);
  process.exit(1);
}

function check(condition, message) {
  if (!condition) fail(message);
  console.log('ok: ' + message);
}

async function graphql(query, variables = {}) {
  const response = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) fail(query + ' answered ' + JSON.stringify(body.errors));
  return body.data;
}

/** A subscriber keeping what arrives; with a token, its handshake carries it. */
function subscriber(withToken) {
  const impl = withToken
    ? class extends WebSocket {
        constructor(url, protocols) {
          super(url, protocols, { headers: { Authorization: 'Bearer ' + token } });
        }
      }
    : WebSocket;
  const client = createClient({ url: wsUrl, webSocketImpl: impl, retryAttempts: 0 });
  const received = [];
  const waiting = [];
  client.subscribe(
    {
      query: 'subscription { recordChanged(types: [SOURCE]) { id kind type recordId version changedBy '
        + 'record { ... on Source { title } } } }',
    },
    {
      next: (message) => {
        received.push(message);
        while (waiting.length) waiting.shift()();
      },
      error: (error) => fail('the subscription failed: ' + JSON.stringify(error)),
      complete: () => {},
    },
  );
  return {
    client,
    received,
    async next(ms = 15000) {
      const deadline = Date.now() + ms;
      while (!received.length) {
        if (Date.now() > deadline) return null;
        await new Promise((resolve) => { waiting.push(resolve); setTimeout(resolve, 100); });
      }
      const message = received.shift();
      if (message.errors) fail('a change came with errors: ' + JSON.stringify(message.errors));
      return message.data.recordChanged;
    },
  };
}

const createSource = (title) => graphql('mutation($t: String!) { createSource(input: {title: $t}) { id version } }',
  { t: title }).then((d) => d.createSource);

const reader = subscriber(false);
const editor = subscriber(true);

// Written until both subscriptions hear of it: then both are in place.
let ready = false;
for (let attempt = 0; attempt < 60 && !ready; attempt++) {
  await createSource('live check: warming up');
  await new Promise((resolve) => setTimeout(resolve, 500));
  ready = reader.received.length > 0 && editor.received.length > 0;
}
check(ready, 'both subscriptions started');
await new Promise((resolve) => setTimeout(resolve, 500));
reader.received.length = 0;
editor.received.length = 0;

const created = await createSource('live check: a source');
let change = await reader.next();
check(change && change.kind === 'CREATED' && change.recordId === created.id && change.version === 0,
  'the reader hears of the create: ' + JSON.stringify(change));
check(change.record && change.record.title === 'live check: a source', 'the change carries the record');
const createdChange = change.id;
check(change.changedBy === null, 'an anonymous reader does not learn who wrote');
const editorChange = await editor.next();
check(editorChange && editorChange.changedBy === 'ci-editor', 'an editor does: ' + JSON.stringify(editorChange));

await graphql('mutation($id: ID!) { updateSource(id: $id, version: 0, input: {title: "live check: renamed"}) { version } }',
  { id: created.id });
change = await reader.next();
check(change && change.kind === 'UPDATED' && change.version === 1 && change.record.title === 'live check: renamed',
  'the reader hears of the update: ' + JSON.stringify(change));

await graphql('mutation($id: ID!) { deleteSource(id: $id, version: 1) }', { id: created.id });
const deleted = await reader.next();
check(deleted && deleted.kind === 'DELETED' && deleted.recordId === created.id && deleted.record === null,
  'the reader hears of the delete: ' + JSON.stringify(deleted));
await editor.next();
await editor.next();

const log = await graphql('query($since: String!) { recordChanges(since: $since) { edges { node { kind recordId } } } }',
  { since: String(Number(createdChange) - 1) });
const kinds = log.recordChanges.edges.map((e) => e.node).filter((n) => n.recordId === created.id).map((n) => n.kind);
check(JSON.stringify(kinds) === '["CREATED","UPDATED","DELETED"]', 'the change log keeps all three, the delete '
  + 'as a tombstone: ' + JSON.stringify(kinds));

check((await reader.next(1000)) === null, 'nothing else arrived');
await reader.client.dispose();
await editor.client.dispose();
console.log('live check passed');
process.exit(0);
