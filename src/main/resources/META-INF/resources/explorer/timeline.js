// Timeline of visits, agreements and events. One request counts what is in view (visitStats, agreementStats,
// eventStats); up to about 300 records it then reads them, a page of 100 per list and request, and draws each as the
// span its date names; beyond that it draws the counts per year or decade. Never a request per record.
import { graphql, lit } from './api.js';
import { spanOf, describe, isoDay, period, startOf, DAY_MS } from './dates.js';
import { h, s, errorBox, loading, recordButton } from './ui.js';
import { axisTicks } from './ticks.js';

export const RECORD_LIMIT = 300;
const KINDS = ['visit', 'agreement', 'event'];
const LANE_NAMES = { visit: 'Visits', agreement: 'Agreements', event: 'Events' };
const YEAR_MS = 365.25 * DAY_MS;
const MIN_SPAN = 3 * DAY_MS;
const MAX_SPAN = 250 * YEAR_MS;
let generation = 0;
let firstRender = true;

/** The filters a timeline view reads from the URL. */
export function filtersOf(view) {
  const kinds = new Set((view.kinds ?? KINDS.join(',')).split(',').filter(k => KINDS.includes(k)));
  return {
    state: view.state === undefined ? 'VNM' : view.state.trim().toUpperCase(),
    leader: (view.leader ?? '').trim(),
    kinds,
    from: view.from, to: view.to,
  };
}

export async function render(main, view, app) {
  const mine = ++generation;
  const f = filtersOf(view);
  if (!main.querySelector('.timeline')) main.replaceChildren(h('h2', { text: 'Timeline' }), loading());
  let data;
  try {
    data = await load(f);
  } catch (error) {
    if (mine !== generation) return;
    main.replaceChildren(h('h2', { text: 'Timeline' }), controls(f, app), errorBox(error));
    return;
  }
  if (mine !== generation) return;
  const chart = h('div', { class: 'timeline' });
  main.replaceChildren(h('h2', { text: 'Timeline' }), controls(f, app), summary(f, data), chart, listOf(data, app, f));
  draw(chart, data, f, app);
  if (firstRender) {
    firstRender = false;
    performance.mark('timeline-rendered');
  }
  document.body.dataset.timeline = data.mode;
}

// ---- reading -------------------------------------------------------------------------------------------------

function visitArgs(f, extra) {
  const args = [...extra];
  if (f.leader) args.push(`guest: ${lit(f.leader)}`);
  return args;
}

/** The lists a view reads, each with its arguments: a state filter reads a visit as guest state or host state. */
function lists(f, range) {
  const out = [];
  const dates = range ? [`from: ${lit(range.from)}`, `to: ${lit(range.to)}`] : [];
  if (f.kinds.has('visit')) {
    if (f.state) {
      out.push({ kind: 'visit', alias: 'vg', field: 'visits', stat: 'visitStats', args: visitArgs(f, [...dates, `guestState: ${lit(f.state)}`]) });
      out.push({ kind: 'visit', alias: 'vh', field: 'visits', stat: 'visitStats', args: visitArgs(f, [...dates, `hostState: ${lit(f.state)}`]) });
      out.push({ kind: 'visit', alias: 'vb', stat: 'visitStats', overlap: true, args: visitArgs(f, [...dates, `guestState: ${lit(f.state)}`, `hostState: ${lit(f.state)}`]) });
    } else {
      out.push({ kind: 'visit', alias: 'v', field: 'visits', stat: 'visitStats', args: visitArgs(f, dates) });
    }
  }
  // Agreements and events have no leader: a leader filter keeps to that leader's visits.
  if (f.kinds.has('agreement') && !f.leader) {
    out.push({ kind: 'agreement', alias: 'a', field: 'agreements', stat: 'agreementStats', args: [...dates, ...(f.state ? [`party: ${lit(f.state)}`] : [])] });
  }
  if (f.kinds.has('event') && !f.leader) {
    out.push({ kind: 'event', alias: 'e', field: 'events', stat: 'eventStats', args: [...dates, ...(f.state ? [`state: ${lit(f.state)}`] : [])] });
  }
  return out;
}

