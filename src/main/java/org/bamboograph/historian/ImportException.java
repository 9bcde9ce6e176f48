package org.bamboograph.historian;

import org.bamboograph.graphql.CodedException;
import org.bamboograph.graphql.ErrorCode;

/** A file that cannot be imported: says which file, which line, and what is wrong. Nothing of the import is kept. */
public class ImportException extends CodedException {

    public ImportException(String file, int line, String problem) {
        super(ErrorCode.BAD_USER_INPUT, file + (line > 0 ? ":" + line : "") + ": " + problem);
        with("argument", "path");
        with("file", file);
        if (line > 0) {
            with("line", line);
        }
    }
}
