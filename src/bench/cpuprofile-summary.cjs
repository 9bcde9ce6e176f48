// Summarises Node's --cpu-prof files (one per worker process) the way jfr-summary.awk does JFR samples: self time
// by layer (the npm package a function's file lies in, or Node's own code), then the hottest functions.
// Usage: node cpuprofile-summary.cjs FILE.cpuprofile...
"use strict";
const fs = require("node:fs");

const byLayer = new Map();
const byFunction = new Map();
let total = 0;
const add = (map, key, t) => map.set(key, (map.get(key) || 0) + t);

function layer(url) {
    if (!url) return "(native code)";
    const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (m) return m[1];
    if (url.startsWith("node:")) return "Node.js core (http, streams, net)";
    return "other";
}

for (const file of process.argv.slice(2)) {
    const p = JSON.parse(fs.readFileSync(file, "utf8"));
    const nodes = new Map(p.nodes.map((n) => [n.id, n]));
    // timeDeltas[i] is the time before sample i was taken.
    p.samples.forEach((id, i) => {
        const n = nodes.get(id);
        const t = p.timeDeltas[i] || 0;
        const f = n.callFrame;
        if (f.functionName === "(idle)" || f.functionName === "(program)") return;
        total += t;
        add(byLayer, f.functionName === "(garbage collector)" ? "(garbage collector)" : layer(f.url), t);
        add(byFunction, `${f.functionName || "(anonymous)"} ${layer(f.url)}`, t);
    });
}
const print = (title, map, limit) => {
    console.log(`  ${title}`);
    [...map].sort((a, b) => b[1] - a[1]).slice(0, limit)
        .forEach(([k, t]) => console.log(`    ${(100 * t / total).toFixed(1).padStart(5)}%  ${k}`));
};
print("self time by layer (busy samples only)", byLayer, 14);
print("hottest functions (self time)", byFunction, 12);
