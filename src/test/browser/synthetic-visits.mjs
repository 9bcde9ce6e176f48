// Writes a synthetic data set, in the Office of the Historian's <visits> XML that the importer reads, that is
// `copies` times the visits of the given folder: every visit copied with a new id ("SYNTHETIC-<n>-<id>"), its dates
// moved by n days and its description marked as synthetic. For measuring the explorer on a larger graph only: it is
// written under target/ and is no data of this project.
// Usage: node synthetic-visits.mjs SOURCE_VISITS_DIR OUT_DIR COPIES
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [source, out, copiesText] = process.argv.slice(2);
const copies = Number(copiesText);
mkdirSync(out, { recursive: true });
const shift = (iso, days) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
let written = 0;
for (const file of readdirSync(source).filter(f => f.endsWith('.xml'))) {
  const xml = readFileSync(join(source, file), 'utf8');
  const visits = xml.match(/<visit>[\s\S]*?<\/visit>/g) ?? [];
  const parts = [];
  for (let n = 1; n <= copies; n++) {
    for (const visit of visits) {
      parts.push(visit
        .replace(/<id>([^<]*)<\/id>/, (_, id) => `<id>SYNTHETIC-${n}-${id}</id>`)
        .replace(/<(start-date|end-date)>(\d{4}-\d{2}-\d{2})<\/\1>/g, (_, tag, d) => `<${tag}>${shift(d, n)}</${tag}>`)
        .replace(/<description>([\s\S]*?)<\/description>/, (_, d) => `<description>[Synthetic copy ${n} for load tests] ${d}</description>`));
      written++;
    }
  }
  writeFileSync(join(out, `synthetic-${file}`), `<?xml version="1.0" encoding="UTF-8"?>\n<visits>\n${parts.join('\n')}\n</visits>\n`);
}
console.log(`synthetic visits: ${written} written to ${out} (${copies} copies of each visit of ${source})`);
