package org.bamboograph.start;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One line of {@code start/training-requests.txt}: {@code POST <graphql document>} sends the document to
 * {@code /graphql} as JSON, {@code GET <path>} fetches a path, {@code GETQL <graphql document>} sends the document as
 * a GET query.
 */
record TrainingRequest(String method, String argument) {

    static TrainingRequest parse(String line) {
        int space = line.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("a training request needs a method and an argument: " + line);
        }
        String method = line.substring(0, space);
        if (!method.equals("POST") && !method.equals("GET") && !method.equals("GETQL")) {
            throw new IllegalArgumentException("unknown training method " + method);
        }
        return new TrainingRequest(method, line.substring(space + 1).trim());
    }

    HttpRequest toHttp(URI base) {
        HttpRequest.Builder http = switch (method) {
            case "POST" -> HttpRequest.newBuilder(base.resolve("/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":" + jsonString(argument) + "}"));
            case "GETQL" -> HttpRequest.newBuilder(
                    base.resolve("/graphql?query=" + URLEncoder.encode(argument, StandardCharsets.UTF_8)));
            default -> HttpRequest.newBuilder(base.resolve(argument));
        };
        return http.timeout(Duration.ofSeconds(30)).build();
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public String toString() {
        return method + " " + argument;
    }
}
