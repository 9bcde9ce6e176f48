package org.bamboograph.limit;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The bounds on one request's work, from the configuration (see the README's Limits section). A null depth or cost
 * means that one is not checked.
 *
 * @param maxDepth        fields on the longest path from the root
 * @param maxCost         the budget of {@link QueryCost}
 * @param maxResultValues values in one answer (graphql-java's result nodes: each field of each object, each list
 *                        element)
 * @param maxRowsRead     rows all SQL statements of one query may read in all
 * @param timeout         how long a query may run
 * @param heavyCost       the cost above which an operation counts as heavy
 * @param heavyAtOnce     heavy operations that may run at once; more are refused with RATE_LIMITED
 * @param retryAfter      seconds a refused client is told to wait
 * @param graphqlRunsBlocking whether GraphQL runs on a worker thread from the start
 *                        ({@code quarkus.smallrye-graphql.nonblocking.enabled=false})
 */
public record Limits(Integer maxDepth, Long maxCost, int maxResultValues, long maxRowsRead,
        Duration timeout, long heavyCost, int heavyAtOnce,
        int retryAfter, boolean graphqlRunsBlocking) {

    public static Limits fromConfig() {
        Config config = ConfigProvider.getConfig();
        int maxResultValues = config.getOptionalValue("bamboo.limits.max-result-values", Integer.class).orElse(100_000);
        return new Limits(
                config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-depth", Integer.class)
                        .orElse(null),
                config.getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-complexity", Long.class)
                        .orElse(null),
                maxResultValues,
                // Each row read is at least one value of the answer, unless it is only counted (statistics).
                config.getOptionalValue("bamboo.limits.max-rows-read", Long.class).orElse((long) maxResultValues),
                config.getOptionalValue("bamboo.limits.timeout", Duration.class).orElse(Duration.ofSeconds(5)),
                config.getOptionalValue("bamboo.limits.heavy-cost", Long.class).orElse(20_000L),
                config.getOptionalValue("bamboo.limits.heavy-at-once", Integer.class).orElse(1),
                config.getOptionalValue("bamboo.limits.retry-after", Integer.class).orElse(1),
                !config.getOptionalValue("quarkus.smallrye-graphql.nonblocking.enabled", Boolean.class).orElse(true));
    }
}
