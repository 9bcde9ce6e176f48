// GraphiQL under the service's Content-Security-Policy, in headless Chromium: the page loads, a query typed into
// the page runs and its answer shows, and the console reports no CSP violation and no error.
// Usage: node graphiql.mjs http://127.0.0.1:PORT [screenshot.png]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.env.NODE_PATH, 'playwright-core', 'package.json'));
const { chromium } = require('playwright-core');

const base = process.argv[2];
const screenshot = process.argv[3];
const query = '{ leader(name: "Nguyen Phu Trong") { name visits { date hostState { code } } } }';
const failures = [];
const consoleLines = [];

const profile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('console', message => {
    consoleLines.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error' || /Content Security Policy|Refused to/i.test(message.text())) {
      failures.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', error => failures.push(`page error: ${error.message}`));
  // The page's own record of every violation, in case one reaches no console line.
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', e =>
      window.cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });

  const response = await page.goto(`${base}/q/graphql-ui/`, { waitUntil: 'load' });
  const policy = response.headers()['content-security-policy'];
  if (!policy) failures.push('the GraphiQL page has no Content-Security-Policy header');
  console.log(`policy: ${policy}`);

  // Type the query into GraphiQL's editor as a user would, then press the run button.
  const editor = page.locator('.graphiql-query-editor .CodeMirror').first();
  await editor.waitFor({ timeout: 30000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(query);
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response .CodeMirror').first();
  try {
    await page.waitForFunction(() => {
      const answer = document.querySelector('.graphiql-response .CodeMirror');
      return answer && answer.CodeMirror.getValue().includes('"hostState"');
    }, null, { timeout: 30000 });
  } catch {
    failures.push('the query\'s answer did not show in the result pane');
  }
  const answer = await result.evaluate(node => node.CodeMirror.getValue()).catch(() => '');
  let parsed = {};
  try {
    parsed = JSON.parse(answer);
  } catch {
    failures.push(`the result pane holds no JSON: ${answer.slice(0, 200)}`);
  }
  if (parsed.errors) failures.push(`the query answered errors: ${JSON.stringify(parsed.errors)}`);
  const visits = parsed.data?.leader?.visits ?? [];
  console.log(`GraphiQL ran the query: ${parsed.data?.leader?.name}, ${visits.length} visits`);
  if (visits.length === 0) failures.push('the answer shown has no visits');
  // Let the page settle (schema fetch, documentation pane), so late violations are caught too.
  await page.waitForTimeout(1000);
  for (const violation of await page.evaluate(() => window.cspViolations)) failures.push(`CSP violation: ${violation}`);
  if (screenshot) await page.screenshot({ path: screenshot });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`console: ${consoleLines.length} message(s)`);
consoleLines.forEach(line => console.log(`  ${line}`));
if (failures.length) {
  failures.forEach(failure => console.error(`FAIL: ${failure}`));
  process.exit(1);
}
console.log('GraphiQL works under its Content-Security-Policy: no violation, no console error');
