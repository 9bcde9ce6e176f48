package org.bamboograph.http;

/** The path of the GraphQL endpoint, from {@code quarkus.smallrye-graphql.root-path}. */
final class GraphQLPath {

    private GraphQLPath() {
    }

    static String of(String rootPath) {
        return rootPath.startsWith("/") ? rootPath : "/" + rootPath;
    }
}
