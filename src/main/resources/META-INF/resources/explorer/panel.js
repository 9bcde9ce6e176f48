// The record panel: a record with its citations (verbatim excerpt, the source's title, author and publisher, the
// locator) and links to the records it connects to. A visit is read through its guest — leader, visits, resulting
// agreements — in one request, the graph's core traversal.
import { graphql, lit, CITATION } from './api.js';
import { describe } from './dates.js';
import { h, errorBox, loading, recordButton } from './ui.js';

const VISIT = `id date endDate city purpose guest { id name } host { id name } guestState { code name } hostState { code name }
  sources { ${CITATION} }
  resultingAgreements { id title kind date parties { code name } sources { ${CITATION} } supersedes { id title kind date } }
  statements { id text date speakerName }`;
const AGREEMENT = `id title kind date parties { code name } sources { ${CITATION} } supersedes { id title kind date }
  visit { id date endDate city guest { id name } hostState { code name } }`;
const EVENT = `id title kind date endDate description states { code name } sources { ${CITATION} }`;
const STATEMENT = `id text date speakerName speakers { id name } about { code name } sources { ${CITATION} }
  visit { id date guest { id name } hostState { code name } } agreement { id title date }`;
const STATE = `code name kind sources { ${CITATION} }`;

let shown = null;

export function closePanel() {
  const panel = document.getElementById('panel');
  shown = null;
  panel.hidden = true;
  panel.replaceChildren();
}

/** Finds a record by id in a list the API offers, narrowed by its date where the URL gives one. */
async function findIn(field, fields, id, date) {
  const dated = date ? `from: ${lit(date)}, to: ${lit(date)}, ` : '';
  let after = null;
  for (let round = 0; round < 10; round++) {
    const data = await graphql(`{ list: ${field}(${dated}first: 100${after ? `, after: ${lit(after)}` : ''}) {
      pageInfo { hasNextPage endCursor } edges { node { ${fields} } } } }`);
    const hit = data.list.edges.find(e => e.node.id === id);
    if (hit) return hit.node;
    if (!data.list.pageInfo.hasNextPage) return null;
    after = data.list.pageInfo.endCursor;
  }
  return null;
}

async function read(type, id, by) {
  if (type === 'visit') {
    if (!by) return null;
    const data = await graphql(`{ leader(id: ${lit(by)}) { id name visits { ${VISIT} } } }`);
    return data.leader?.visits.find(v => v.id === id) ?? null;
  }
  if (type === 'agreement') return findIn('agreements', AGREEMENT, id, by);
  if (type === 'event') return findIn('events', EVENT, id, by);
  if (type === 'statement') return findIn('statements', STATEMENT, id, null);
  if (type === 'state') return (await graphql(`{ state(code: ${lit(id)}) { ${STATE} } }`)).state;
  return null;
}

export async function showRecord(sel, by, app) {
  const key = `${sel}|${by ?? ''}`;
  if (shown === key) return;
  shown = key;
  const panel = document.getElementById('panel');
  panel.hidden = false;
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close the record', onclick: () => app.navigate({ sel: undefined, by: undefined }) }, '×');
  panel.replaceChildren(close, loading('Reading the record…'));
  const colon = sel.indexOf(':');
  const type = sel.slice(0, colon);
  const id = sel.slice(colon + 1);
  let record;
  try {
    record = await read(type, id, by);
  } catch (error) {
    if (shown === key) panel.replaceChildren(close, errorBox(error));
    return;
  }
  if (shown !== key) return;
  if (!record) {
    panel.replaceChildren(close, h('div', { class: 'error', role: 'alert', text: `No ${type} with id ${id} is in the graph.` }));
    return;
  }
  panel.replaceChildren(close, ...body(type, record, app).filter(Boolean));
  panel.dataset.record = sel;
  panel.focus();
}

