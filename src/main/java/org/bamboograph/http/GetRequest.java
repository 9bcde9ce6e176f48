package org.bamboograph.http;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.vertx.ext.web.RoutingContext;

/**
 * A GraphQL request in the GET form of GraphQL over HTTP: {@code ?query=…&variables=…&operationName=…&extensions=…},
 * each parameter URL-encoded once (Vert.x decodes it once), variables and extensions as JSON objects.
 */
record GetRequest(String query, String operationName, String variables, String extensions) {

    /** A request this route refuses, with the HTTP status and the message of its coded answer. */
    static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    static GetRequest from(RoutingContext ctx, long maxBytes) throws Refused {
        GetRequest request = new GetRequest(single(ctx, "query"), single(ctx, "operationName"), single(ctx, "variables"),
                single(ctx, "extensions"));
        if (request.size() > maxBytes) {
            throw new Refused(414, "This request is longer than the " + maxBytes + " bytes a GraphQL request may take "
                    + "here; send it with POST.");
        }
        return request;
    }

    private static String single(RoutingContext ctx, String name) throws Refused {
        List<String> values = ctx.queryParam(name);
        if (values.size() > 1) {
            throw new Refused(400, "'" + name + "' is given " + values.size() + " times; give it once.");
        }
        return values.isEmpty() || values.get(0).isEmpty() ? null : values.get(0);
    }

    private long size() {
        long size = 0;
        for (String part : new String[] {query, operationName, variables, extensions}) {
            size += part == null ? 0 : part.getBytes(StandardCharsets.UTF_8).length;
        }
        return size;
    }

    /** The parameter as a JSON object, null when absent; refused when it is not JSON or not an object. */
    private static JsonObject object(String name, String text) throws Refused {
        if (text == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Refused(400, "'" + name + "' must be a JSON object (a map of names to values).");
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new Refused(400, "'" + name + "' is not valid JSON: give a URL-encoded JSON object.");
        }
    }

    /** The request as SmallRye's execution service takes it. */
    JsonObject toJson() throws Refused {
        JsonObjectBuilder json = Json.createObjectBuilder().add("query", query);
        if (operationName != null) {
            json.add("operationName", operationName);
        }
        JsonObject vars = object("variables", variables);
        if (vars != null) {
            json.add("variables", vars);
        }
        JsonObject ext = object("extensions", extensions);
        if (ext != null) {
            json.add("extensions", ext);
        }
        return json.build();
    }

    /**
     * Whether the operation this request would run changes data (a mutation) or is no single answer (a
     * subscription). False where the operation cannot be picked: execution then answers with its own error.
     */
    boolean selectsNonQuery() {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition selected = null;
        if (operationName == null) {
            selected = operations.size() == 1 ? operations.get(0) : null;
        } else {
            selected = operations.stream().filter(o -> operationName.equals(o.getName())).findFirst().orElse(null);
        }
        return selected != null && selected.getOperation() != OperationDefinition.Operation.QUERY;
    }
}
