package org.bamboograph.historian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainIntegrationTest;

/** The packaged application as a command: imports files, printing progress and a summary, or refuses bad ones. */
@QuarkusMainIntegrationTest
class ImportCommandIT {

    @Test
    @Launch({ "import", "src/test/resources/historian/visits-sample.xml", "src/test/resources/historian/trips-sample.xml" })
    void importsFilesAndPrintsASummary(LaunchResult result) {
        String out = result.getOutput();
        assertTrue(out.contains("read historian/visits-sample.xml: 6 records"), out);
        assertTrue(!out.contains(System.getProperty("user.dir")), out);
        assertTrue(out.contains("2 files, 9 records read: 9 created, 0 updated, 0 skipped (unchanged), 1 merged"), out);
    }

    @Test
    @Launch(value = { "import", "src/test/resources/historian/malformed/impossible-date.xml" }, exitCode = 1)
    void refusesAMalformedFileNamingFileAndLine(LaunchResult result) {
        String err = result.getErrorOutput();
        assertTrue(err.contains("impossible-date.xml:3"), err);
        assertTrue(err.contains("2023-02-30"), err);
        // A visits file whose only record is refused reads as records, not as a list of presidents.
        assertTrue(result.getOutput().contains("read malformed/impossible-date.xml: 0 records, 1 refused"),
                result.getOutput());
    }

    @Test
    @Launch(value = { "import" }, exitCode = 2)
    void withoutFilesPrintsUsage(LaunchResult result) {
        assertEquals(2, result.exitCode());
        assertTrue(result.getErrorOutput().contains("usage"), result.getErrorOutput());
    }
}
