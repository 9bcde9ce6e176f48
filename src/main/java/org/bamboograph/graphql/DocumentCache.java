package org.bamboograph.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Remembers documents that parsed and validated, by query text, so a repeated query is neither parsed nor validated
 * again. It takes the place of SmallRye's cache, which hooks into validation through an instrumentation and so would
 * need a chain of instrumentations beside {@link OperationLimits}.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    /** Documents remembered, at most; past it the memory starts again. */
    static final int MAX_REMEMBERED = 1000;

    private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        PreparsedDocumentEntry entry = documents.get(input.getQuery());
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                if (documents.size() >= MAX_REMEMBERED) {
                    documents.clear();
                }
                documents.put(input.getQuery(), entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