function body(type, r, app) {
  if (type === 'visit') {
    return [
      h('p', { class: 'kind', text: 'Visit' }),
      h('h2', {}, r.guest.name, ' to ', r.hostState.name),
      facts([['Date', describe(r.date, r.endDate)], ['City', r.city], ['Travelling for', r.guestState?.name],
        ['Host', r.host?.name], ['Purpose', r.purpose]]),
      h('p', {}, leaderLink(app, r.guest), r.host ? [' · host: ', leaderLink(app, r.host)] : null),
      citations(r.sources),
      r.resultingAgreements.length ? h('section', { class: 'connected', 'aria-label': 'Resulting agreements' },
        h('h3', { text: 'Agreements that came out of this visit' }),
        r.resultingAgreements.map(a => h('article', { class: 'agreement' },
          h('h4', {}, recordButton(app, a.title, `agreement:${a.id}`, a.date ?? '')),
          facts([['Kind', kindName(a.kind)], ['Date', describe(a.date)], ['Parties', a.parties.map(p => p.name).join(', ')],
            ['Supersedes', a.supersedes ? `${a.supersedes.title} (${describe(a.supersedes.date)})` : null]]),
          citations(a.sources)))) : h('p', { class: 'muted', text: 'No agreement in the graph came out of this visit.' }),
      r.statements.length ? h('section', {}, h('h3', { text: 'Statements on this visit' }),
        h('ul', {}, r.statements.map(st => h('li', {}, recordButton(app, `${st.speakerName}: “${st.text}”`, `statement:${st.id}`))))) : null,
    ];
  }
  if (type === 'agreement') {
    return [
      h('p', { class: 'kind', text: `Agreement · ${kindName(r.kind)}` }),
      h('h2', { text: r.title }),
      facts([['Date', describe(r.date)], ['Parties', r.parties.map(p => p.name).join(', ')]]),
      r.supersedes ? h('p', {}, 'Supersedes: ', recordButton(app, `${r.supersedes.title} (${describe(r.supersedes.date)})`, `agreement:${r.supersedes.id}`, r.supersedes.date ?? '')) : null,
      r.visit ? h('p', {}, 'Came out of the visit: ', recordButton(app, `${r.visit.guest.name} to ${r.visit.hostState.name}, ${describe(r.visit.date, r.visit.endDate)}`, `visit:${r.visit.id}`, r.visit.guest.id)) : null,
      citations(r.sources),
    ];
  }
  if (type === 'event') {
    return [
      h('p', { class: 'kind', text: `Event · ${kindName(r.kind)}` }),
      h('h2', { text: r.title }),
      facts([['Date', describe(r.date, r.endDate)], ['States', r.states.map(p => p.name).join(', ')], ['Description', r.description]]),
      citations(r.sources),
    ];
  }
  if (type === 'statement') {
    return [
      h('p', { class: 'kind', text: 'Statement' }),
      h('blockquote', { text: r.text }),
      facts([['Said by', r.speakerName], ['Date', describe(r.date)], ['About', r.about.map(p => p.name).join(', ')]]),
      r.speakers.length ? h('p', {}, 'Speakers: ', r.speakers.map(sp => leaderLink(app, sp))) : null,
      r.visit ? h('p', {}, 'On the visit: ', recordButton(app, `${r.visit.guest.name} to ${r.visit.hostState.name}, ${describe(r.visit.date)}`, `visit:${r.visit.id}`, r.visit.guest.id)) : null,
      r.agreement ? h('p', {}, 'On the agreement: ', recordButton(app, r.agreement.title, `agreement:${r.agreement.id}`, r.agreement.date ?? '')) : null,
      citations(r.sources),
    ];
  }
  return [
    h('p', { class: 'kind', text: r.kind === 'ORGANIZATION' ? 'Organization' : 'State' }),
    h('h2', { text: `${r.name} (${r.code})` }),
    h('p', {}, h('button', { type: 'button', class: 'link', onclick: () => app.navigate({ view: 'timeline', state: r.code, sel: undefined, by: undefined }) }, 'Its timeline'),
      ' · ', h('button', { type: 'button', class: 'link', onclick: () => app.navigate({ view: 'ladder', state: r.code, sel: undefined, by: undefined }) }, 'Its partnership ladder')),
    citations(r.sources),
  ];
}

function leaderLink(app, leader) {
  return h('a', { href: `/?view=leader&lid=${encodeURIComponent(leader.id)}`, onclick: event => {
    event.preventDefault();
    app.navigate({ view: 'leader', lid: leader.id });
  } }, leader.name);
}

export function kindName(kind) {
  return kind.toLowerCase().replaceAll('_', ' ');
}

function facts(pairs) {
  const kept = pairs.filter(([, value]) => value);
  return h('dl', { class: 'facts' }, kept.map(([key, value]) => [h('dt', { text: key }), h('dd', { text: value })]));
}

/** The citations of a record, each with its verbatim excerpt and where it comes from. */
export function citations(sources) {
  if (!sources?.length) return h('p', { class: 'muted', text: 'No citation.' });
  return h('section', { class: 'citations', 'aria-label': 'Sources' }, h('h3', { text: 'Where it is written' }),
    sources.map(c => h('figure', { class: 'citation' },
      h('blockquote', { class: 'excerpt', text: c.excerpt }),
      h('figcaption', {},
        c.source.url ? h('a', { href: c.source.url, rel: 'noopener noreferrer', text: c.source.title }) : h('cite', { text: c.source.title }),
        c.source.author ? ` — ${c.source.author}` : '',
        c.source.publisher ? `, ${c.source.publisher}` : '',
        c.source.published ? ` (${c.source.published})` : '',
        c.locator ? h('span', { class: 'locator', text: ` · ${c.locator}` }) : null,
        c.supports?.length ? h('span', { class: 'supports', text: ` · supports: ${c.supports.join(', ')}` }) : null,
        c.note ? h('span', { class: 'note', text: ` · note: ${c.note}` }) : null))));
}