const NODE = {
  visits: 'id date endDate city purpose guest { id name } guestState { code name } hostState { code name }',
  agreements: 'id title kind date parties { code name }',
  events: 'id title kind date endDate states { code }',
};

async function load(f) {
  const range = f.from || f.to ? { from: f.from ?? '1000', to: f.to ?? String(new Date().getUTCFullYear()) } : null;
  const span = range ? period(range.from, range.to) : null;
  const years = span ? (span.end - span.start) / YEAR_MS : Infinity;
  const groupBy = years > 60 ? 'DECADE' : 'YEAR';
  const wanted = lists(f, range);
  if (!wanted.length) return { mode: 'empty', buckets: [], records: [], undated: 0, groupBy, span, total: 0 };
  const counts = await graphql(`{ ${wanted.map(l =>
    `${l.alias}: ${l.stat}(${[...l.args, `groupBy: [${groupBy}]`].join(', ')}) { year decade count }`).join(' ')} }`);
  // Counts per kind and bucket; the overlap of guest and host state is counted once.
  const buckets = new Map();
  let undated = 0;
  let total = 0;
  for (const l of wanted) {
    for (const row of counts[l.alias]) {
      const sign = l.overlap ? -1 : 1;
      const start = row.year ?? row.decade;
      if (start === null || start === undefined) { undated += sign * row.count; continue; }
      const key = `${l.kind}:${start}`;
      const bucket = buckets.get(key) ?? { kind: l.kind, start, count: 0, width: groupBy === 'DECADE' ? 10 : 1 };
      bucket.count += sign * row.count;
      buckets.set(key, bucket);
      total += sign * row.count;
    }
  }
  const shown = [...buckets.values()].filter(b => b.count > 0);
  let view = span;
  if (!view) {
    const starts = shown.map(b => b.start);
    const first = starts.length ? Math.min(...starts) : new Date().getUTCFullYear() - 10;
    const last = starts.length ? Math.max(...starts.map((x, i) => x + shown[i].width - 1)) : new Date().getUTCFullYear();
    view = period(String(first), String(Math.min(last, new Date().getUTCFullYear())));
  }
  if (total > RECORD_LIMIT) return { mode: 'counts', buckets: shown, records: [], undated, groupBy, span: view, total };
  const records = await readRecords(wanted.filter(l => l.field));
  return { mode: 'records', buckets: shown, records, undated, groupBy, span: view, total };
}

/** Every record of the lists, each list a page of 100 per request, all lists in the same request. */
async function readRecords(wanted) {
  const seen = new Map();
  let pending = wanted.map(l => ({ ...l, after: null }));
  for (let round = 0; pending.length && round < 5; round++) {
    const data = await graphql(`{ ${pending.map(l => `${l.alias}: ${l.field}(${[...l.args, 'first: 100',
      ...(l.after ? [`after: ${lit(l.after)}`] : [])].join(', ')}) { pageInfo { hasNextPage endCursor } edges { node { ${NODE[l.field]} } } }`).join(' ')} }`);
    const next = [];
    for (const l of pending) {
      const page = data[l.alias];
      for (const { node } of page.edges) seen.set(`${l.kind}:${node.id}`, { ...node, kind: l.kind, recordKind: node.kind });
      if (page.pageInfo.hasNextPage) next.push({ ...l, after: page.pageInfo.endCursor });
    }
    pending = next;
  }
  return [...seen.values()];
}

// ---- controls ------------------------------------------------------------------------------------------------

