package org.bamboograph.historian;

import java.util.List;

import org.bamboograph.error.CodedException;
import org.bamboograph.error.ErrorCode;

/**
 * An import refused, nothing of it kept: every problem of every file, {@code file:line: problem}. The message and
 * {@code extensions.problems} list the first {@value #LISTED}, {@code extensions.problemCount} counts them all;
 * {@code extensions.file} and {@code extensions.line} name the first.
 */
public class ImportException extends CodedException {

    static final int LISTED = 100;

    private final List<ImportProblem> problems;

    public ImportException(String file, int line, String problem) {
        this(List.of(new ImportProblem(file, line, null, problem)));
    }

    public ImportException(List<ImportProblem> problems) {
        super(ErrorCode.BAD_USER_INPUT, message(problems));
        this.problems = List.copyOf(problems);
        ImportProblem first = problems.get(0);
        with("argument", "path");
        with("file", first.file);
        if (first.line != null) {
            with("line", first.line);
        }
        with("problems", problems.stream().limit(LISTED).map(ImportProblem::toString).toList());
        with("problemCount", problems.size());
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String message(List<ImportProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder text = new StringBuilder(problems.size() + " problems, nothing imported");
        problems.stream().limit(LISTED).forEach(p -> text.append("\n").append(p));
        if (problems.size() > LISTED) {
            text.append("\n… and ").append(problems.size() - LISTED).append(" more");
        }
        return text.toString();
    }
}
