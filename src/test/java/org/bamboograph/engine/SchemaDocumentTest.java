package org.bamboograph.engine;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The SDL at /graphql/schema.graphql is what client tools and code generators read: it must build as a schema on its
 * own, every type it names declared in it (the full comparison with introspection runs in src/test/schema/run.sh).
 */
@QuarkusTest
class SchemaDocumentTest {

    @Test
    void servedSdlBuildsAsASchemaOnItsOwn() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        TypeDefinitionRegistry types = new SchemaParser().parse(sdl);
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(types);
        assertEquals("Query", schema.getQueryType().getName());
    }

    @Test
    void importMillisAreAGraphQLInt() {
        String sdl = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        ObjectTypeDefinition summary = new SchemaParser().parse(sdl)
                .getType("ImportSummary", ObjectTypeDefinition.class).orElseThrow();
        FieldDefinition millis = summary.getFieldDefinitions().stream()
                .filter(field -> field.getName().equals("millis")).findFirst().orElseThrow();
        assertEquals("Int!", graphql.language.AstPrinter.printAst(millis.getType()));
    }
}