function controls(f, app) {
  const state = h('input', { id: 'tl-state', name: 'state', value: f.state, size: 6, autocomplete: 'off', 'aria-describedby': 'tl-state-help' });
  const leader = h('input', { id: 'tl-leader', name: 'leader', value: f.leader, size: 18 });
  const from = h('input', { id: 'tl-from', name: 'from', value: f.from ?? '', size: 10, placeholder: 'YYYY[-MM[-DD]]' });
  const to = h('input', { id: 'tl-to', name: 'to', value: f.to ?? '', size: 10, placeholder: 'YYYY[-MM[-DD]]' });
  const boxes = KINDS.map(kind => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'kind', value: kind, checked: f.kinds.has(kind) }), ` ${LANE_NAMES[kind]}`));
  const form = h('form', { class: 'filters', 'aria-label': 'Timeline filters', onsubmit: event => {
    event.preventDefault();
    const kinds = boxes.map(b => b.querySelector('input')).filter(i => i.checked).map(i => i.value);
    app.navigate({ state: state.value.trim().toUpperCase(), leader: leader.value.trim() || undefined,
      from: from.value.trim() || undefined, to: to.value.trim() || undefined,
      kinds: kinds.length === KINDS.length ? undefined : kinds.join(',') });
  } },
  h('label', { for: 'tl-state' }, 'State '), state,
  h('span', { id: 'tl-state-help', class: 'help', text: 'code such as VNM; empty for every state' }),
  h('label', { for: 'tl-leader' }, 'Leader '), leader,
  h('label', { for: 'tl-from' }, 'From '), from, h('label', { for: 'tl-to' }, 'To '), to,
  h('fieldset', { class: 'kinds' }, h('legend', { text: 'Show' }), boxes),
  h('button', { type: 'submit', text: 'Apply' }));
  return form;
}

function summary(f, data) {
  const parts = [];
  parts.push(data.mode === 'counts'
    ? `${data.total} records in view: more than ${RECORD_LIMIT}, so counts per ${data.groupBy === 'DECADE' ? 'decade' : 'year'} are drawn; zoom in or filter to see the records.`
    : `${data.total} records in view.`);
  if (data.undated > 0) parts.push(`${data.undated} more have no date and are not drawn.`);
  if (f.leader) parts.push('Agreements and events have no leader: with a leader filter only that leader\'s visits show.');
  parts.push('Hatched marks have a date of year or month precision, drawn across the whole year or month.');
  return h('p', { class: 'summary', id: 'tl-summary', text: parts.join(' ') });
}

// ---- drawing -------------------------------------------------------------------------------------------------

const LABEL = 90;
const ROW = 14;
const MAX_ROWS = 12;

function draw(holder, data, f, app) {
  const width = Math.max(600, holder.clientWidth || 960);
  const { start, end } = data.span;
  const x = t => LABEL + ((t - start) / (end - start)) * (width - LABEL - 10);
  const kinds = KINDS.filter(k => f.kinds.has(k) && (k === 'visit' || !f.leader));
  const lanes = [];
  let y = 28;
  const svg = s('svg', { class: 'timeline-chart', width, role: 'group', tabindex: 0,
    'aria-label': `Timeline from ${isoDay(start)} to ${isoDay(end - DAY_MS)}. Plus and minus zoom, arrow keys move in time.` });
  svg.append(s('defs', {}, s('pattern', { id: 'hatch', width: 4, height: 4, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 4, height: 4, class: 'hatch-bg' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 4, class: 'hatch-line' }))));
  for (const kind of kinds) {
    const rows = data.mode === 'records' ? drawRecords(data.records.filter(r => r.kind === kind), x, y, app, start, end)
      : drawCounts(data.buckets.filter(b => b.kind === kind), x, y, app);
    lanes.push(s('text', { x: 4, y: y + 12, class: 'lane-label', text: LANE_NAMES[kind] }));
    lanes.push(rows.group);
    y += rows.height + 12;
    lanes.push(s('line', { x1: LABEL, x2: width - 10, y1: y - 6, y2: y - 6, class: 'lane-rule' }));
  }
  for (const tick of axisTicks(start, end)) {
    const tx = x(tick.at);
    svg.append(s('line', { x1: tx, x2: tx, y1: 20, y2: y, class: 'tick' }), s('text', { x: tx + 2, y: 14, class: 'tick-label', text: tick.label }));
  }
  svg.append(...lanes);
  svg.setAttribute('height', y + 4);
  holder.replaceChildren(zoomBar(data.span, app), svg);
  interact(svg, data.span, width, app);
}

