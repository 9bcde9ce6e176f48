package org.bamboograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * CSV as RFC 4180 has it, written by Jackson's CSV generator: a header row, CRLF line ends, fields quoted where they
 * hold a comma, a quote or a line break (quotes doubled), UTF-8. Rows go straight to the stream, one at a time.
 */
final class CsvOut implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter writer;

    CsvOut(OutputStream out, List<String> header) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        header.forEach(schema::addColumn);
        writer = MAPPER.writerFor(Object[].class).with(schema.build()).writeValues(out);
    }

    /** One row; null cells are written empty, enums by name. */
    void row(Object... cells) throws IOException {
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            values[i] = cells[i] instanceof Enum<?> e ? e.name() : cells[i];
        }
        writer.write(values);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
