package org.bamboograph.http;

import java.util.List;
import java.util.Locale;

import io.vertx.ext.web.MIMEHeader;

/**
 * Which media type a GraphQL answer is written in, from the request's {@code Accept} header, by the
 * GraphQL-over-HTTP rules: {@code application/graphql-response+json} or {@code application/json}, and
 * {@code application/json} where the client takes anything or says nothing.
 */
public final class MediaTypes {

    public static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";
    public static final String JSON = "application/json";

    private MediaTypes() {
    }

    /**
     * The media type to answer in, or null when the client accepts neither. {@code accept} is Vert.x's parse of the
     * header, already ordered by preference (q values); a type with q=0 is refused by the client.
     */
    public static String negotiate(List<MIMEHeader> accept) {
        if (accept == null || accept.isEmpty()) {
            return JSON;
        }
        for (MIMEHeader type : accept) {
            if (type.weight() <= 0) {
                continue;
            }
            String value = (type.component() + "/" + type.subComponent()).toLowerCase(Locale.ROOT);
            switch (value) {
                case GRAPHQL_RESPONSE_JSON:
                    return GRAPHQL_RESPONSE_JSON;
                case JSON, "*/*":
                    return JSON;
                default:
                    break;
            }
        }
        return null;
    }
}
