package org.bamboograph.error;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.FloatValue;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.SourceLocation;
import graphql.language.Value;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Rewrites the messages graphql-java and SmallRye put on their errors so that they speak GraphQL, not Java: a value of
 * the query is quoted as the client wrote it ({@code 2147483648}, not {@code IntValue{value=2147483648}}), kinds of
 * value are named in words, and neither internal message ids ({@code SRGQL000013}) nor Java types appear.
 */
public final class ErrorMessages {

    private static final Pattern MESSAGE_ID = Pattern.compile("\\bSRGQL\\d+:\\s*");
    private static final Pattern MAP_EXPECTED = Pattern.compile(
            "Expected type 'Map' but was '[^']*'\\. Variables for input objects must be an instance of type 'Map'\\.");
    /** graphql-java's and SmallRye's words for a literal of the wrong kind: only there are AST names put in words. */
    private static final Pattern AST_EXPECTED = Pattern.compile(
            "Expected (?:an )?AST type (?:of )?('\\w+'(?: or '\\w+')?) but (?:it )?was (?:a )?('\\w+')\\.?");
    private static final Pattern INPUT_EXPECTED = Pattern.compile("Expected a (\\w+) input, but it was a '(\\w+)'");
    private static final Map<String, String> JSON_KINDS = Map.ofEntries(Map.entry("String", "a JSON string"),
            Map.entry("Boolean", "a JSON boolean"), Map.entry("HashMap", "a JSON object"),
            Map.entry("LinkedHashMap", "a JSON object"), Map.entry("ArrayList", "a JSON array"),
            Map.entry("BigDecimal", "a JSON number"), Map.entry("BigInteger", "a JSON number"),
            Map.entry("Integer", "a JSON number"), Map.entry("Long", "a JSON number"), Map.entry("Double", "a JSON number"));
    private static final Pattern ENUM_NOT_TEXT = Pattern.compile(
            "(Invalid input for enum '\\w+')\\. (?:No value found for name|Unknown value) '[\\[{].*'");
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:java|javax|jakarta|io|org|graphql|com)\\.(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*");

    private ErrorMessages() {
    }

    /**
     * The values of one request's document as the client wrote them, read from the document once, however many of its
     * errors quote them: a document may carry a hundred errors, and reading it again for each made a long document's
     * errors cost seconds.
     */
    public static final class Quotes {
        private final String query;
        private List<Map.Entry<String, String>> values;

        private Quotes(String query) {
            this.query = query;
        }

        /** graphql-java's rendering of each value and the value as written, longest rendering first. */
        private List<Map.Entry<String, String>> values() {
            if (values == null) {
                values = readValues(query);
            }
            return values;
        }
    }

    /** The quotes of the request whose document is {@code query}. */
    public static Quotes quotes(String query) {
        return new Quotes(query);
    }

    /** The message in the client's terms; {@code query} is the request's document, for the values it quotes. */
    public static String clean(String message, String query) {
        return clean(message, quotes(query));
    }

    /** The message in the client's terms, quoting values from the request's document. */
    public static String clean(String message, Quotes quotes) {
        if (message == null) {
            return null;
        }
        String text = message;
        if (text.contains("Value{") || text.contains("VariableReference{")) {
            text = quoteValues(text, quotes.values());
        }
        text = MESSAGE_ID.matcher(text).replaceAll("");
        text = MAP_EXPECTED.matcher(text).replaceAll("an input object must be sent as a JSON object");
        text = ENUM_NOT_TEXT.matcher(text).replaceAll("$1: send one of its values as a JSON string");
        text = AST_EXPECTED.matcher(text).replaceAll(m -> Matcher.quoteReplacement("expected "
                + ValueWords.inWords(m.group(1)) + ", got " + ValueWords.inWords(m.group(2))));
        text = INPUT_EXPECTED.matcher(text).replaceAll(m -> "expected a JSON " + ("String".equals(m.group(1))
                ? "string" : m.group(1).toLowerCase(java.util.Locale.ROOT)) + ", got "
                + JSON_KINDS.getOrDefault(m.group(2), "another kind of JSON value"));
        text = JAVA_NAME.matcher(text).replaceAll("a value");
        return text;
    }

    /** Replaces graphql-java's rendering of each value of the document with the value as GraphQL text. */
    private static String quoteValues(String message, List<Map.Entry<String, String>> values) {
        String text = message;
        for (Map.Entry<String, String> value : values) {
            if (text.contains(value.getKey())) {
                text = text.replace(value.getKey(), value.getValue());
            }
        }
        return text;
    }

    private static List<Map.Entry<String, String>> readValues(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException e) {
            return List.of();
        }
        Map<String, String> printed = new LinkedHashMap<>();
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            protected TraversalControl visitValue(Value<?> node, TraverserContext<Node> context) {
                printed.putIfAbsent(node.toString(), asWritten(query, node));
                return TraversalControl.CONTINUE;
            }
        }, document);
        // Longest first: a list's rendering holds those of its items.
        return printed.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /**
     * The value as GraphQL text; a float as the client spelled it ({@code 1e3}, which graphql-java would print as
     * {@code 1E+3}), read from the document at the value's location if what stands there is that number.
     */
    private static String asWritten(String query, Value<?> node) {
        String printed = AstPrinter.printAstCompact(node);
        SourceLocation at = node.getSourceLocation();
        if (!(node instanceof FloatValue number) || at == null) {
            return printed;
        }
        int offset = 0;
        for (int line = 1; line < at.getLine() && offset >= 0; line++) {
            offset = query.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        int start = offset < 0 ? -1 : offset + at.getColumn() - 1;
        if (start < 0 || start >= query.length()) {
            return printed;
        }
        int end = start;
        while (end < query.length() && "+-0123456789.eE".indexOf(query.charAt(end)) >= 0) {
            end++;
        }
        String written = query.substring(start, end);
        try {
            return new BigDecimal(written).compareTo(number.getValue()) == 0 ? written : printed;
        } catch (NumberFormatException e) {
            return printed;
        }
    }
}
