package org.bamboograph.limit;

import java.util.Map;

import graphql.execution.AbortExecutionException;

/** Refuses an operation before it runs, with a code and the extension fields that say why. */
final class LimitExceeded extends AbortExecutionException {

    private final transient Map<String, Object> extensions;

    LimitExceeded(String message, Map<String, Object> extensions) {
        super(message);
        this.extensions = extensions;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return extensions;
    }
}
