package org.bamboograph.load;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.bamboograph.value.DateSpan;
import org.bamboograph.value.Origin;
import org.bamboograph.value.PartialDate;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * What an imported record adds to a curated visit of the same trip: its exact days where the curated date is only a
 * month or a year, and its place where the curated visit names none. The curated facts themselves stay as they are.
 */
public final class VisitMerge {

    private VisitMerge() {
    }

    /** Applies a record's dates and place to the visit, inside the caller's transaction. */
    public static void apply(Connection connection, String visitId, String date, String endDate, String city)
            throws SQLException {
        String current;
        try (PreparedStatement read = connection.prepareStatement(
                "select date_text from " + Tables.VISIT.name() + " where id = ?")) {
            read.setString(1, visitId);
            try (ResultSet rs = read.executeQuery()) {
                current = rs.next() ? rs.getString(1) : null;
            }
        }
        boolean finer = current == null
                || PartialDate.parse(current).precision().compareTo(PartialDate.parse(date).precision()) < 0;
        if (finer) {
            DateSpan span = DateSpan.of(date, endDate);
            try (PreparedStatement update = connection.prepareStatement(Tables.VISIT.updateByKey("date_text",
                    "end_date_text", "date_start", "date_precision", "span_end"))) {
                update.setString(1, date);
                update.setString(2, endDate);
                update.setObject(3, span.start());
                update.setObject(4, span.precision());
                update.setObject(5, span.end());
                update.setString(6, visitId);
                update.executeUpdate();
            }
        }
        if (city != null) {
            try (PreparedStatement update = connection.prepareStatement(
                    "update visit set city = ?, version = version + 1 where id = ? and city is null")) {
                update.setString(1, city);
                update.setString(2, visitId);
                update.executeUpdate();
            }
        }
    }

    /** How many imported records name the visit (merged into it, or made it). */
    public static long importedRecords(String visitId) {
        return (Long) Panache.getEntityManager().createNativeQuery(
                "select count(*) from " + Tables.IMPORT_RECORD.name() + " where visit_id = ?1", Long.class)
                .setParameter(1, visitId).getSingleResult();
    }

    /**
     * Applies every merged record again, after the curated file has been applied anew and so has reset the curated
     * visits' dates to the articles' precision.
     */
    public static void reapplyAll(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select r.visit_id, r.date_text, r.end_date_text, "
                + "r.city from import_record r join visit v on v.id = r.visit_id where v.origin <> "
                + Origin.HISTORIAN.literal() + " "
                + "order by r.id"); ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                apply(connection, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
    }
}
