package org.bamboograph.historian;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Files imported whole, by the checksum of their content and the import rules: a re-import skips such a file without
 * parsing it. A file any of whose records were refused is not recorded, so it is read again next time.
 */
final class ImportFiles {

    /** A file's bytes, its name as the graph writes it, and its checksum with the rules folded in. */
    record Content(String name, byte[] bytes, String checksum) {
    }

    record Done(int records, int personVisits) {
    }

    private final Map<String, Done> done = new HashMap<>();
    private final List<Object[]> added = new ArrayList<>();

    private ImportFiles() {
    }

    static ImportFiles read(Connection connection) throws SQLException {
        ImportFiles files = new ImportFiles();
        try (PreparedStatement select = connection.prepareStatement(
                "select checksum, records, person_visits from import_file"); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                files.done.put(rs.getString(1), new Done(rs.getInt(2), rs.getInt(3)));
            }
        }
        return files;
    }

    static List<Content> contents(List<Path> paths, String rules) {
        // Each file is read and hashed on its own: spread over the cores.
        return paths.parallelStream().map(path -> {
            String name = Locators.fileName(path);
            try {
                byte[] bytes = Files.readAllBytes(path);
                return new Content(name, bytes, checksum(bytes, rules));
            } catch (IOException e) {
                throw new ImportException(name, 0, "cannot be read");
            }
        }).toList();
    }

    Done done(String checksum) {
        return done.get(checksum);
    }

    void add(Content content, int records, int personVisits) {
        if (done.putIfAbsent(content.checksum(), new Done(records, personVisits)) == null) {
            added.add(new Object[] { content.checksum(), content.name(), records, personVisits });
        }
    }

    void write(Connection connection) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        // A file imported again under other rules or with other content replaces its older entry, which no file can
        // match any more.
        try (PreparedStatement delete = connection.prepareStatement("delete from import_file where file_name = ?")) {
            for (Object[] row : added) {
                delete.setObject(1, row[1]);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into import_file (checksum, file_name, records, person_visits) values (?, ?, ?, ?)")) {
            for (Object[] row : added) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String checksum(byte[] bytes, String rules) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(rules.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
