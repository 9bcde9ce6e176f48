// Partnership ladder: each partner's standing with a state over time, read from partnerships(asOf) at the end of
// every date the state's agreements carry. A step dated to a year or a month climbs across the span it names (the
// agreement stands by its end) and is labelled with the date as the source gives it; undated ones stand apart.
import { graphql, lit } from './api.js';
import { spanOf, startOf, endOf, describe } from './dates.js';
import { h, s, errorBox, loading, recordButton } from './ui.js';
import { axisTicks } from './ticks.js';
import { kindName } from './panel.js';

const LEVELS = ['COMPREHENSIVE_PARTNERSHIP', 'STRATEGIC_PARTNERSHIP', 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP'];
const AT_ONCE = 12;

export async function render(main, view, app) {
  const state = (view.state || 'VNM').toUpperCase();
  main.replaceChildren(h('h2', { text: `Partnership ladder of ${state}` }), form(state, app), loading());
  let data;
  try {
    data = await load(state);
  } catch (error) {
    main.replaceChildren(h('h2', { text: `Partnership ladder of ${state}` }), form(state, app), errorBox(error));
    return;
  }
  const name = data.name ?? state;
  const chart = h('div', { class: 'ladder' });
  main.replaceChildren(h('h2', { text: `Partnership ladder of ${name}` }), form(state, app),
    h('p', { class: 'summary', text: 'Each row is a partner; a step is an agreement that raised the partnership, standing from the end of the span its date names (a year or month date is drawn hatched across that span). Levels: comprehensive partnership, strategic partnership, comprehensive strategic partnership.' }),
    chart, undated(data, app), table(data, app));
  draw(chart, data, app);
  document.body.dataset.ladder = 'ready';
}

function form(state, app) {
  const input = h('input', { id: 'ld-state', value: state, size: 6 });
  return h('form', { class: 'filters', 'aria-label': 'Ladder state', onsubmit: e => { e.preventDefault(); app.navigate({ state: input.value.trim().toUpperCase() || undefined }); } },
    h('label', { for: 'ld-state' }, 'State (code) '), input, h('button', { type: 'submit', text: 'Show' }));
}

async function load(state) {
  const agreements = [];
  let after = null;
  let name = null;
  for (let round = 0; round < 10; round++) {
    const data = await graphql(`{ st: state(code: ${lit(state)}) { name } list: agreements(party: ${lit(state)}, first: 100${after ? `, after: ${lit(after)}` : ''}) {
      pageInfo { hasNextPage endCursor } edges { node { date } } } }`);
    name = data.st?.name ?? name;
    agreements.push(...data.list.edges.map(e => e.node));
    if (!data.list.pageInfo.hasNextPage) break;
    after = data.list.pageInfo.endCursor;
  }
  const dates = [...new Set(agreements.map(a => a.date).filter(Boolean))].sort((a, b) => endOf(a) - endOf(b));
  const fields = 'partner { code name } agreement { id title kind date }';
  const standings = [];
  for (let i = 0; i < dates.length; i += AT_ONCE) {
    const chunk = dates.slice(i, i + AT_ONCE);
    const data = await graphql(`{ ${chunk.map((d, j) => `p${j}: partnerships(state: ${lit(state)}, asOf: ${lit(d)}) { ${fields} }`).join(' ')} }`);
    chunk.forEach((d, j) => standings.push({ asOf: d, rows: data[`p${j}`] }));
  }
  const today = (await graphql(`{ now: partnerships(state: ${lit(state)}) { ${fields} } }`)).now;
  return { state, name, steps: stepsOf(standings), today };
}

/** Per partner, the agreements at which its standing changed, in order. */
function stepsOf(standings) {
  const partners = new Map();
  for (const { rows } of standings) {
    for (const row of rows) {
      const p = partners.get(row.partner.code) ?? { partner: row.partner, steps: [] };
      const last = p.steps[p.steps.length - 1];
      if (!last || last.agreement.id !== row.agreement.id) p.steps.push({ agreement: row.agreement });
      partners.set(row.partner.code, p);
    }
  }
  return [...partners.values()].filter(p => p.steps.some(st => st.agreement.date))
    .sort((a, b) => startOf(a.steps[0].agreement.date) - startOf(b.steps[0].agreement.date));
}

const LABEL = 130;
const ROW = 54;

function level(kind) {
  const i = LEVELS.indexOf(kind);
  return i < 0 ? 0.5 : i + 1;
}

function draw(holder, data, app) {
  const width = Math.max(600, holder.clientWidth || 960);
  const dated = data.steps.flatMap(p => p.steps.map(st => st.agreement.date).filter(Boolean));
  if (!dated.length) { holder.replaceChildren(h('p', { class: 'muted', text: 'No dated partnership of this state is in the graph.' })); return; }
  const start = Date.UTC(new Date(Math.min(...dated.map(startOf))).getUTCFullYear() - 1, 0, 1);
  const end = Date.UTC(new Date().getUTCFullYear() + 1, 0, 1);
  const x = t => LABEL + ((t - start) / (end - start)) * (width - LABEL - 20);
  const svg = s('svg', { class: 'ladder-chart', width, height: 30 + data.steps.length * ROW, role: 'group',
    'aria-label': `Partnership levels of ${data.name ?? data.state} with ${data.steps.length} partners over time; the table below gives the same steps` });
  svg.append(s('defs', {}, s('pattern', { id: 'hatch-l', width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 4, height: 4, class: 'hatch-bg' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 4, class: 'hatch-line' }))));
  for (const tick of axisTicks(start, end, 14)) {
    svg.append(s('line', { x1: x(tick.at), x2: x(tick.at), y1: 20, y2: 30 + data.steps.length * ROW, class: 'tick' }),
      s('text', { x: x(tick.at) + 2, y: 14, class: 'tick-label', text: tick.label }));
  }
  data.steps.forEach((p, i) => {
    const top = 30 + i * ROW;
    const base = top + ROW - 8;
    const yOf = kind => base - (level(kind) / 3) * (ROW - 20);
    const g = s('g', { class: 'partner', 'data-partner': p.partner.code });
    g.append(s('text', { x: 4, y: top + ROW / 2, class: 'lane-label', text: p.partner.name }));
    let prevY = base;
    let prevX = x(start);
    const stepsDated = p.steps.filter(st => st.agreement.date);
    stepsDated.forEach((st, k) => {
      const span = spanOf(st.agreement.date);
      const x1 = x(span.start);
      const x2 = Math.max(x1 + 2, x(span.end));
      const y = yOf(st.agreement.kind);
      const nextX = k + 1 < stepsDated.length ? x(spanOf(stepsDated[k + 1].agreement.date).start) : x(end);
      g.append(s('line', { x1: prevX, x2: x1, y1: prevY, y2: prevY, class: k === 0 ? 'level none' : 'level' }));
      // The span the date names, hatched where it is a year or month: the step is reached by its end.
      g.append(s('rect', { x: x1, y: y - 2, width: x2 - x1, height: base - y + 2, class: span.precision === 'day' ? 'step-span' : 'step-span approx' }));
      g.append(s('line', { x1: x2, x2: nextX, y1: y, y2: y, class: 'level' }));
      const shown = `${st.agreement.date} ${short(st.agreement.kind)}`;
      const label = `${shown}: ${p.partner.name}, ${kindName(st.agreement.kind)} from ${describe(st.agreement.date)}`;
      const mark = s('text', { x: x1, y: y - 5, class: 'step-label', tabindex: 0, role: 'button', 'data-date': st.agreement.date,
        'data-kind': st.agreement.kind, 'aria-label': label, text: shown }, s('title', { text: label }));
      const open = () => app.navigate({ sel: `agreement:${st.agreement.id}`, by: st.agreement.date });
      mark.addEventListener('click', open);
      mark.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
      g.append(mark);
      prevY = y;
      prevX = nextX;
    });
    svg.append(g);
  });
  holder.replaceChildren(svg);
}

