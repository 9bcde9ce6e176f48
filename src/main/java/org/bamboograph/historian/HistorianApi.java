package org.bamboograph.historian;

import java.nio.file.Path;

import jakarta.inject.Inject;

import org.bamboograph.error.CodedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class HistorianApi {

    @Inject
    HistorianImport historianImport;

    @ConfigProperty(name = "bamboo.import.dir", defaultValue = "import")
    Path importDir;

    @ConfigProperty(name = "bamboo.import.graphql-enabled", defaultValue = "true")
    boolean enabled;

    @Mutation("importHistorianRecords")
    @jakarta.annotation.security.RolesAllowed("editor")
    @NonNull
    @Description("Imports an Office of the Historian file or folder (<visits>, <trips> or presidents.xml) from the "
            + "server's import directory. 'path' is relative to that directory; nothing outside it is read. The whole "
            + "import is checked before anything is written: a malformed file is an error naming the file and line, "
            + "and changes nothing; the error lists every problem of every file (extensions.problems, the first 100, "
            + "and extensions.problemCount). With skipInvalid: true, what can be imported is, and 'refused' lists "
            + "each record left out. Importing the same files again changes nothing. Editors only.")
    public ImportSummary importHistorianRecords(@NonNull @Name("path") String path,
            @org.eclipse.microprofile.graphql.DefaultValue("false") @Name("skipInvalid") boolean skipInvalid) {
        if (!enabled) {
            throw new CodedException("FORBIDDEN", "Imports over GraphQL are switched off on this server "
                    + "(bamboo.import.graphql-enabled); use the command line import.");
        }
        return historianImport.importPaths(new ImportDirectory(importDir).files(path), line -> {
        }, skipInvalid);
    }
}
