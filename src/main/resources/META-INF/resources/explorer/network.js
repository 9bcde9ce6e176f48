// Network of states for a period: visits (guest state to host state) and agreements (each pair of parties) as
// edges weighted by count, from two grouped counts in one request. Clicking an edge lists what it counts.
import { graphql, lit } from './api.js';
import { describe } from './dates.js';
import { h, s, errorBox, loading, recordButton } from './ui.js';
import { kindName } from './panel.js';

function periodOf(view) {
  const year = new Date().getUTCFullYear();
  return { from: view.from ?? String(year - 4), to: view.to ?? String(year) };
}

export async function render(main, view, app) {
  const p = periodOf(view);
  const title = () => h('h2', { text: `Network of states, ${p.from} to ${p.to}` });
  main.replaceChildren(title(), form(p, app), loading());
  let data;
  try {
    data = await graphql(`{
      visits: visitStats(from: ${lit(p.from)}, to: ${lit(p.to)}, groupBy: [GUEST_STATE, HOST_STATE]) { guestState { code name } hostState { code name } count }
      agreements: agreementStats(from: ${lit(p.from)}, to: ${lit(p.to)}, groupBy: [PARTY_PAIR]) { parties { code name } count } }`);
  } catch (error) {
    main.replaceChildren(title(), form(p, app), errorBox(error));
    return;
  }
  const edges = edgesOf(data);
  const chart = h('div', { class: 'network' });
  const detail = h('section', { id: 'edge-detail', 'aria-live': 'polite' });
  main.replaceChildren(title(), form(p, app),
    h('p', { class: 'summary', text: `${edges.length} pairs of states exchanged visits or sealed agreements in the period. The line's width grows with the count; choose a line or a row of the table to list what it counts. The historian datasets cover trips to and from the United States only, so it sits at the centre of most periods.` }),
    chart, detail, table(edges, p, app, detail));
  draw(chart, edges, p, app, detail);
  document.body.dataset.network = 'ready';
}

function form(p, app) {
  const from = h('input', { id: 'nw-from', value: p.from, size: 10 });
  const to = h('input', { id: 'nw-to', value: p.to, size: 10 });
  return h('form', { class: 'filters', 'aria-label': 'Network period', onsubmit: e => { e.preventDefault(); app.navigate({ from: from.value.trim() || undefined, to: to.value.trim() || undefined }); } },
    h('label', { for: 'nw-from' }, 'From '), from, h('label', { for: 'nw-to' }, 'To '), to, h('button', { type: 'submit', text: 'Show' }));
}

/** One undirected edge per pair of states, with its visit and agreement counts. */
function edgesOf(data) {
  const edges = new Map();
  const edge = (a, b) => {
    const [x, y] = a.code < b.code ? [a, b] : [b, a];
    const key = `${x.code}-${y.code}`;
    if (!edges.has(key)) edges.set(key, { key, a: x, b: y, visits: 0, agreements: 0 });
    return edges.get(key);
  };
  for (const row of data.visits) if (row.guestState && row.hostState && row.guestState.code !== row.hostState.code) edge(row.guestState, row.hostState).visits += row.count;
  for (const row of data.agreements) if (row.parties?.length === 2) edge(row.parties[0], row.parties[1]).agreements += row.count;
  return [...edges.values()].sort((m, n) => (n.visits + n.agreements) - (m.visits + m.agreements));
}

function draw(holder, edges, p, app, detail) {
  const width = Math.max(600, holder.clientWidth || 900);
  const height = Math.min(720, Math.max(420, width * 0.7));
  const weight = new Map();
  const names = new Map();
  for (const e of edges) {
    for (const st of [e.a, e.b]) { weight.set(st.code, (weight.get(st.code) ?? 0) + e.visits + e.agreements); names.set(st.code, st.name); }
  }
  const nodes = [...weight.keys()].sort((m, n) => weight.get(n) - weight.get(m));
  if (!nodes.length) { holder.replaceChildren(h('p', { class: 'muted', text: 'No visit or agreement between states in this period.' })); return; }
  // The busiest state at the centre, the others on a circle in order of weight: a readable star for hub-and-spoke data.
  const place = new Map();
  const cx = width / 2;
  const cy = height / 2;
  const r = Math.min(cx, cy) - 70;
  place.set(nodes[0], { x: cx, y: cy });
  // Successive ranks a golden section apart, so the next busiest states do not crowd one side.
  nodes.slice(1).forEach((code, i) => {
    const angle = 2 * Math.PI * ((i * 0.381966) % 1) - Math.PI / 2;
    place.set(code, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  });
  const most = Math.max(1, ...edges.map(e => e.visits + e.agreements));
  const svg = s('svg', { class: 'network-chart', width, height, role: 'group', 'aria-label': `Network of ${nodes.length} states` });
  // The heaviest edges last, so they lie on top where edges cross.
  for (const e of [...edges].reverse()) {
    const m = place.get(e.a.code);
    const n = place.get(e.b.code);
    const label = edgeLabel(e);
    const line = s('line', { x1: m.x, y1: m.y, x2: n.x, y2: n.y, class: `edge${e.agreements ? ' with-agreements' : ''}`, 'stroke-width': 1 + 7 * Math.sqrt((e.visits + e.agreements) / most),
      tabindex: 0, role: 'button', 'data-pair': e.key, 'aria-label': label }, s('title', { text: label }));
    const open = () => showEdge(e, p, app, detail);
    line.addEventListener('click', open);
    line.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); open(); } });
    svg.append(line);
  }
  for (const code of nodes) {
    const at = place.get(code);
    const size = 4 + 10 * Math.sqrt(weight.get(code) / Math.max(...weight.values()));
    svg.append(s('g', { class: 'node', 'data-code': code }, s('circle', { cx: at.x, cy: at.y, r: size }, s('title', { text: `${names.get(code)}: ${weight.get(code)}` })),
      s('text', { x: at.x + size + 2, y: at.y + 4, class: 'node-label', text: code })));
  }
  holder.replaceChildren(svg);
}

