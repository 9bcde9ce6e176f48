// Balance: the `balance` figures per bucket and power — how a state's visits divide between the powers — with what
// each row draws on, and the note on what the sources cover.
import { graphql, lit } from './api.js';
import { h, s, errorBox, loading, PALETTE } from './ui.js';
import { kindName } from './panel.js';

const POWERS = ['USA', 'CHN', 'RUS', 'JPN', 'IND'];

export async function render(main, view, app) {
  const state = (view.state || 'VNM').toUpperCase();
  const year = new Date().getUTCFullYear();
  const from = view.from ?? '1990';
  const to = view.to ?? String(year);
  const bucket = view.bucket === 'YEAR' ? 'YEAR' : 'DECADE';
  const title = () => h('h2', { text: `Balance of ${state} between the powers` });
  const controls = form({ state, from, to, bucket }, app);
  main.replaceChildren(title(), controls, loading());
  let rows;
  try {
    rows = (await graphql(`{ balance(state: ${lit(state)}, powers: ${JSON.stringify(POWERS)}, from: ${lit(from)}, to: ${lit(to)}, bucket: ${bucket}) {
      bucketStart bucketEnd power { code name } visitsTo visitsFrom agreements statementsAbout share
      partnership { agreement { kind date } } sources { id title } } }`)).balance;
  } catch (error) {
    main.replaceChildren(title(), controls, errorBox(error));
    return;
  }
  const chart = h('div', { class: 'balance' });
  main.replaceChildren(title(), controls,
    h('p', { class: 'note', role: 'note' }, h('strong', { text: 'What the sources cover. ' }),
      'The Office of the Historian datasets cover only trips to and from the United States (foreign leaders\' visits to it, its presidents\' trips abroad); the other powers\' visits come from the two articles alone. Until sources for the other capitals come in, the shares lean towards Washington: each row lists the sources behind its figures.'),
    h('p', { class: 'summary', text: 'Each bar is a bucket; its parts are each power\'s share of the visits exchanged with the state (to and from). Buckets without a visit have no share.' }),
    chart, table(rows));
  draw(chart, rows);
  document.body.dataset.balance = 'ready';
}

function form(v, app) {
  const state = h('input', { id: 'bl-state', value: v.state, size: 6 });
  const from = h('input', { id: 'bl-from', value: v.from, size: 8 });
  const to = h('input', { id: 'bl-to', value: v.to, size: 8 });
  const bucket = h('select', { id: 'bl-bucket' }, h('option', { value: 'DECADE', text: 'decade', selected: v.bucket === 'DECADE' }),
    h('option', { value: 'YEAR', text: 'year', selected: v.bucket === 'YEAR' }));
  return h('form', { class: 'filters', 'aria-label': 'Balance settings', onsubmit: e => {
    e.preventDefault();
    app.navigate({ state: state.value.trim().toUpperCase() || undefined, from: from.value.trim() || undefined, to: to.value.trim() || undefined, bucket: bucket.value });
  } }, h('label', { for: 'bl-state' }, 'State '), state, h('label', { for: 'bl-from' }, 'From '), from,
  h('label', { for: 'bl-to' }, 'To '), to, h('label', { for: 'bl-bucket' }, 'Per '), bucket, h('button', { type: 'submit', text: 'Show' }));
}

function draw(holder, rows) {
  const buckets = [...new Set(rows.map(r => r.bucketStart))];
  const width = Math.max(600, holder.clientWidth || 900);
  const barW = Math.min(80, (width - 160) / Math.max(1, buckets.length) - 6);
  const height = 260;
  const svg = s('svg', { class: 'balance-chart', width, height: height + 60, role: 'img', 'aria-label': 'Share of visits per power and bucket; the table below gives every figure' });
  buckets.forEach((b, i) => {
    const x = 50 + i * (barW + 6);
    let y = height;
    for (const r of rows.filter(row => row.bucketStart === b)) {
      if (!r.share) continue;
      const hgt = r.share * (height - 20);
      y -= hgt;
      svg.append(s('rect', { x, y, width: barW, height: hgt, fill: PALETTE[POWERS.indexOf(r.power.code) % PALETTE.length], 'data-power': r.power.code },
        s('title', { text: `${r.power.name}, ${b}–${r.bucketEnd}: share ${(r.share * 100).toFixed(0)} %` })));
    }
    if (y === height) svg.append(s('text', { x: x + 2, y: height - 4, class: 'muted-label', text: 'no visit' }));
    svg.append(s('text', { x, y: height + 16, class: 'tick-label', text: b.length > 4 ? b.slice(0, 4) : b }));
  });
  POWERS.forEach((code, i) => {
    svg.append(s('rect', { x: 50 + i * 110, y: height + 30, width: 12, height: 12, fill: PALETTE[i] }),
      s('text', { x: 66 + i * 110, y: height + 41, class: 'tick-label', text: rows.find(r => r.power.code === code)?.power.name ?? code }));
  });
  holder.replaceChildren(svg);
}

function table(rows) {
  return h('table', { id: 'bl-rows', class: 'figures' },
    h('caption', { text: 'The figures' }),
    h('thead', {}, h('tr', {}, ['Bucket', 'Power', 'Visits to', 'Visits from', 'Agreements', 'Statements about', 'Share', 'Partnership at its end', 'Sources'].map(t => h('th', { scope: 'col', text: t })))),
    h('tbody', {}, rows.map(r => h('tr', {},
      h('td', { text: `${r.bucketStart} – ${r.bucketEnd}` }), h('td', { text: r.power.name }),
      h('td', { text: r.visitsTo }), h('td', { text: r.visitsFrom }), h('td', { text: r.agreements }), h('td', { text: r.statementsAbout }),
      h('td', { text: r.share === null ? '—' : r.share.toFixed(2) }),
      h('td', { text: r.partnership ? `${kindName(r.partnership.agreement.kind)} (${r.partnership.agreement.date ?? 'date not given'})` : '—' }),
      h('td', { text: r.sources.map(x => x.title).join('; ') || '—' })))));
}
