#!/usr/bin/env bash
# Writes request bodies of hostile shapes that are too long or too regular to keep as .graphql files, each as
# NAME.json in the directory given (isolation.sh runs them beside the .graphql files). Every one fits the 64 KiB body
# limit and, where it is a GraphQL document, the parser's 15,000 tokens, so it reaches the parser, the validator or
# the resolvers; none may hold the server or go unanswered by a coded error.
set -euo pipefail
out=${1:?usage: hostile-bodies.sh OUT_DIR}
mkdir -p "$out"

# jq builds each body, so every string is quoted as JSON wants it.
body() { jq -cn "$2" > "$out/$1.json"; }

# 4,900 copies of one argument: graphql-java reports 100 validation errors, each read against the whole document.
body duplicate-args '{query: ("{ leader(" + ("name: \"T\" " * 4900) + ") { id } }")}'
# 90 aliases of a statistics field with a bad enum value: 90 validation errors that quote the value.
body bad-enum-errors '{query: ("{ " + ([range(90) | "f\(.): visitStats(groupBy: [YEAR, CITY]) { count }"] | join(" ")) + " }")}'
# 3,000 declared, unused variables: 100 errors.
body unused-variables '{query: ("query(" + ([range(3000) | "$v\(.): Int"] | join(" ")) + ") { __typename }")}'
# 4,400 fields under one response name: the overlapping-fields rule compares them pairwise.
body same-alias '{query: ("{ " + ("a: __typename " * 4400) + "}")}'
# 2,100 directives on one field.
body directives '{query: ("{ __typename " + ("@include(if: true) " * 2100) + "}")}'
# Introspection nested as deep as the depth limit allows.
body deep-introspection '{query: ("{ __schema { types { fields { type { " + ("ofType { " * 14) + "name" + (" }" * 14) + " } } } } }")}'
# 600 operations, the last one chosen: only it runs, but all are validated.
body many-operations '{query: ([range(600) | "query Q\(.) { visits(first: 100) { edges { node { id } } } }"] | join(" ")), operationName: "Q599"}'
# The widest statistics the cost lets through: 90 aliases of every visit grouping.
body stats-widest '{query: ("{ " + ([range(90) | "f\(.): visitStats(groupBy: [YEAR, GUEST, GUEST_STATE, HOST_STATE]) { count }"] | join(" ")) + " }")}'
# 90 balances of eight powers each, by year, over all years.
body balance-widest '{query: ("{ " + ([range(90) | "f\(.): balance(state: \"VNM\", powers: [\"USA\", \"CHN\", \"RUS\", \"JPN\", \"IND\", \"FRA\", \"GBR\", \"DEU\"]) { bucketStart visitsTo visitsFrom agreements }"] | join(" ")) + " }")}'
# A batch of 200 operations in one JSON array, and variables nested 20,000 deep: refused as bodies.
body batched-array '[range(200) | {query: "{ visits(first: 100) { edges { node { guest { visits { id } } } } } }"}]'
printf '{"query":"query($v: String) { __typename }","variables":{"v":%s%s}}\n' \
    "$(printf '[%.0s' $(seq 1 20000))" "$(printf ']%.0s' $(seq 1 20000))" > "$out/deep-variables.json"