function edgeLabel(e) {
  return `${e.a.name} – ${e.b.name}: ${e.visits} visit${e.visits === 1 ? '' : 's'}, ${e.agreements} agreement${e.agreements === 1 ? '' : 's'}`;
}

function table(edges, p, app, detail) {
  return h('details', { class: 'listing', open: edges.length <= 15 }, h('summary', { text: `Pairs of states (${edges.length})` }),
    h('table', { id: 'nw-edges' }, h('thead', {}, h('tr', {}, h('th', { text: 'Pair' }), h('th', { text: 'Visits' }), h('th', { text: 'Agreements' }))),
      h('tbody', {}, edges.map(e => h('tr', { 'data-pair': e.key },
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showEdge(e, p, app, detail) }, `${e.a.name} – ${e.b.name}`)),
        h('td', { text: e.visits }), h('td', { text: e.agreements }))))));
}

/** What an edge counts: the visits both ways and the agreements of the pair, in one request. */
async function showEdge(e, p, app, detail) {
  detail.replaceChildren(loading(`Reading ${e.a.name} – ${e.b.name}…`));
  const dates = `from: ${lit(p.from)}, to: ${lit(p.to)}`;
  const visit = 'id date endDate city guest { id name } guestState { code } hostState { code name }';
  let data;
  try {
    data = await graphql(`{
      ab: visits(${dates}, guestState: ${lit(e.a.code)}, hostState: ${lit(e.b.code)}, first: 100) { totalCount edges { node { ${visit} } } }
      ba: visits(${dates}, guestState: ${lit(e.b.code)}, hostState: ${lit(e.a.code)}, first: 100) { totalCount edges { node { ${visit} } } }
      pairs: agreementStats(${dates}, party: ${lit(e.a.code)}, groupBy: [PARTY_PAIR]) { parties { code } count agreements(first: 100) { edges { node { id title kind date } } } } }`);
  } catch (error) {
    detail.replaceChildren(errorBox(error));
    return;
  }
  const visits = [...data.ab.edges, ...data.ba.edges].map(x => x.node);
  const pair = data.pairs.find(g => g.parties?.length === 2 && g.parties.some(st => st.code === e.b.code) && g.parties.some(st => st.code === e.a.code));
  const agreements = pair ? pair.agreements.edges.map(x => x.node) : [];
  const more = data.ab.totalCount + data.ba.totalCount - visits.length;
  detail.replaceChildren(h('h3', { text: edgeLabel(e) }),
    h('p', {}, h('a', { href: `/export/visits.csv?guestState=${e.a.code}&hostState=${e.b.code}&from=${p.from}&to=${p.to}` }, `CSV: visits ${e.a.code} → ${e.b.code}`), ' · ',
      h('a', { href: `/export/visits.csv?guestState=${e.b.code}&hostState=${e.a.code}&from=${p.from}&to=${p.to}` }, `CSV: visits ${e.b.code} → ${e.a.code}`)),
    h('ul', { class: 'edge-records' },
      visits.map(v => h('li', {}, recordButton(app, `Visit: ${v.guest.name} (${v.guestState.code}) to ${v.hostState.name}${v.city ? `, ${v.city}` : ''} — ${describe(v.date, v.endDate)}`, `visit:${v.id}`, v.guest.id))),
      agreements.map(a => h('li', {}, recordButton(app, `Agreement: ${a.title} (${kindName(a.kind)}) — ${describe(a.date)}`, `agreement:${a.id}`, a.date ?? '')))),
    ...(more > 0 ? [h('p', { class: 'muted', text: `${more} more visits; the CSV links list them all.` })] : []));
  detail.focus?.();
}
