// PostGraphile 5 for the benchmark, set up as its documentation recommends for production: the Amber preset, one
// PostgreSQL service on schema `public`, Grafserv on Node's http server without GraphiQL, explain or watch mode, and
// NODE_ENV=production. The v5 CLI has no cluster option, so this runs in library mode under node:cluster, with as
// many workers as PGL5_WORKERS (the benchmark gives both PostGraphiles the same number).
//
// Environment: PGL5_DATABASE_URL, PGL5_HOST, PGL5_PORT, PGL5_WORKERS, PGL5_CPU_PROF_DIR, PGL5_AGGREGATES. Run from the folder whose node_modules holds
// postgraphile@5 (src/bench/postgraphile5.sh copies it there).
"use strict";

const cluster = require("node:cluster");
const http = require("node:http");

const workers = Number(process.env.PGL5_WORKERS || 2);

if (cluster.isPrimary) {
    // PGL5_CPU_PROF_DIR: each worker writes a V8 CPU profile there when it exits (the benchmark's profile step).
    if (process.env.PGL5_CPU_PROF_DIR) {
        cluster.setupPrimary({ execArgv: ["--cpu-prof", `--cpu-prof-dir=${process.env.PGL5_CPU_PROF_DIR}`] });
    }
    for (let i = 0; i < workers; i++) cluster.fork();
    // A worker that dies is not replaced: the benchmark would then measure fewer workers than it says.
    cluster.on("exit", (worker, code) => {
        console.error(`worker ${worker.process.pid} exited with ${code}`);
        process.exitCode = 1;
    });
    const stop = () => {
        for (const w of Object.values(cluster.workers)) w.kill("SIGTERM");
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
} else {
    const { postgraphile } = require("postgraphile");
    const { PostGraphileAmberPreset } = require("postgraphile/presets/amber");
    const { makePgService } = require("postgraphile/adaptors/pg");
    const { grafserv } = require("postgraphile/grafserv/node");
    const { jsonPgSmartTags } = require("postgraphile/utils");

    // Amber offers orderBy only on indexed columns; office.position has no index of its own, and the offices must come
    // in the order the service gives them, so the column gets the orderBy behaviour back, as a user would add it.
    const tags = jsonPgSmartTags({
        version: 1,
        config: { class: { office: { attribute: { position: { tags: { behavior: "+orderBy" } } } } } },
    });

    const preset = {
        extends: [PostGraphileAmberPreset],
        plugins: [tags],
        pgServices: [makePgService({ connectionString: process.env.PGL5_DATABASE_URL, schemas: ["public"] })],
        grafserv: { graphiql: false, watch: false, graphqlPath: "/graphql" },
        grafast: { explain: false },
    };

    // PGL5_AGGREGATES=1 adds PostGraphile's aggregates plugin (@graphile/pg-aggregates), for the grouped counts of
    // src/bench/stats-peer.sh; the main benchmark runs without it.
    if (process.env.PGL5_AGGREGATES === "1") {
        preset.extends.push(require("@graphile/pg-aggregates").PgAggregatesPreset);
    }

    const pgl = postgraphile(preset);
    const serv = pgl.createServ(grafserv);
    const server = http.createServer();
    server.keepAliveTimeout = 65_000;
    serv.addTo(server).then(
        () => server.listen(Number(process.env.PGL5_PORT), process.env.PGL5_HOST || "127.0.0.1"),
        (e) => {
            console.error(e);
            process.exit(1);
        },
    );
    process.on("SIGTERM", () => {
        server.close();
        pgl.release().finally(() => process.exit(0));
    });
}
