package org.bamboograph.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.smallrye.graphql.schema.model.AdaptWith;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Transformation;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;

/**
 * Which properties skip SmallRye's output transformation. A property answered as it is must be one SmallRye would hand
 * back unchanged: were a formatted, adapted, converted or wrapped one let through, clients would get the raw Java value.
 * The answers themselves are checked over HTTP by every API test; this pins the rule to SmallRye's model of a field.
 */
class PropertyFetcherTest {

    private static Field field(String className, String graphQLClassName, ReferenceType type) {
        Reference reference = new Reference();
        reference.setClassName(className);
        reference.setGraphQLClassName(graphQLClassName);
        reference.setName("x");
        reference.setType(type);
        return new Field(null, "x", "x", reference);
    }

    private static Field string() {
        return field("java.lang.String", "java.lang.String", ReferenceType.SCALAR);
    }

    @Test
    void plainScalarsAndObjectsAreAnsweredAsTheyAre() {
        assertTrue(PropertyFetcher.answeredAsItIs(string()));
        assertTrue(PropertyFetcher.answeredAsItIs(field("org.bamboograph.state.State", "org.bamboograph.state.State",
                ReferenceType.TYPE)));
        assertTrue(PropertyFetcher.answeredAsItIs(field("org.bamboograph.agreement.AgreementKind",
                "org.bamboograph.agreement.AgreementKind", ReferenceType.ENUM)));
    }

    @Test
    void whatSmallRyeWouldChangeGoesThroughItsTransformation() {
        // A scalar SmallRye converts (a Java type other than the scalar's own).
        assertFalse(PropertyFetcher.answeredAsItIs(field("java.time.LocalDate", "java.lang.String",
                ReferenceType.SCALAR)));
        // A format.
        Field formatted = string();
        formatted.setTransformation(new Transformation(Transformation.Type.DATE, "yyyy", null, false));
        assertFalse(PropertyFetcher.answeredAsItIs(formatted));
        // A list, whose elements SmallRye walks one by one.
        Field list = string();
        list.setWrapper(new Wrapper(WrapperType.COLLECTION, "java.util.List"));
        assertFalse(PropertyFetcher.answeredAsItIs(list));
        // An adapter, on the field or on its type.
        Field adapted = string();
        adapted.setAdaptWith(new AdaptWith());
        assertFalse(PropertyFetcher.answeredAsItIs(adapted));
        Field adaptedType = string();
        adaptedType.getReference().setAdaptWith(new AdaptWith());
        assertFalse(PropertyFetcher.answeredAsItIs(adaptedType));
    }
}
