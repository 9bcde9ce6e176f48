package org.bamboograph.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bamboograph.error.ErrorMessages;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.language.VariableReference;
import graphql.parser.Parser;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * What the errors of one request need to read from its document: the values as written, and which variable stands
 * for which argument. Read once per request, when the first error asks: a document may carry a hundred errors, and
 * reading a long one again for each made its answer cost seconds of CPU.
 */
final class RequestDocument {

    private final String query;
    private final ErrorMessages.Quotes quotes;
    /** Each argument given a variable, in document order: its name and the variable's; null until first asked. */
    private List<String[]> variableArguments;
    private final Map<String, Optional<String>> answers = new HashMap<>();

    RequestDocument(String query) {
        this.query = query;
        this.quotes = ErrorMessages.quotes(query);
    }

    ErrorMessages.Quotes quotes() {
        return quotes;
    }

    /** The name of the first argument in the query whose value is the variable. */
    Optional<String> argumentUsing(String variable) {
        return answers.computeIfAbsent("$" + variable, k -> first(1, variable, 0));
    }

    /** The variable given as the value of the first argument of that name in the query, if a variable is. */
    Optional<String> variableIn(String argument) {
        return answers.computeIfAbsent(argument, k -> first(0, argument, 1));
    }

    private Optional<String> first(int match, String value, int answer) {
        for (String[] pair : variableArguments()) {
            if (pair[match].equals(value)) {
                return Optional.of(pair[answer]);
            }
        }
        return Optional.empty();
    }

    private List<String[]> variableArguments() {
        if (variableArguments != null) {
            return variableArguments;
        }
        variableArguments = new ArrayList<>();
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException e) {
            return variableArguments;
        }
        new NodeTraverser().depthFirst(new NodeVisitorStub() {
            @Override
            public TraversalControl visitArgument(Argument node, TraverserContext<Node> context) {
                if (node.getValue() instanceof VariableReference ref) {
                    variableArguments.add(new String[] { node.getName(), ref.getName() });
                }
                return TraversalControl.CONTINUE;
            }
        }, document);
        return variableArguments;
    }
}
