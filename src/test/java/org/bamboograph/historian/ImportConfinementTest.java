package org.bamboograph.historian;

import static org.bamboograph.testing.GraphQLRequests.asEditor;
import static org.bamboograph.testing.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * The GraphQL import reads nothing outside its import directory, however a path gets there: a link to a file or a
 * folder elsewhere, met by name or while walking a folder, or {@code ..} after a link. Links that stay inside work.
 *
 * <pre>
 * import/good/visits.xml        a file of the import directory
 * import/inner/link.xml     ->  outside/secret.xml
 * import/dirlink            ->  outside/
 * import/up                 ->  elsewhere/deep   (so up/../good/visits.xml is elsewhere/good/visits.xml)
 * import/alias.xml          ->  import/good/visits.xml  (inside: followed)
 * </pre>
 */
@QuarkusTest
@TestProfile(ImportConfinementProfile.class)
class ImportConfinementTest {

    private static final Path BASE = Path.of(ImportConfinementProfile.BASE).toAbsolutePath();
    private static final Path IMPORT = BASE.resolve("import");
    private static final Path SAMPLES = Path.of("src/test/resources/historian");
    /** A leader only the files outside the import directory name. */
    private static final String OUTSIDER = "{ leader(name: \"Nguyen Tan Dung\") { id } }";

    @BeforeAll
    static void makeTheDirectories() throws IOException {
        if (Files.exists(BASE, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> all = Files.walk(BASE)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(IMPORT.resolve("good"));
        Files.createDirectories(IMPORT.resolve("inner"));
        Files.createDirectories(IMPORT.resolve("only-links"));
        Files.createDirectories(BASE.resolve("outside"));
        Files.createDirectories(BASE.resolve("elsewhere/deep"));
        Files.createDirectories(BASE.resolve("elsewhere/good"));
        Files.copy(SAMPLES.resolve("row-by-row/visits.xml"), IMPORT.resolve("good/visits.xml"));
        Files.copy(SAMPLES.resolve("visits-sample.xml"), BASE.resolve("outside/secret.xml"));
        Files.copy(SAMPLES.resolve("visits-sample.xml"), BASE.resolve("elsewhere/good/visits.xml"));
        Files.createSymbolicLink(IMPORT.resolve("inner/link.xml"), BASE.resolve("outside/secret.xml"));
        Files.createSymbolicLink(IMPORT.resolve("dirlink"), BASE.resolve("outside"));
        Files.createSymbolicLink(IMPORT.resolve("up"), BASE.resolve("elsewhere/deep"));
        Files.createSymbolicLink(IMPORT.resolve("only-links/relative.xml"), Path.of("../../outside/secret.xml"));
    }

    private static ValidatableResponse importPath(String path) {
        return asEditor("mutation($p: String!) { importHistorianRecords(path: $p) { files created } }", Map.of("p", path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "inner/link.xml                 | inner/link.xml",
            "inner                          | inner/link.xml",
            "dirlink                        | dirlink",
            "dirlink/secret.xml             | dirlink/secret.xml",
            "up/../good/visits.xml          | up/../good/visits.xml",
            "only-links                     | only-links/relative.xml",
            "''                             | dirlink",
            "../outside/secret.xml          | ../outside/secret.xml",
            "good/../../outside/secret.xml  | good/../../outside/secret.xml" })
    void aPathLeadingOutIsRefusedByItsRelativeNameAndNothingIsRead(String path, String named) {
        importPath(path)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.argument", equalTo("path"))
                .body("errors[0].message", containsString("'" + named + "' leads outside the import directory"))
                .body("errors[0].message", not(containsString(BASE.toString())));
        graphql(OUTSIDER).body("data.leader", nullValue());
    }

    @Test
    void anAbsolutePathIsRefusedWithoutNamingTheDirectory() {
        importPath(BASE.resolve("outside/secret.xml").toString())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("leads outside the import directory"));
        importPath("missing/file.xml")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("'missing/file.xml' does not exist"))
                .body("errors[0].message", not(containsString(BASE.toString())));
        graphql(OUTSIDER).body("data.leader", nullValue());
    }

    @Test
    void linksThatStayInsideAreFollowedAndAFileIsReadOnce() throws IOException {
        Path alias = IMPORT.resolve("good/alias.xml");
        Files.deleteIfExists(alias);
        Files.createSymbolicLink(alias, IMPORT.resolve("good/visits.xml"));
        try {
            importPath("good")
                    .body("errors", nullValue())
                    .body("data.importHistorianRecords.files", equalTo(1));
            importPath("good/alias.xml").body("errors", nullValue());
            graphql("{ leader(name: \"Ana Rowwise\") { visits { date } } }")
                    .body("data.leader.visits.date", org.hamcrest.Matchers.contains("2019-06-03", "2021-02-10"));
        } finally {
            Files.delete(alias);
        }
    }
}
