package org.bamboograph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.bamboograph.historian.HistorianImport;
import org.bamboograph.historian.ImportException;
import org.bamboograph.historian.ImportSummary;
import org.bamboograph.security.EditorToken;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service; with {@code import [--skip-invalid] <file or folder>…} imports historian files into its database and exits;
 * with {@code token …} prints a signed editor token for local use ({@link EditorToken}).
 * An import run does not open the HTTP port, so it needs no free port; with the embedded database it must run while
 * the server is stopped (the database file is the server's while it runs), or use the GraphQL mutation instead.
 */
@QuarkusMain
public class BambooGraph implements QuarkusApplication {

    @Inject
    HistorianImport historianImport;

    public static void main(String... args) {
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(EditorToken.main(args));
        }
        if (args.length > 0 && args[0].equals("import")) {
            System.setProperty("quarkus.http.host-enabled", "false");
            // The import is on the disk when it reports (CHECKPOINT SYNC): closing H2 need not also compact the
            // file, which took 0.3 to 5 s after the summary line; the server's next clean stop compacts it.
            if (System.getProperty("h2.maxCompactTime") == null) {
                System.setProperty("h2.maxCompactTime", "0");
            }
        }
        Quarkus.run(BambooGraph.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            boolean skipInvalid = Arrays.asList(args).contains("--skip-invalid");
            List<Path> paths = Arrays.stream(args).skip(1).filter(a -> !a.equals("--skip-invalid")).map(Path::of)
                    .toList();
            if (paths.isEmpty()) {
                System.err.println("usage: java -jar quarkus-run.jar import [--skip-invalid] <file or folder>…");
                return 2;
            }
            try {
                ImportSummary summary = historianImport.importAlone(paths, System.out::println, skipInvalid);
                summary.refused.forEach(problem -> System.err.println("refused " + problem));
                return 0;
            } catch (ImportException e) {
                System.err.println("import refused, nothing written: " + e.getMessage());
                return 1;
            }
        }
        Quarkus.waitForExit();
        return 0;
    }
}
