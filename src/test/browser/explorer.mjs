// The explorer at / in headless Chromium, on the packaged service with the historian data imported. Each view is
// used as a reader would, and what the page shows is compared with the GraphQL answers for the same question.
// Usage: node explorer.mjs http://127.0.0.1:PORT OUTDIR [full|timing]
//   full:   every check below, screenshots OUTDIR/explorer-*.png, the first render of the timeline printed;
//   timing: only the first render of the timeline (and no console error), for a larger generated data set.
import { mkdtempSync, rmSync, readFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.NODE_PATH, 'playwright-core', 'package.json'));
const { chromium } = require('playwright-core');
const base = process.argv[2];
const out = process.argv[3] ?? 'target';
const mode = process.argv[4] ?? 'full';
mkdirSync(out, { recursive: true });
const failures = [];
const fail = message => failures.push(message);
const check = (ok, message) => { if (!ok) fail(message); else console.log(`ok: ${message}`); };

async function graphql(query) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await response.json();
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const profile = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const axeSource = mode === 'full' ? readFileSync(join(process.env.NODE_PATH, 'axe-core', 'axe.min.js'), 'utf8') : '';

/** A page that records console errors, page errors, CSP violations and every GraphQL request it makes. */
async function open(path, { expectErrors = false } = {}) {
  const page = await context.newPage();
  page.requests = [];
  page.on('console', m => { if (!expectErrors && (m.type() === 'error' || /Content Security Policy|Refused to/i.test(m.text()))) fail(`console ${m.type()} on ${path}: ${m.text()}`); });
  page.on('pageerror', e => fail(`page error on ${path}: ${e.message}`));
  page.on('request', r => { if (r.url().endsWith('/graphql')) page.requests.push(r.postData()); });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(`${base}${path}`, { waitUntil: 'load' });
  return page;
}

