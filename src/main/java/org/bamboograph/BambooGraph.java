package org.bamboograph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import jakarta.inject.Inject;

import org.bamboograph.historian.HistorianImport;
import org.bamboograph.historian.ImportException;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service; with {@code import <file or folder>…} imports historian files into its database and exits;
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
        }
        Quarkus.run(BambooGraph.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length > 0 && args[0].equals("import")) {
            if (args.length == 1) {
                System.err.println("usage: java -jar quarkus-run.jar import <file or folder>…");
                return 2;
            }
            List<Path> paths = Arrays.stream(args).skip(1).map(Path::of).toList();
            try {
                historianImport.importPaths(paths, System.out::println);
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