function drawRecords(records, x, top, app, start, end) {
  const group = s('g', { class: 'records' });
  const rowsEnd = [];
  const marks = records.map(r => ({ r, span: spanOf(r.date, r.endDate) })).filter(m => m.span && m.span.end > start && m.span.start < end)
    .sort((a, b) => a.span.start - b.span.start);
  for (const { r, span } of marks) {
    const x1 = Math.max(LABEL, x(span.start));
    const x2 = Math.max(x1 + 4, x(span.end));
    let row = rowsEnd.findIndex(e => e < x1 - 1);
    if (row < 0) row = rowsEnd.length < MAX_ROWS ? rowsEnd.length : rowsEnd.indexOf(Math.min(...rowsEnd));
    rowsEnd[row] = x2;
    const label = labelOf(r);
    const approx = span.precision !== 'day';
    const mark = s('rect', { x: x1, y: top + row * ROW, width: x2 - x1, height: ROW - 3, rx: 2,
      class: `mark ${r.kind}${approx ? ' approx' : ''}`, tabindex: 0, role: 'button',
      'data-id': r.id, 'data-kind': r.kind, 'data-date': r.date, 'aria-label': `${label}, ${describe(r.date, r.endDate)}` },
    s('title', { text: `${label} — ${describe(r.date, r.endDate)}` }));
    const open = () => app.navigate(selection(r));
    mark.addEventListener('click', open);
    mark.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
    group.append(mark);
  }
  return { group, height: Math.max(1, rowsEnd.length) * ROW };
}

function drawCounts(buckets, x, top, app) {
  const group = s('g', { class: 'counts' });
  const height = 60;
  const most = Math.max(1, ...buckets.map(b => b.count));
  for (const b of buckets) {
    const x1 = x(Date.UTC(b.start, 0, 1));
    const x2 = x(Date.UTC(b.start + b.width, 0, 1));
    const bh = Math.max(2, (b.count / most) * (height - 12));
    const label = `${b.count} ${LANE_NAMES[b.kind].toLowerCase()} in ${b.width === 10 ? `the ${b.start}s` : b.start}`;
    const zoom = () => app.navigate({ from: String(b.start), to: String(b.start + b.width - 1) });
    const bar = s('rect', { x: x1 + 1, y: top + height - bh, width: Math.max(2, x2 - x1 - 2), height: bh,
      class: `bar ${b.kind}`, tabindex: 0, role: 'button', 'data-start': b.start, 'aria-label': `${label}; open to zoom in` },
    s('title', { text: label }));
    bar.addEventListener('click', zoom);
    bar.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); zoom(); } });
    group.append(bar);
    if (x2 - x1 > 18) group.append(s('text', { x: (x1 + x2) / 2, y: top + height - bh - 2, class: 'count-label', text: b.count }));
  }
  return { group, height };
}

export function labelOf(r) {
  if (r.kind === 'visit') return `${r.guest?.name ?? 'Visit'} to ${r.hostState?.name ?? r.hostState?.code}${r.city ? ` (${r.city})` : ''}`;
  return r.title;
}

/** What the URL says to open a record in the panel. */
export function selection(r) {
  if (r.kind === 'visit') return { sel: `visit:${r.id}`, by: r.guest?.id };
  return { sel: `${r.kind}:${r.id}`, by: r.date ?? '' };
}

// ---- zoom and pan --------------------------------------------------------------------------------------------

function spanTo(app, start, end) {
  let a = start;
  let b = end;
  if (b - a < MIN_SPAN) { const mid = (a + b) / 2; a = mid - MIN_SPAN / 2; b = mid + MIN_SPAN / 2; }
  if (b - a > MAX_SPAN) { const mid = (a + b) / 2; a = mid - MAX_SPAN / 2; b = mid + MAX_SPAN / 2; }
  app.navigate({ from: isoDay(a), to: isoDay(Math.max(a, b - DAY_MS)) });
}

