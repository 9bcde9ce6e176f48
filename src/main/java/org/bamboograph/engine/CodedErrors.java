package org.bamboograph.engine;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;

import org.bamboograph.error.CodedException;
import org.bamboograph.error.ErrorMessages;
import org.bamboograph.error.ErrorCode;
import org.bamboograph.http.ResponseStatus;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.UnknownOperationException;
import graphql.introspection.GoodFaithIntrospection;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives every error of a response an {@code extensions.code}. SmallRye attaches extensions to only some kinds of error,
 * filtered by {@code error-extension-fields}; errors rewritten here into plain GraphQL errors are written out with
 * exactly the extensions set here. Syntax errors never get this far: {@link ParseCheck} answers them.
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public class CodedErrors implements EventingService {

    private static final Logger LOG = Logger.getLogger(CodedErrors.class);
    private static final Pattern VARIABLE = Pattern.compile("[Vv]ariable '([_A-Za-z][_0-9A-Za-z]*)'");
    private static final Pattern ARGUMENT = Pattern.compile("argument '([_A-Za-z][_0-9A-Za-z]*)'");

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public void afterExecute(Context context) {
        ExecutionResult result = context.unwrap(ExecutionResult.class);
        if (result == null || result.getErrors().isEmpty() || !(context instanceof SmallRyeContext smallRye)) {
            return;
        }
        List<GraphQLError> coded = new ArrayList<>(result.getErrors().size());
        RequestDocument document = new RequestDocument(context.getQuery());
        for (GraphQLError error : result.getErrors()) {
            coded.add(code(error, context, document));
        }
        // A rejected input leaves its field null; the extra "non-null field was null" error that follows says nothing.
        if (coded.stream().anyMatch(e -> isInputError(e))) {
            coded.removeIf(e -> e.getErrorType() == ErrorType.NullValueInNonNullableField);
        }
        if (isRequestError(result.getData(), coded)) {
            // Nothing was executed: the document did not validate, its variables did not coerce, or a limit refused
            // it. Such an answer has no data entry at all, and is a 400 for clients of application/graphql-response+json.
            smallRye.setExecutionResult(ExecutionResultImpl.newExecutionResult().errors(coded)
                    .extensions(result.getExtensions()).build());
            ResponseStatus.requestError();
        } else {
            smallRye.setExecutionResult(ExecutionResultImpl.newExecutionResult().from(result).errors(coded).build());
        }
    }

    private GraphQLError code(GraphQLError error, Context context, RequestDocument document) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        String message = ErrorMessages.clean(error.getMessage(), document.quotes());
        if (error instanceof ExceptionWhileDataFetching fetching) {
            Throwable cause = unwrap(fetching.getException());
            if (cause instanceof CodedException coded) {
                message = coded.getMessage();
                extensions.putAll(coded.extensions());
            } else if (cause instanceof ConstraintViolationException violations) {
                message = violations.getMessage();
                extensions.put("code", ErrorCode.BAD_USER_INPUT);
            } else if (cause instanceof UnauthorizedException || cause instanceof AuthenticationFailedException) {
                message = "Writing needs a valid bearer token (Authorization: Bearer …): this request has none, or "
                        + "one that is expired, malformed or not signed by a key this server trusts.";
                extensions.put("code", ErrorCode.UNAUTHENTICATED);
            } else if (cause instanceof ForbiddenException) {
                message = "Writing needs a token whose groups include \"editor\"; this one's do not.";
                extensions.put("code", ErrorCode.FORBIDDEN);
            } else if (hasCause(cause, OptimisticLockException.class) || hasCause(cause, StaleStateException.class)) {
                message = "The record changed while this write was under way: read it again, then redo your change.";
                extensions.put("code", ErrorCode.CONFLICT);
            } else if (hasCause(cause, org.hibernate.exception.ConstraintViolationException.class)) {
                message = "A concurrent write got there first (the id is taken, or a reference went away): "
                        + "read again and retry.";
                extensions.put("code", ErrorCode.CONFLICT);
            } else {
                LOG.errorf(cause, "Request %s failed at %s", context.getExecutionId(), error.getPath());
                message = "The server failed to answer this field; it has logged the cause under request "
                        + context.getExecutionId() + ".";
                extensions.put("code", ErrorCode.INTERNAL_SERVER_ERROR);
            }
        } else if (error instanceof ValidationError validation) {
            extensions.put("code", ErrorCode.GRAPHQL_VALIDATION_FAILED);
            // A variable's value of the wrong type is reported as if it had been written into the query.
            Matcher argument = ARGUMENT.matcher(message == null ? "" : message);
            if (validation.getValidationErrorType() == ValidationErrorType.WrongType && argument.find()) {
                document.variableIn(argument.group(1)).ifPresent(variable -> {
                    extensions.put("code", ErrorCode.BAD_USER_INPUT);
                    extensions.put("argument", argument.group(1));
                    extensions.put("variable", variable);
                });
            }
        } else if (error instanceof GoodFaithIntrospection.BadFaithIntrospectionError) {
            // graphql-java refuses introspection that repeats the fields a schema-sized answer grows by.
            extensions.put("code", ErrorCode.GRAPHQL_VALIDATION_FAILED);
            message = message + " Ask for each of them once per request, as GraphiQL's introspection query does.";
        } else if (error instanceof UnknownOperationException) {
            extensions.put("code", ErrorCode.OPERATION_RESOLUTION_FAILURE);
        } else if (error instanceof AbortExecutionException && error.getExtensions() != null
                && error.getExtensions().get("code") != null) {
            extensions.putAll(error.getExtensions()); // our own limits (OperationLimits) say which
        } else if (error instanceof AbortExecutionException) {
            boolean depth = message != null && message.toLowerCase(java.util.Locale.ROOT).contains("depth");
            extensions.put("code", depth ? ErrorCode.QUERY_TOO_DEEP : ErrorCode.QUERY_TOO_COMPLEX);
        } else if (error.getErrorType() == ErrorType.ValidationError && error instanceof Throwable) {
            // A variable value graphql-java could not coerce to its declared type.
            extensions.put("code", ErrorCode.BAD_USER_INPUT);
            variableOf(message).ifPresent(variable -> {
                extensions.put("variable", variable);
                document.argumentUsing(variable).ifPresent(argument -> extensions.put("argument", argument));
            });
        } else if (error.getExtensions() != null && error.getExtensions().get("code") != null) {
            extensions.putAll(error.getExtensions());
        } else {
            extensions.put("code", error.getErrorType() == ErrorType.ValidationError
                    ? ErrorCode.GRAPHQL_VALIDATION_FAILED : ErrorCode.INTERNAL_SERVER_ERROR);
        }
        ErrorClassification type = error.getErrorType() == null ? ErrorType.DataFetchingException : error.getErrorType();
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(type)
                .extensions(extensions)
                .build();
    }

    /**
     * No data, and no error of a field's execution: the request failed before execution began, or (a variable that
     * does not coerce to its argument's type) as good as.
     */
    private static boolean isRequestError(Object data, List<GraphQLError> errors) {
        return data == null && errors.stream().allMatch(e -> e.getErrorType() != null
                && e.getErrorType() != ErrorType.DataFetchingException
                && e.getErrorType() != ErrorType.NullValueInNonNullableField);
    }

    private static boolean isInputError(GraphQLError error) {
        Object code = error.getExtensions().get("code");
        return ErrorCode.BAD_USER_INPUT.equals(code) || ErrorCode.GRAPHQL_VALIDATION_FAILED.equals(code);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof InvocationTargetException || current instanceof CompletionException
                || current.getClass().getName().endsWith("DataFetcherException")) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static Optional<String> variableOf(String message) {
        Matcher m = VARIABLE.matcher(message == null ? "" : message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
