package org.bamboograph.graphql;

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
    /** The query is deeper or more complex than the server allows. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    /** Something failed inside the server; the message hides the details, the server log has them. */
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private ErrorCode() {
    }
}
