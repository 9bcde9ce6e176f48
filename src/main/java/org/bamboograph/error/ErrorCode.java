package org.bamboograph.error;

/**
 * The values of {@code extensions.code} this service puts on its errors. They follow the codes GraphQL clients
 * already know (Apollo Server's), and stay stable: clients branch on them.
 */
public final class ErrorCode {
    /** The request is not GraphQL over HTTP at all: no query, or a body that is not JSON. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** The query text is not valid GraphQL syntax. */
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The query does not fit the schema: an unknown field, a wrong enum literal, a missing argument. */
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** An argument or variable value was rejected: a bad date, page size or cursor, a value of the wrong type. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** The operation name does not name an operation of the document. */
    public static final String OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";
    /** The query nests deeper than the server allows. */
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /** The query would cost more than the server allows in one request; {@code extensions.cost} and {@code limit}. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    /** The answer would hold more values than the server sends in one response; {@code extensions.limit}. */
    public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";
    /** The query ran past the time the server allows one request, and was stopped. */
    public static final String TIMEOUT = "TIMEOUT";
    /** As many heavy queries are running as the server runs at once: retry after the HTTP Retry-After header. */
    public static final String RATE_LIMITED = "RATE_LIMITED";
    /**
     * A subscription WebSocket already runs as many operations as one connection may: complete one, or open another
     * connection; {@code extensions.limit}.
     */
    public static final String TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS";
    /** The query text has more tokens than the parser accepts. */
    public static final String QUERY_TOO_LARGE = "QUERY_TOO_LARGE";
    /** A write without a valid token: none, expired, or signed by a key the server does not trust. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A write with a valid token that lacks the editor group. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** The record to change does not exist. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** The record changed since the version the client read; read it again and redo the change. */
    public static final String CONFLICT = "CONFLICT";
    /** The record to delete is still referred to by others; {@code extensions.usedBy} says by what. */
    public static final String IN_USE = "IN_USE";
    /** Something failed inside the server; the message hides the details, the server log has them. */
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private ErrorCode() {
    }
}