function short(kind) {
  return { COMPREHENSIVE_PARTNERSHIP: 'CP', STRATEGIC_PARTNERSHIP: 'SP', COMPREHENSIVE_STRATEGIC_PARTNERSHIP: 'CSP' }[kind] ?? kindName(kind);
}

function undated(data, app) {
  const rows = data.today.filter(r => !r.agreement.date);
  if (!rows.length) return h('p', { class: 'muted', text: 'Every partnership standing today has a date in the sources.' });
  return h('section', { class: 'undated', 'aria-label': 'Partnerships whose date is not given' }, h('h3', { text: 'Date not given' }),
    h('p', { class: 'muted', text: 'These stand today, but the sources give no date, so they are not placed on the time axis.' }),
    h('ul', {}, rows.map(r => h('li', { 'data-partner': r.partner.code }, `${r.partner.name}: `,
      recordButton(app, `${kindName(r.agreement.kind)} — date not given`, `agreement:${r.agreement.id}`, '')))));
}

function table(data, app) {
  return h('details', { class: 'listing' }, h('summary', { text: 'Steps as a table' }),
    h('table', { id: 'ld-steps' }, h('thead', {}, h('tr', {}, h('th', { text: 'Partner' }), h('th', { text: 'Level' }), h('th', { text: 'Date as given' }))),
      h('tbody', {}, data.steps.flatMap(p => p.steps.map(st => h('tr', { 'data-partner': p.partner.code }, h('td', { text: p.partner.name }),
        h('td', {}, recordButton(app, kindName(st.agreement.kind), `agreement:${st.agreement.id}`, st.agreement.date ?? '')),
        h('td', { text: describe(st.agreement.date) })))))));
}

