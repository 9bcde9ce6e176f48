package org.bamboograph.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

import org.bamboograph.error.ValueWords;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.AstPrinter;
import graphql.language.BooleanValue;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import io.vertx.core.json.Json;

/**
 * Input coercion of the built-in scalars as the GraphQL specification has it, with messages that quote the value as
 * the client sent it. SmallRye's own coercion takes {@code 2147483648} for an Int by dropping its high bits, and
 * {@code 1.5} or {@code "5"} by converting them, and its messages name Java classes. Output is left to the scalar this
 * one stands in for.
 */
final class StrictCoercing implements Coercing<Object, Object> {

    enum Kind { INT, STRING, ID, BOOLEAN }

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    static final String INT_RANGE = "an Int is a whole number from -2147483648 to 2147483647";

    private final Kind kind;
    private final Coercing<?, ?> output;

    StrictCoercing(Kind kind, Coercing<?, ?> output) {
        this.kind = kind;
        this.output = output;
    }

    @Override
    public Object serialize(Object result, GraphQLContext context, Locale locale) throws CoercingSerializeException {
        return output.serialize(result, context, locale);
    }

    @Override
    @SuppressWarnings("deprecation")
    public Object serialize(Object result) throws CoercingSerializeException {
        return output.serialize(result);
    }

    @Override
    public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
        return output.valueToLiteral(input, context, locale);
    }

    /** A value from the request's variables, as decoded from its JSON. */
    @Override
    public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
        switch (kind) {
            case INT:
                if (input instanceof Number number && !(input instanceof Double d && (d.isNaN() || d.isInfinite()))) {
                    BigDecimal decimal = new BigDecimal(number.toString());
                    BigInteger whole;
                    try {
                        whole = decimal.toBigIntegerExact();
                    } catch (ArithmeticException fraction) {
                        throw new CoercingParseValueException(json(input) + " is not an Int: " + INT_RANGE);
                    }
                    if (whole.compareTo(MIN) < 0 || whole.compareTo(MAX) > 0) {
                        throw new CoercingParseValueException(json(input) + " is not an Int: " + INT_RANGE);
                    }
                    return whole.intValue();
                }
                throw new CoercingParseValueException(json(input) + " is not an Int: " + INT_RANGE + ", sent as a JSON number");
            case STRING:
                if (input instanceof String s) {
                    return s;
                }
                throw new CoercingParseValueException(json(input) + " is not a String: send text as a JSON string");
            case ID:
                if (input instanceof String s) {
                    return s;
                }
                if (input instanceof Number number && !(input instanceof Double || input instanceof Float)) {
                    try {
                        return new BigDecimal(number.toString()).toBigIntegerExact().toString();
                    } catch (ArithmeticException fraction) {
                        // refused below
                    }
                }
                throw new CoercingParseValueException(json(input) + " is not an ID: send a JSON string or a whole number");
            default:
                if (input instanceof Boolean b) {
                    return b;
                }
                throw new CoercingParseValueException(json(input) + " is not a Boolean: send true or false");
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public Object parseValue(Object input) throws CoercingParseValueException {
        return parseValue(input, GraphQLContext.getDefault(), Locale.getDefault());
    }

    /** A value written into the query. The message leaves the value out: the validation error quotes it. */
    @Override
    public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
            throws CoercingParseLiteralException {
        switch (kind) {
            case INT:
                if (input instanceof IntValue i) {
                    BigInteger value = i.getValue();
                    if (value.compareTo(MIN) < 0 || value.compareTo(MAX) > 0) {
                        throw new CoercingParseLiteralException(INT_RANGE);
                    }
                    return value.intValue();
                }
                throw new CoercingParseLiteralException(INT_RANGE + "; " + AstPrinter.printAst(input) + " is "
                        + ValueWords.of(input));
            case STRING:
                if (input instanceof StringValue s) {
                    return s.getValue();
                }
                throw new CoercingParseLiteralException("a String is text in quotes; " + AstPrinter.printAst(input)
                        + " is " + ValueWords.of(input));
            case ID:
                if (input instanceof StringValue s) {
                    return s.getValue();
                }
                if (input instanceof IntValue i) {
                    return i.getValue().toString();
                }
                throw new CoercingParseLiteralException("an ID is text in quotes or a whole number; "
                        + AstPrinter.printAst(input) + " is " + ValueWords.of(input));
            default:
                if (input instanceof BooleanValue b) {
                    return b.isValue();
                }
                throw new CoercingParseLiteralException("a Boolean is true or false; " + AstPrinter.printAst(input)
                        + " is " + ValueWords.of(input));
        }
    }

    @Override
    @SuppressWarnings("deprecation")
    public Object parseLiteral(Object input) throws CoercingParseLiteralException {
        return parseLiteral((Value<?>) input, CoercedVariables.emptyVariables(), GraphQLContext.getDefault(),
                Locale.getDefault());
    }

    /** The value as JSON, the way the client wrote it in its variables. */
    static String json(Object value) {
        try {
            return Json.encode(value);
        } catch (RuntimeException e) {
            return String.valueOf(value);
        }
    }
}
