// Runs graphql-http's GraphQL-over-HTTP server audit against the URL given and prints every audit that did not pass,
// then the counts. Exits 1 when a MUST or a SHOULD is missed (MAYs are reported, not required).
const { auditServer } = require('graphql-http');

async function main() {
  const url = process.argv[2];
  const results = await auditServer({ url });
  const missed = { MUST: 0, SHOULD: 0, MAY: 0 };
  let passed = 0;
  for (const result of results) {
    if (result.status === 'ok') {
      passed++;
      continue;
    }
    const key = result.name.startsWith('MUST') ? 'MUST' : result.name.startsWith('SHOULD') ? 'SHOULD' : 'MAY';
    missed[key]++;
    const status = result.response ? result.response.status : '?';
    console.log(`missed ${result.id} ${result.name}: ${result.reason} (HTTP ${status})`);
  }
  console.log(`graphql-http audit: ${results.length} audits, ${passed} passed; missed ${missed.MUST} MUST, `
    + `${missed.SHOULD} SHOULD, ${missed.MAY} MAY`);
  process.exit(missed.MUST + missed.SHOULD > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`the audit could not run: ${error.stack || error}`);
  process.exit(2);
});
