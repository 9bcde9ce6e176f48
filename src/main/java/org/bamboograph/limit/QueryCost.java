package org.bamboograph.limit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;


import graphql.introspection.Introspection;
import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation will cost to answer, and how deep it nests, read from the parsed document before anything runs.
 * The cost estimates the values of the answer: a field counts 1 plus, for a list, the cost of one element times the
 * elements the list can hold. A field that takes {@code first} returns a page: the lists directly inside it (its
 * {@code edges}) hold {@code first} elements (its default where not given; at most {@link PageSizes#MAX}). Other lists
 * count the fixed {@link ListEstimates}, an element of a list of scalars counts 1. A field that runs SQL statements of
 * its own (a root field, a {@code totalCount}) counts {@link #STATEMENT} more. Every alias counts on its own, and a
 * fragment counts as often as it is spread, its cost computed once. Sums and products saturate at
 * {@link Long#MAX_VALUE}, so no document can wrap the cost around to a small number.
 */
final class QueryCost {

    /** Cost and depth of one operation. Depth counts the fields on the longest path from the root, as graphql-java's. */
    record Result(long cost, int depth) {
    }

    /**
     * What a field that runs SQL statements of its own counts besides its value: a statement costs about as much
     * time as a thousand values, and a document can ask for a root field under any number of aliases.
     */
    static final int STATEMENT = 1000;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Object> variables;
    private final Map<String, Result> fragmentResults = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    private QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.variables = variables;
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            fragments.putIfAbsent(fragment.getName(), fragment);
        }
    }

    /** The cost and depth of {@code operation}, with its coerced {@code variables}. */
    static Result of(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        if (root == null) {
            return new Result(0, 0);
        }
        return new QueryCost(schema, document, variables).selection(operation.getSelectionSet(), root, null);
    }

    /**
     * The selections of {@code set} on {@code type}; {@code page} is the size of the lists directly inside it when it
     * is the selection of a field that takes {@code first}, else null.
     */
    private Result selection(SelectionSet set, GraphQLCompositeType type, Integer page) {
        long cost = 0;
        int depth = 0;
        if (set == null) {
            return new Result(0, 0);
        }
        for (graphql.language.Selection<?> selection : set.getSelections()) {
            if (!included((DirectivesContainer<?>) selection)) {
                continue;
            }
            Result part;
            if (selection instanceof Field field) {
                part = field(field, type, page);
            } else if (selection instanceof InlineFragment inline) {
                part = selection(inline.getSelectionSet(), conditionType(inline.getTypeCondition(), type), page);
            } else if (selection instanceof FragmentSpread spread) {
                part = fragment(spread.getName(), type, page);
            } else {
                continue;
            }
            cost = add(cost, part.cost());
            depth = Math.max(depth, part.depth());
        }
        return new Result(cost, depth);
    }

    private Result fragment(String name, GraphQLCompositeType type, Integer page) {
        String key = name + "@" + page;
        Result known = fragmentResults.get(key);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        if (fragment == null || !visiting.add(key)) {
            // Validation refuses unknown and cyclic fragments; should one get here, it counts as unpayable.
            return new Result(Long.MAX_VALUE, Integer.MAX_VALUE);
        }
        Result result = selection(fragment.getSelectionSet(), conditionType(fragment.getTypeCondition(), type), page);
        visiting.remove(key);
        fragmentResults.put(key, result);
        return result;
    }

    private Result field(Field field, GraphQLCompositeType parent, Integer page) {
        GraphQLFieldDefinition definition = Introspection.getFieldDef(schema, parent, field.getName());
        if (definition == null) {
            return new Result(1, 1);
        }
        GraphQLType type = definition.getType();
        GraphQLType unwrapped = type instanceof GraphQLNonNull nonNull ? nonNull.getWrappedType() : type;
        GraphQLType element = GraphQLTypeUtil.unwrapAll(type);
        Result below = element instanceof GraphQLCompositeType composite
                ? selection(field.getSelectionSet(), composite, pageSize(field, definition))
                : new Result(0, 0);
        int depth = below.depth() == Integer.MAX_VALUE ? Integer.MAX_VALUE : below.depth() + 1;
        long own = runsStatements(parent, field) ? 1 + STATEMENT : 1;
        if (!(unwrapped instanceof GraphQLList)) {
            return new Result(add(own, below.cost()), depth);
        }
        long elements = page != null ? page : ListEstimates.of(parent.getName(), field.getName());
        return new Result(add(own, multiply(elements, Math.max(1, below.cost()))), depth);
    }

    /**
     * Whether the field runs SQL statements of its own whatever the rest of the query: a root field (introspection
     * aside) or a {@code totalCount}. Nested list and object fields share one statement per level among all their
     * parents, so they count as values only.
     */
    private boolean runsStatements(GraphQLCompositeType parent, Field field) {
        boolean root = parent == schema.getQueryType() || parent == schema.getMutationType();
        return root ? !field.getName().startsWith("__") : field.getName().equals("totalCount");
    }

    /** The page a field that takes {@code first} returns, else null. */
    private Integer pageSize(Field field, GraphQLFieldDefinition definition) {
        GraphQLArgument first = definition.getArgument("first");
        if (first == null) {
            return null;
        }
        Object value = null;
        for (graphql.language.Argument argument : field.getArguments()) {
            if (argument.getName().equals("first")) {
                value = valueOf(argument.getValue());
            }
        }
        if (value == null && first.hasSetDefaultValue()) {
            Object fallback = first.getArgumentDefaultValue().getValue();
            value = fallback instanceof Value<?> literal ? valueOf(literal) : fallback;
        }
        int size = value instanceof Number number ? number.intValue() : PageSizes.DEFAULT;
        // A page beyond the maximum is refused by the field itself, as bad input.
        return Math.max(0, Math.min(size, PageSizes.MAX));
    }

    private Object valueOf(Value<?> value) {
        if (value instanceof VariableReference ref) {
            return variables.get(ref.getName());
        }
        if (value instanceof IntValue number) {
            return number.getValue();
        }
        if (value instanceof BooleanValue bool) {
            return bool.isValue();
        }
        return null;
    }

    /** Whether @skip and @include let the selection through. */
    private boolean included(DirectivesContainer<?> selection) {
        List<Directive> directives = selection.getDirectives();
        for (Directive directive : directives) {
            boolean skip = directive.getName().equals("skip");
            if (!skip && !directive.getName().equals("include")) {
                continue;
            }
            graphql.language.Argument condition = directive.getArgument("if");
            boolean value = condition != null && Boolean.TRUE.equals(valueOf(condition.getValue()));
            if (skip == value) {
                return false;
            }
        }
        return true;
    }

    private GraphQLCompositeType conditionType(graphql.language.TypeName condition, GraphQLCompositeType otherwise) {
        if (condition == null) {
            return otherwise;
        }
        return schema.getType(condition.getName()) instanceof GraphQLCompositeType type ? type : otherwise;
    }

    static long add(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }

    static long multiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }
}
