package org.bamboograph.error;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.language.VariableReference;

/** What a value of a GraphQL document is, in the words of the GraphQL specification rather than of graphql-java. */
public final class ValueWords {

    private static final Map<String, String> NAMES = Map.of(
            "IntValue", "an integer", "FloatValue", "a number with a fraction or exponent", "StringValue", "a string",
            "BooleanValue", "a boolean", "NullValue", "null", "EnumValue", "an enum value", "ArrayValue", "a list",
            "ObjectValue", "an input object", "VariableReference", "a variable");
    private static final Pattern AST_NAME = Pattern.compile("'(" + String.join("|", NAMES.keySet()) + ")'");

    private ValueWords() {
    }

    public static String of(Value<?> value) {
        if (value instanceof IntValue) {
            return NAMES.get("IntValue");
        } else if (value instanceof FloatValue) {
            return NAMES.get("FloatValue");
        } else if (value instanceof StringValue) {
            return NAMES.get("StringValue");
        } else if (value instanceof BooleanValue) {
            return NAMES.get("BooleanValue");
        } else if (value instanceof NullValue) {
            return NAMES.get("NullValue");
        } else if (value instanceof EnumValue) {
            return NAMES.get("EnumValue");
        } else if (value instanceof ArrayValue) {
            return NAMES.get("ArrayValue");
        } else if (value instanceof ObjectValue) {
            return NAMES.get("ObjectValue");
        } else if (value instanceof VariableReference) {
            return NAMES.get("VariableReference");
        }
        return "a value";
    }

    /** The text with graphql-java's names of value kinds ("'StringValue'") put in words ("a string"). */
    static String inWords(String text) {
        Matcher m = AST_NAME.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(NAMES.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
