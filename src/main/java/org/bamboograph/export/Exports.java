package org.bamboograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Rows;
import org.bamboograph.source.Source;
import org.bamboograph.stats.BalanceRow;
import org.bamboograph.stats.DyadYears;

/**
 * Writes the CSV tables. Record tables and citation files stream their rows from the database as a projection
 * (no entity is kept, so memory stays flat however many rows there are), inside a read transaction, which lets
 * PostgreSQL hand them over by cursor.
 */
@ApplicationScoped
public class Exports {

    private static final int FETCH_SIZE = 500;

    @ActivateRequestContext
    @Transactional
    void records(ExportTable table, QueryBuilder filter, OutputStream out, long timeoutMillis) throws IOException {
        filter.join(table.joins()).orderBy(table.order());
        try (CsvOut csv = new CsvOut(out, table.header())) {
            stream(filter.projection(table.select()), timeoutMillis, csv);
        }
    }

    @ActivateRequestContext
    @Transactional
    void citations(ExportTable table, QueryBuilder filter, OutputStream out, long timeoutMillis) throws IOException {
        Map<String, Object> parameters = new java.util.HashMap<>(filter.parameters());
        parameters.put("exportSubject", table.subject());
        TypedQuery<Object[]> query = Rows.query("select c.subjectId, c.sourceId, xs.title, c.excerpt, c.locator, "
                + "c.supportsText, c.note from Citation c join Source xs on xs.id = c.sourceId "
                + "where c.subjectType = :exportSubject and c.subjectId in (" + filter.idSubquery() + ") "
                + "order by c.subjectId, c.position, c.id", Object[].class, parameters);
        try (CsvOut csv = new CsvOut(out, ExportTable.CITATION_HEADER)) {
            stream(query, timeoutMillis, csv);
        }
    }

    private static void stream(TypedQuery<Object[]> query, long timeoutMillis, CsvOut csv) throws IOException {
        query.setHint("org.hibernate.fetchSize", FETCH_SIZE).setHint("org.hibernate.readOnly", true)
                .setHint("jakarta.persistence.query.timeout", (int) Math.min(Integer.MAX_VALUE, timeoutMillis));
        try (Stream<Object[]> rows = query.getResultStream()) {
            Iterator<Object[]> it = rows.iterator();
            while (it.hasNext()) {
                csv.row(it.next());
            }
        }
    }

    static final List<String> DYAD_HEADER = List.of("state", "partner", "year", "visitsTo", "visitsFrom",
            "agreements", "partnership", "partnershipAgreement", "sources");

    /** The dyad-year table: counted like balance, so its rows are few (partners × years) and built in memory. */
    @ActivateRequestContext
    @Transactional
    void dyadYears(String state, List<String> partners, String from, String to, OutputStream out) throws IOException {
        List<BalanceRow> rows = DyadYears.rows(state, partners, from, to);
        List<List<Source>> sources = DyadYears.sources(rows);
        String code = org.bamboograph.value.StateCode.normalize(state);
        try (CsvOut csv = new CsvOut(out, DYAD_HEADER)) {
            for (int i = 0; i < rows.size(); i++) {
                BalanceRow row = rows.get(i);
                List<String> ids = new ArrayList<>();
                sources.get(i).forEach(s -> ids.add(s.id));
                csv.row(code, row.power.code, row.bucketStart, row.visitsTo, row.visitsFrom, row.agreements,
                        row.partnership == null ? null : row.partnership.getAgreement().kind,
                        row.partnership == null ? null : row.partnership.getAgreement().id, ids.isEmpty() ? null : String.join(";", ids));
            }
        }
    }
}
