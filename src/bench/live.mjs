// node live.mjs latency WRITE_URL LISTEN_URL TOKEN COUNT: COUNT changes written through WRITE_URL, one after another,
// each timed from its commit (its changedAt, the server's clock; one machine) to its arrival at a subscriber of
// LISTEN_URL; prints p50, p99 and the largest.
// node live.mjs idle URL COUNT CONNECTIONS: COUNT subscriptions spread over CONNECTIONS connections, held idle;
// touches /tmp/bamboo-live-idle.ready once every one is acknowledged by a first change.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(process.env.NODE_PATH + '/');
const { createClient } = require('graphql-ws');
const WebSocket = require('ws');

const [mode, ...args] = process.argv.slice(2);
const ws = (url) => url.replace(/^http/, 'ws') + '/graphql';
const SUBSCRIPTION = 'subscription { recordChanged(types: [SOURCE]) { id changedAt recordId } }';

async function write(url, token, title) {
  const response = await fetch(url + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify({ query: 'mutation($t: String!) { createSource(input: {title: $t}) { id } }', variables: { t: title } }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.createSource.id;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];

if (mode === 'latency') {
  const [writeUrl, listenUrl, token, count] = args;
  const client = createClient({ url: ws(listenUrl), webSocketImpl: WebSocket });
  const arrived = new Map();
  client.subscribe({ query: SUBSCRIPTION }, {
    next: ({ data }) => arrived.set(data.recordChanged.recordId, Date.now() - Date.parse(data.recordChanged.changedAt)),
    error: (e) => { console.error(e); process.exit(1); },
    complete: () => {},
  });
  while (arrived.size === 0) {
    await write(writeUrl, token, 'bench: warming up');
    await new Promise((r) => setTimeout(r, 300));
  }
  arrived.clear();
  const ids = [];
  for (let i = 0; i < Number(count); i++) ids.push(await write(writeUrl, token, 'bench: change ' + i));
  const deadline = Date.now() + 30000;
  while (ids.some((id) => !arrived.has(id)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const times = ids.map((id) => arrived.get(id)).filter((t) => t !== undefined).sort((a, b) => a - b);
  const where = writeUrl === listenUrl ? 'same instance' : 'other instance';
  console.log(`commit to delivery, ${where}: ${times.length} of ${ids.length} changes arrived; p50 ${percentile(times, 0.5)} ms, `
    + `p99 ${percentile(times, 0.99)} ms, max ${times[times.length - 1]} ms`);
  await client.dispose();
  process.exit(times.length === ids.length ? 0 : 1);
}

if (mode === 'idle') {
  const [url, count, connections] = args.map((a, i) => (i === 0 ? a : Number(a)));
  let acknowledged = 0;
  const clients = [];
  for (let c = 0; c < connections; c++) {
    const client = createClient({ url: ws(url), webSocketImpl: WebSocket, lazy: false });
    clients.push(client);
    for (let s = 0; s < count / connections; s++) {
      client.subscribe({ query: SUBSCRIPTION }, { next: () => {}, error: (e) => { console.error(e); process.exit(1); }, complete: () => {} });
    }
    client.on('connected', () => { acknowledged += count / connections; });
  }
  while (acknowledged < count) await new Promise((r) => setTimeout(r, 100));
  await new Promise((r) => setTimeout(r, 2000)); // the subscribe messages behind the acknowledgement
  writeFileSync('/tmp/bamboo-live-idle.ready', String(count));
  setInterval(() => {}, 1 << 30);
}
