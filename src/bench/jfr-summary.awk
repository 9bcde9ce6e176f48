# Summarises the output of `jfr print --events jdk.ExecutionSample --stack-depth 64 <file>`.
#
# Prints where the CPU samples of Java threads fall:
#   - own time by layer: each sample goes to the innermost frame that belongs to a known layer, so JDK helpers
#     (HashMap, CompletableFuture, String ...) count for the layer that called them; the shares add up to 100%;
#   - presence by layer: the share of samples with that layer anywhere on the stack (nested layers overlap);
#   - the hottest methods by self time;
#   - with TOP_INCLUSIVE set to a regular expression, the methods matching it that are on most stacks.
function layer(f) {
    if (f ~ /^org\.h2\./) return "H2 database engine"
    if (f ~ /^org\.postgresql\./) return "PostgreSQL JDBC driver"
    if (f ~ /^io\.agroal\./) return "Agroal connection pool"
    if (f ~ /^org\.hibernate\./) return "Hibernate ORM"
    if (f ~ /^io\.quarkus\.hibernate\.|^io\.quarkus\.panache\./) return "Hibernate ORM"
    if (f ~ /^org\.bamboograph\./) return "Bamboo Graph code"
    if (f ~ /^org\.dataloader\./) return "java-dataloader (batching)"
    if (f ~ /^io\.smallrye\.graphql\./) return "SmallRye GraphQL"
    if (f ~ /^io\.quarkus\.smallrye\.graphql\./) return "SmallRye GraphQL"
    if (f ~ /^graphql\./) return "graphql-java engine"
    if (f ~ /^io\.smallrye\.context\.|^io\.smallrye\.mutiny\./) return "context propagation / Mutiny"
    if (f ~ /^io\.micrometer\.|^io\.quarkus\.micrometer\./) return "Micrometer metrics"
    if (f ~ /^com\.fasterxml\.|^org\.eclipse\.parsson\.|^org\.eclipse\.yasson\.|^jakarta\.json\./) return "JSON"
    if (f ~ /^com\.arjuna\.|^io\.quarkus\.narayana\./) return "Narayana JTA"
    if (f ~ /^io\.quarkus\.arc\.|^io\.quarkus\.security\.|^io\.quarkus\.vertx\.http\.runtime\.security/) return "CDI / security"
    if (f ~ /^io\.netty\.|^io\.vertx\.|^io\.quarkus\.vertx\./) return "Vert.x / Netty HTTP"
    return ""
}
function report(title, counts, limit,    k, cmd) {
    print "  " title
    cmd = "sort -rn | head -" limit
    for (k in counts) printf "    %5.1f%%  %s\n", 100 * counts[k] / samples, k | cmd
    close(cmd)
}
/^jdk\.ExecutionSample/ { samples++; depth = 0; owned = 0; split("", seen); split("", seenFrame); next }
/^ +stackTrace = \[/ { inStack = 1; next }
inStack && /^ +\]/ {
    inStack = 0
    if (!owned) own["JDK / other"]++
    next
}
inStack {
    frame = $0
    sub(/^ +/, "", frame)
    sub(/ +line:.*$/, "", frame)
    if (frame == "...") next
    if (depth == 0) top[frame]++
    depth++
    l = layer(frame)
    if (l != "") {
        if (!owned) { own[l]++; owned = 1 }
        if (!(l in seen)) { seen[l] = 1; present[l]++ }
    }
    if (ENVIRON["TOP_INCLUSIVE"] != "" && frame ~ ENVIRON["TOP_INCLUSIVE"] && !(frame in seenFrame)) {
        seenFrame[frame] = 1
        inclusive[frame]++
    }
}
END {
    if (samples == 0) { print "  no execution samples"; exit }
    printf "  %d execution samples of Java threads\n", samples
    report("own time by layer (innermost known layer on the stack; adds up to 100%):", own, 20)
    report("presence by layer (layer anywhere on the stack; overlaps):", present, 20)
    report("hottest methods by self time:", top, 12)
    if (ENVIRON["TOP_INCLUSIVE"] != "") report("methods on most stacks (matching " ENVIRON["TOP_INCLUSIVE"] "):", inclusive, 15)
}
