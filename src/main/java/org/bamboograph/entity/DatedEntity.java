package org.bamboograph.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

import org.bamboograph.value.DateSpan;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A record with a partial date. The ISO text is what clients see; the span columns beside it, kept in step on every
 * write, are what the date filters and the date order read.
 */
@MappedSuperclass
public abstract class DatedEntity extends PanacheEntityBase {

    @jakarta.persistence.Version
    @NonNull
    @Description("Counts the changes to this record. An update or delete names the version it read; if the record "
            + "changed since, the write is refused with CONFLICT instead of overwriting someone else's edit.")
    public int version;

    @Column(name = "date_text", length = 10)
    @Description("ISO-8601 date at the precision the source gives: \"2016\", \"2024-03\" or \"2023-09-10\". "
            + "It names the whole span: \"2016\" is 2016-01-01 to 2016-12-31. Null where no source dates it.")
    public String date;

    @Ignore
    @Column(name = "date_start")
    public LocalDate dateStart;

    /** {@link PartialDate.Precision} ordinal, so that ascending order puts coarser dates first. */
    @Ignore
    @Column(name = "date_precision")
    public Integer datePrecision;

    @Ignore
    @Column(name = "span_end")
    public LocalDate spanEnd;

    /**
     * The year {@link #dateStart} falls in, what the counts group by. The database computes the column from
     * date_start on every write, whoever writes; this field only mirrors it for the entity in hand.
     */
    @Ignore
    @Column(name = "start_year", insertable = false, updatable = false)
    public Integer startYear;

    /** The end of the record's span, where the record has one; null means the span of {@link #date} alone. */
    protected String endDateText() {
        return null;
    }

    @PrePersist
    @PreUpdate
    public void updateSpan() {
        DateSpan span = DateSpan.of(date, endDateText());
        dateStart = span.start();
        datePrecision = span.precision();
        spanEnd = span.end();
        startYear = dateStart == null ? null : dateStart.getYear();
    }

    /** The order every dated list uses: by start, coarser precision first, then id; undated last. */
    public static final String DATE_ORDER = dateOrder("");

    /** {@link #DATE_ORDER} for an HQL query in which the entity has this alias. */
    public static String dateOrder(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return p + "dateStart asc nulls last, " + p + "datePrecision asc nulls last, " + p + "id asc";
    }
}
