// Search results: the `search` query's hits, best first, each with its snippet and the words it matched marked.
import { graphql, lit } from './api.js';
import { describe } from './dates.js';
import { h, errorBox, loading } from './ui.js';

const NODE = `__typename
  ... on Visit { id date endDate guest { id name } hostState { code name } }
  ... on Agreement { id title date }
  ... on Event { id title date endDate }
  ... on Statement { id speakerName date }
  ... on Leader { id name }
  ... on State { code name }`;

export async function render(main, view, app) {
  const text = view.q ?? '';
  const title = h('h2', { text: `Search: ${text}` });
  main.replaceChildren(title, loading('Searching…'));
  let data;
  try {
    data = await graphql(`{ search(text: ${lit(text)}, first: 50) { totalCount edges { field snippet highlights { start end } node { ${NODE} } } } }`);
  } catch (error) {
    main.replaceChildren(title, errorBox(error));
    return;
  }
  const { totalCount, edges } = data.search;
  main.replaceChildren(title, h('p', { class: 'summary', text: `${totalCount} record${totalCount === 1 ? '' : 's'} match${totalCount === 1 ? 'es' : ''}${totalCount > edges.length ? `; the best ${edges.length} are listed` : ''}.` }),
    h('ol', { class: 'hits' }, edges.map(edge => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => open(edge.node, app) }, heading(edge.node)),
      h('p', { class: 'snippet' }, marked(edge.snippet, edge.highlights), h('span', { class: 'muted', text: ` (in ${edge.field})` }))))));
  document.body.dataset.search = 'ready';
}

function heading(n) {
  switch (n.__typename) {
    case 'Visit': return `Visit: ${n.guest.name} to ${n.hostState.name}, ${describe(n.date, n.endDate)}`;
    case 'Agreement': return `Agreement: ${n.title}, ${describe(n.date)}`;
    case 'Event': return `Event: ${n.title}, ${describe(n.date, n.endDate)}`;
    case 'Statement': return `Statement by ${n.speakerName}, ${describe(n.date)}`;
    case 'Leader': return `Leader: ${n.name}`;
    default: return `State: ${n.name} (${n.code})`;
  }
}

function open(n, app) {
  switch (n.__typename) {
    case 'Visit': return app.navigate({ sel: `visit:${n.id}`, by: n.guest.id });
    case 'Agreement': return app.navigate({ sel: `agreement:${n.id}`, by: n.date ?? '' });
    case 'Event': return app.navigate({ sel: `event:${n.id}`, by: n.date ?? '' });
    case 'Statement': return app.navigate({ sel: `statement:${n.id}`, by: undefined });
    case 'Leader': return app.navigate({ view: 'leader', lid: n.id, q: undefined });
    default: return app.navigate({ sel: `state:${n.code}`, by: undefined });
  }
}

/** The snippet as text nodes, with the highlighted ranges (UTF-16 offsets, as JavaScript counts) in <mark>. */
function marked(snippet, highlights) {
  const parts = [];
  let at = 0;
  for (const { start, end } of [...highlights].sort((a, b) => a.start - b.start)) {
    if (start < at) continue;
    parts.push(snippet.slice(at, start), h('mark', { text: snippet.slice(start, end) }));
    at = end;
  }
  parts.push(snippet.slice(at));
  return parts;
}