function zoomBar(span, app) {
  const { start, end } = span;
  const len = end - start;
  const mid = (start + end) / 2;
  const button = (text, label, act) => h('button', { type: 'button', 'aria-label': label, onclick: act }, text);
  return h('div', { class: 'zoombar', role: 'toolbar', 'aria-label': 'Zoom and move' },
    button('− Zoom out', 'Zoom out', () => spanTo(app, mid - len, mid + len)),
    button('+ Zoom in', 'Zoom in', () => spanTo(app, mid - len / 4, mid + len / 4)),
    button('← Earlier', 'Move earlier', () => spanTo(app, start - len / 2, end - len / 2)),
    button('Later →', 'Move later', () => spanTo(app, start + len / 2, end + len / 2)),
    button('Whole record', 'Show the whole record', () => app.navigate({ from: undefined, to: undefined })),
    h('span', { class: 'period', text: `${isoDay(start)} – ${isoDay(end - DAY_MS)}` }));
}

function interact(svg, span, width, app) {
  const { start, end } = span;
  const len = end - start;
  const at = px => start + ((px - LABEL) / (width - LABEL - 10)) * len;
  let pending = null;
  let view = { start, end };
  const settle = () => { clearTimeout(pending); pending = setTimeout(() => spanTo(app, view.start, view.end), 350); };
  svg.addEventListener('wheel', event => {
    event.preventDefault();
    const pivot = at(event.offsetX);
    const factor = event.deltaY > 0 ? 1.25 : 0.8;
    view = { start: pivot - (pivot - view.start) * factor, end: pivot + (view.end - pivot) * factor };
    settle();
  }, { passive: false });
  let drag = null;
  svg.addEventListener('pointerdown', event => { if (event.target === svg) drag = event.clientX; });
  svg.addEventListener('pointerup', event => {
    if (drag === null) return;
    const shift = ((drag - event.clientX) / (width - LABEL - 10)) * len;
    drag = null;
    if (Math.abs(shift) > len / 200) spanTo(app, start + shift, end + shift);
  });
  svg.addEventListener('keydown', event => {
    if (event.target !== svg) return;
    const mid = (start + end) / 2;
    if (event.key === '+' || event.key === '=') spanTo(app, mid - len / 4, mid + len / 4);
    else if (event.key === '-') spanTo(app, mid - len, mid + len);
    else if (event.key === 'ArrowLeft') spanTo(app, start - len / 4, end - len / 4);
    else if (event.key === 'ArrowRight') spanTo(app, start + len / 4, end + len / 4);
    else return;
    event.preventDefault();
  });
}

// ---- the same picture as a list ------------------------------------------------------------------------------

function listOf(data, app, f) {
  if (data.mode === 'counts') {
    const rows = [...data.buckets].sort((a, b) => a.start - b.start || a.kind.localeCompare(b.kind));
    return h('details', { class: 'listing' }, h('summary', { text: `Counts in view (${rows.length} groups)` }),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', { text: 'From' }), h('th', { text: 'Kind' }), h('th', { text: 'Records' }))),
        h('tbody', {}, rows.map(b => h('tr', {}, h('td', { text: b.width === 10 ? `${b.start}s` : b.start }), h('td', { text: LANE_NAMES[b.kind] }), h('td', { text: b.count }))))));
  }
  const rows = [...data.records].filter(r => r.date).sort((a, b) => startOf(a.date) - startOf(b.date));
  return h('details', { class: 'listing', open: rows.length <= 40 }, h('summary', { text: `Records in view (${rows.length})` }),
    h('table', { id: 'tl-records' }, h('thead', {}, h('tr', {}, h('th', { text: 'Date as given' }), h('th', { text: 'Kind' }), h('th', { text: 'Record' }))),
      h('tbody', {}, rows.map(r => {
        const sel = selection(r);
        return h('tr', {}, h('td', { text: describe(r.date, r.endDate) }), h('td', { text: LANE_NAMES[r.kind] }),
          h('td', {}, recordButton(app, labelOf(r), sel.sel, sel.by)));
      }))));
}
