package org.bamboograph.historian;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bamboograph.error.BadUserInputException;

/**
 * The import directory of the GraphQL import, and the walk that keeps an import inside it. Every file and folder the
 * walk reaches is resolved to its real path, links followed, and refused if that lies outside the directory: a link to
 * a file or folder elsewhere, or {@code ..} after a link, cannot lead out. Links that stay inside are followed. A
 * refusal names the path relative to the import directory, never a path of the machine.
 */
final class ImportDirectory {

    private final Path configured;

    ImportDirectory(Path configured) {
        this.configured = configured;
    }

    /**
     * The .xml files that {@code relative} names (a file) or holds (a folder, walked to any depth), each by its real
     * path, in a stable order; BAD_USER_INPUT on {@code path} if any of them, or of the folders walked, lies outside.
     */
    List<Path> files(String relative) {
        Path root = root();
        Path start;
        try {
            start = root.resolve(relative);
        } catch (InvalidPathException e) {
            throw refused(relative, "is not a valid path");
        }
        Path real = real(start, relative, root);
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            walk(relative.isEmpty() ? "" : relative, real, root, files, new HashSet<>());
            if (files.isEmpty()) {
                throw refused(relative, "holds no .xml files");
            }
        } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            files.add(real);
        } else {
            throw refused(relative, "is neither a file nor a folder");
        }
        return files;
    }

    private Path root() {
        try {
            return configured.toRealPath();
        } catch (IOException e) {
            throw new BadUserInputException("path", "This server's import directory (bamboo.import.dir) does not "
                    + "exist: ask its operator to create it.");
        }
    }

    /** Walks a folder, {@code shown} being its path relative to the import directory as the client would write it. */
    private void walk(String shown, Path folder, Path root, List<Path> files, Set<Path> seen) {
        if (!seen.add(folder)) {
            return; // a link back to a folder already walked
        }
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> list = Files.newDirectoryStream(folder)) {
            list.forEach(entries::add);
        } catch (IOException e) {
            throw refused(shown, "cannot be read");
        }
        entries.sort(null);
        for (Path entry : entries) {
            String name = (shown.isEmpty() ? "" : shown + "/") + entry.getFileName();
            Path real = real(entry, name, root);
            if (Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
                walk(name, real, root, files, seen);
            } else if (Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                    && entry.getFileName().toString().endsWith(".xml") && !files.contains(real)) {
                files.add(real); // a file reached through a link too is read once
            }
        }
    }

    private static Path real(Path path, String shown, Path root) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (NoSuchFileException e) {
            throw refused(shown, Files.isSymbolicLink(path) ? "is a link to nothing" : "does not exist");
        } catch (IOException e) {
            throw refused(shown, "cannot be read");
        }
        if (!real.startsWith(root)) {
            throw refused(shown, "leads outside the import directory");
        }
        return real;
    }

    private static BadUserInputException refused(String shown, String problem) {
        return new BadUserInputException("path", "'" + shown + "' " + problem + ": the import reads only files and "
                + "folders inside the server's import directory, named by their path relative to it");
    }
}