async function audit(page, name) {
  for (const v of await page.evaluate(() => window.cspViolations)) fail(`CSP violation on ${name}: ${v}`);
  if (mode !== 'full') return;
  await page.evaluate(axeSource);
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target}`));
  check(found.length === 0, `axe-core finds no serious or critical violation on ${name}${found.length ? `: ${found.join('; ')}` : ''}`);
  await page.screenshot({ path: join(out, `explorer-${name}.png`), fullPage: true });
}

try {
  // ---- timeline: first render, then Biden's September 2023 visit and what it produced ---------------------------
  // The service's first answers after start are slow while the JVM warms up: one load first, figures from the next.
  // On a busy machine that first load may even run past the service's time limit: it then shows the error, and only
  // the loads after it are checked.
  const cold = await open('/', { expectErrors: true });
  await cold.waitForSelector('body[data-timeline], [role="alert"]', { timeout: 60000 });
  const coldAt = await cold.evaluate(() => performance.getEntriesByName('timeline-rendered')[0]?.startTime);
  const coldError = coldAt === undefined ? await cold.locator('[role="alert"]').innerText().catch(() => '') : '';
  console.log(`FIGURE first render of the timeline at / on the just-started service: ${coldAt === undefined ? `not drawn (${coldError})` : `${coldAt.toFixed(0)} ms`}`);
  await cold.close();
  const first = await open('/');
  await first.waitForSelector('body[data-timeline]', { timeout: 30000 });
  const rendered = await first.evaluate(() => performance.getEntriesByName('timeline-rendered')[0]?.startTime);
  const mode0 = await first.evaluate(() => document.body.dataset.timeline);
  console.log(`FIGURE first render of the timeline at /: ${rendered?.toFixed(0)} ms after navigation start (${mode0}, ${first.requests.length} GraphQL requests)`);
  check(rendered !== undefined, 'the timeline marks its first render');
  check(first.requests.length <= 5, `the first view takes a few GraphQL requests (${first.requests.length})`);
  // Every state over the whole record: far beyond 300 records, so the counts are drawn, from one request.
  const every = await open('/?state=');
  await every.waitForSelector('body[data-timeline]', { timeout: 30000 });
  const everyAt = await every.evaluate(() => performance.getEntriesByName('timeline-rendered')[0]?.startTime);
  const everyMode = await every.evaluate(() => document.body.dataset.timeline);
  console.log(`FIGURE first render of the timeline of every state (/?state=): ${everyAt?.toFixed(0)} ms after navigation start (${everyMode}, ${every.requests.length} GraphQL requests)`);
  check(everyMode === 'counts' && every.requests.length === 1, `every state's whole record is drawn as counts from one request (${everyMode}, ${every.requests.length})`);
  const bars = await every.locator('.bar.visit').evaluateAll(ns => ns.reduce((sum, n) => sum + Number(/^(\d+)/.exec(n.getAttribute('aria-label'))[1]), 0));
  const dated = (await graphql('{ visitStats(groupBy: [DECADE]) { decade count } }')).visitStats.filter(r => r.decade !== null).reduce((sum, r) => sum + r.count, 0);
  check(bars === dated, `the visit bars add up to the dated visits visitStats counts (${bars} of ${dated})`);
  await every.close();
  if (mode === 'timing') {
    await audit(first, 'timing');
    await first.close();
  } else {
    check(await first.locator('.mark[data-id="biden-vietnam-2023"]').count() === 1, "Biden's September 2023 visit is on the default timeline (Vietnam)");
    await audit(first, 'timeline-all');
    await first.close();

    const page = await open('/?from=2023-01-01&to=2023-12-31');
    await page.waitForSelector('body[data-timeline="records"]', { timeout: 30000 });
    const expected = (await graphql('{ leader(id: "joe-biden") { visits { id date endDate sources { excerpt } resultingAgreements { title kind } } } }'))
      .leader.visits.find(v => v.id === 'biden-vietnam-2023');
    check(expected && expected.resultingAgreements.some(a => a.kind === 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP'), 'GraphQL: the visit produced a comprehensive strategic partnership');
    const mark = page.locator('.mark[data-id="biden-vietnam-2023"]');
    check(await mark.count() === 1, "Biden's visit is drawn on the 2023 timeline");
    // Every visit listed by the service for Vietnam in 2023 is drawn, and no other.
    const listed = await graphql('{ a: visits(from: "2023", to: "2023", guestState: "VNM", first: 100) { edges { node { id } } } b: visits(from: "2023", to: "2023", hostState: "VNM", first: 100) { edges { node { id } } } }');
    const ids = new Set([...listed.a.edges, ...listed.b.edges].map(e => e.node.id));
    const drawn = new Set(await page.locator('.mark.visit').evaluateAll(ns => ns.map(n => n.dataset.id)));
    check(ids.size === drawn.size && [...ids].every(id => drawn.has(id)), `the 2023 timeline draws the ${ids.size} visits GraphQL lists for Vietnam (drawn ${drawn.size})`);
    // A month-precision agreement is drawn across its month and marked as such.
    const csp = page.locator('.mark.agreement[data-date="2023-09"]');
    check(await csp.count() === 1 && /approx/.test(await csp.getAttribute('class')), 'the 2023-09 agreement is drawn hatched, as a month');
    const cspBox = await csp.boundingBox();
    const svgBox = await page.locator('svg.timeline-chart').boundingBox();
    check(cspBox && cspBox.width > (svgBox.width - 100) / 12 * 0.8, `the month-precision mark spans about a month (${cspBox?.width.toFixed(0)} px of ${svgBox.width.toFixed(0)})`);
    await mark.click();
    await page.waitForSelector('#panel[data-record="visit:biden-vietnam-2023"]', { timeout: 15000 });
    const panelText = await page.locator('#panel').innerText();
    check(panelText.includes(expected.sources[0].excerpt), 'the panel shows the visit\'s verbatim excerpt');
    const produced = expected.resultingAgreements.find(a => a.kind === 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP');
    check(panelText.includes(produced.title), `the panel shows the agreement it produced: ${produced.title}`);
    check(/comprehensive strategic partnership/i.test(panelText), 'the panel names the comprehensive strategic partnership');
    check(!/\b(null|undefined)\b|\[object /.test(panelText), 'the panel shows no null, undefined or object placeholder');
    const url = page.url();
    check(url.includes('sel=visit%3Abiden-vietnam-2023') || url.includes('sel=visit:biden-vietnam-2023'), `the URL holds the selection (${url})`);
    await audit(page, 'timeline-record');
    // Back closes the record, forward opens it again.
    await page.goBack();
    await page.waitForFunction(() => document.getElementById('panel').hidden, null, { timeout: 10000 }).catch(() => fail('back did not close the record'));
    await page.goForward();
    await page.waitForSelector('#panel[data-record="visit:biden-vietnam-2023"]:not([hidden])', { timeout: 10000 }).catch(() => fail('forward did not reopen the record'));
    // Zooming writes the new period into the URL; back returns to 2023.
    await page.locator('button[aria-label="Zoom in"]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') !== '2023-01-01', null, { timeout: 10000 }).catch(() => fail('zoom in did not change the period in the URL'));
    await page.goBack();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '2023-01-01', null, { timeout: 10000 }).catch(() => fail('back did not return to the period before the zoom'));

    // A deep link shows the same picture to a colleague.
    const copy = await open(url.slice(base.length));
    await copy.waitForSelector('#panel[data-record="visit:biden-vietnam-2023"]', { timeout: 15000 });
    await copy.waitForSelector('body[data-timeline="records"]');
    const drawnCopy = new Set(await copy.locator('.mark').evaluateAll(ns => ns.map(n => `${n.dataset.kind}:${n.dataset.id}`)));
    const drawnHere = new Set(await page.locator('.mark').evaluateAll(ns => ns.map(n => `${n.dataset.kind}:${n.dataset.id}`)));
    check(drawnCopy.size === drawnHere.size && [...drawnHere].every(k => drawnCopy.has(k)), `the deep link restores the same marks (${drawnCopy.size})`);
    check((await copy.locator('#panel').innerText()).includes(expected.sources[0].excerpt), 'the deep link restores the selected record');
    await copy.close();
    await page.close();

    // ---- partnership ladder ------------------------------------------------------------------------------------
    const ladder = await open('/?view=ladder');
    await ladder.waitForSelector('body[data-ladder]', { timeout: 30000 });
    const steps = await ladder.locator('g.partner[data-partner="USA"] .step-label').evaluateAll(ns => ns.map(n => `${n.dataset.date} ${n.dataset.kind}`));
    const asOf = await graphql('{ y2012: partnerships(state: "VNM", asOf: "2012") { partner { code } agreement { kind } } y2013: partnerships(state: "VNM", asOf: "2013") { partner { code } agreement { kind date } } m2308: partnerships(state: "VNM", asOf: "2023-08") { partner { code } agreement { kind } } m2309: partnerships(state: "VNM", asOf: "2023-09") { partner { code } agreement { kind date } } }');
    const usa = rows => rows.find(r => r.partner.code === 'USA')?.agreement;
    check(!usa(asOf.y2012) && usa(asOf.y2013)?.kind === 'COMPREHENSIVE_PARTNERSHIP' && usa(asOf.m2308)?.kind === 'COMPREHENSIVE_PARTNERSHIP'
      && usa(asOf.m2309)?.kind === 'COMPREHENSIVE_STRATEGIC_PARTNERSHIP', 'GraphQL: the United States step in 2013 and 2023-09');
    check(JSON.stringify(steps) === JSON.stringify([`${usa(asOf.y2013).date} COMPREHENSIVE_PARTNERSHIP`, `${usa(asOf.m2309).date} COMPREHENSIVE_STRATEGIC_PARTNERSHIP`]),
      `the ladder's United States steps are 2013 and 2023-09: ${JSON.stringify(steps)}`);
    const undatedToday = (await graphql('{ partnerships(state: "VNM") { partner { code } agreement { date } } }')).partnerships.filter(p => !p.agreement.date).map(p => p.partner.code).sort();
    const undatedShown = (await ladder.locator('.undated li').evaluateAll(ns => ns.map(n => n.dataset.partner))).sort();
    check(undatedToday.length > 0 && JSON.stringify(undatedShown) === JSON.stringify(undatedToday), `undated partnerships stand apart as "date not given": ${undatedShown}`);
    await audit(ladder, 'ladder');
    await ladder.close();

    // ---- network -----------------------------------------------------------------------------------------------
    const net = await open('/?view=network&from=2023&to=2023');
    await net.waitForSelector('body[data-network]', { timeout: 30000 });
    for (const pair of ['USA-VNM', 'CHN-VNM']) check(await net.locator(`line.edge[data-pair="${pair}"]`).count() === 1, `the 2023 network has the ${pair} edge`);
    // A click on the line itself, a little off its middle (a vertical line has no width for a locator's click).
    const svgAt = await net.locator('svg.network-chart').boundingBox();
    const line = await net.locator('line.edge[data-pair="USA-VNM"]').evaluate(l => ['x1', 'y1', 'x2', 'y2'].map(a => Number(l.getAttribute(a))));
    await net.mouse.click(svgAt.x + 1 + line[0] + 0.6 * (line[2] - line[0]), svgAt.y + 1 + line[1] + 0.6 * (line[3] - line[1]));
    await net.waitForFunction(() => /United States/.test(document.querySelector('#edge-detail h3')?.textContent ?? ''), null, { timeout: 15000 });
    const edgeText = await net.locator('#edge-detail').innerText();
    check(/Joe Biden/.test(edgeText) && /comprehensive strategic partnership/i.test(edgeText), 'the USA–VNM edge lists Biden\'s visit and the agreement');
    check(!/\b(null|undefined)\b|\[object /.test(edgeText), 'the edge\'s list shows no null, undefined or object placeholder');
    await net.screenshot({ path: join(out, 'explorer-network-edge.png') });
    // The same from the table of pairs, for keyboard and screen-reader users.
    await net.locator('.listing summary').click();
    await net.locator('#nw-edges tr[data-pair="CHN-VNM"] button').click();
    await net.waitForFunction(() => /China/.test(document.querySelector('#edge-detail h3')?.textContent ?? ''), null, { timeout: 15000 }).catch(() => fail('clicking the CHN–VNM line lists nothing'));
    await audit(net, 'network');
    await net.close();

    // ---- balance -----------------------------------------------------------------------------------------------
    const bal = await open('/?view=balance');
    await bal.waitForSelector('body[data-balance]', { timeout: 30000 });
    const rows = (await graphql('{ balance(state: "VNM", powers: ["USA", "CHN", "RUS", "JPN", "IND"], from: "1990", to: "' + new Date().getUTCFullYear() + '", bucket: DECADE) { bucketStart power { name } share } }')).balance;
    const shownRows = await bal.locator('#bl-rows tbody tr').count();
    check(shownRows === rows.length && rows.length > 0, `the balance table has every row of balance (${shownRows})`);
    check(/only trips to and from the United States/.test(await bal.locator('.note').innerText()), 'the balance says what the sources cover');
    await audit(bal, 'balance');
    await bal.close();

    // ---- search and the leader page ----------------------------------------------------------------------------
    const sp = await open('/');
    await sp.waitForSelector('body[data-timeline]');
    await sp.locator('#search-text').fill('comprehensive strategic partnership');
    await sp.locator('#search-text').press('Enter');
    await sp.waitForSelector('body[data-search]', { timeout: 15000 });
    const total = (await graphql('{ search(text: "comprehensive strategic partnership") { totalCount } }')).search.totalCount;
    check((await sp.locator('.hits li').count()) === Math.min(total, 50) && total > 0, `search lists the ${total} hits`);
    check(await sp.locator('.hits mark').count() > 0, 'search marks the matched words');
    await audit(sp, 'search');
    await sp.goto(`${base}/?view=leader&lid=joe-biden`);
    await sp.waitForSelector('main h2:text("Joe Biden")', { timeout: 15000 });
    const leaderText = await sp.locator('main').innerText();
    check(/Vietnam/.test(leaderText) && /comprehensive strategic partnership/i.test(leaderText), 'the leader page goes from visits to the agreements that resulted');
    await audit(sp, 'leader');
    await sp.close();

    // ---- errors shown, never a blank page ----------------------------------------------------------------------
    const bad = await open('/?from=2023-13', { expectErrors: true });
    await bad.waitForSelector('[role="alert"]', { timeout: 15000 });
    check(/BAD_USER_INPUT/.test(await bad.locator('[role="alert"]').innerText()), 'a refused date is shown as a readable, coded message');
    await bad.close();
    const offline = await context.newPage();
    await offline.route('**/graphql', route => route.abort());
    await offline.goto(`${base}/?view=ladder`);
    await offline.waitForSelector('[role="alert"]', { timeout: 15000 });
    check(/cannot be reached/.test(await offline.locator('[role="alert"]').innerText()), 'a network failure is shown as a readable message');
    await offline.close();

    // ---- keyboard: a record opens from the keyboard ------------------------------------------------------------
    const kb = await open('/?from=2023-01-01&to=2023-12-31');
    await kb.waitForSelector('body[data-timeline="records"]');
    await kb.locator('.mark[data-id="biden-vietnam-2023"]').focus();
    await kb.keyboard.press('Enter');
    await kb.waitForSelector('#panel[data-record="visit:biden-vietnam-2023"]', { timeout: 10000 }).catch(() => fail('Enter on a focused mark does not open it'));
    await kb.close();
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (failures.length) {
  failures.forEach(f => console.error(`FAIL: ${f}`));
  process.exit(1);
}
console.log(`explorer: every check passed (${mode})`);
