package org.bamboograph.export;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.bamboograph.agreement.AgreementFilter;
import org.bamboograph.agreement.AgreementKind;
import org.bamboograph.citation.Subject;
import org.bamboograph.event.EventFilter;
import org.bamboograph.event.EventKind;
import org.bamboograph.leader.LeaderFilter;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.statement.StatementFilter;
import org.bamboograph.visit.VisitFilter;

/**
 * One record type's CSV: its URL parameters (the GraphQL list's filters), the filter query they build (the list's own,
 * shared), the columns and the HQL that reads them. Lists of codes or ids in one cell are joined with ";".
 */
record ExportTable(String name, Subject subject, Set<String> parameters, Function<ExportParameters, QueryBuilder> filter,
        List<String> header, String select, String joins, String order) {

    private static String joined(String alias, String collection, String value) {
        return "(select listagg(x, ';') within group (order by x) from " + alias + " y join y." + collection
                + " x where y.id = " + value + ")";
    }

    static final List<ExportTable> ALL = List.of(
            new ExportTable("visits", Subject.VISIT, Set.of("guest", "guestState", "hostState", "from", "to", "city",
                    "purpose", "resultedInAgreement"),
                    p -> new VisitFilter(p.get("guest"), p.get("guestState"), p.get("hostState"), p.get("from"),
                            p.get("to"), p.get("city"), p.get("purpose"), p.booleanValue("resultedInAgreement")).query(),
                    List.of("id", "date", "endDate", "guestId", "guest", "guestState", "hostState", "hostId", "host",
                            "city", "purpose"),
                    "v.id, v.date, v.endDate, v.guestId, xg.name, v.guestStateCode, v.hostStateCode, v.hostId, xh.name, "
                            + "v.city, v.purpose",
                    "join Leader xg on xg.id = v.guestId left join Leader xh on xh.id = v.hostId",
                    "v.dateStart asc nulls last, v.datePrecision asc nulls last, v.id asc"),
            new ExportTable("agreements", Subject.AGREEMENT, Set.of("kind", "party", "from", "to", "title"),
                    p -> new AgreementFilter(p.enumValue("kind", AgreementKind.class), p.get("party"), p.get("from"),
                            p.get("to"), p.get("title")).query(),
                    List.of("id", "title", "kind", "date", "parties", "visitId", "supersedesId"),
                    "a.id, a.title, a.kind, a.date, " + joined("Agreement", "partyCodes", "a.id")
                            + ", a.visitId, a.supersedesId",
                    "", "a.dateStart asc nulls last, a.datePrecision asc nulls last, a.id asc"),
            new ExportTable("statements", Subject.STATEMENT, Set.of("speaker", "about", "text", "from", "to"),
                    p -> StatementFilter.query(p.get("speaker"), p.get("about"), p.get("text"), p.get("from"),
                            p.get("to")),
                    List.of("id", "date", "speakerName", "speakers", "about", "text", "visitId", "agreementId"),
                    "s.id, s.date, s.speakerName, " + joined("Statement", "speakerIds", "s.id") + ", "
                            + joined("Statement", "aboutCodes", "s.id") + ", s.text, s.visitId, s.agreementId",
                    "", "s.dateStart asc nulls last, s.datePrecision asc nulls last, s.id asc"),
            new ExportTable("events", Subject.EVENT, Set.of("state", "from", "to", "kind"),
                    p -> new EventFilter(p.get("state"), p.get("from"), p.get("to"),
                            p.enumValue("kind", EventKind.class)).query(),
                    List.of("id", "title", "kind", "date", "endDate", "states", "description"),
                    "e.id, e.title, e.kind, e.date, e.endDate, " + joined("Event", "stateCodes", "e.id")
                            + ", e.description",
                    "", "e.dateStart asc nulls last, e.datePrecision asc nulls last, e.id asc"),
            new ExportTable("leaders", Subject.LEADER, Set.of("name", "state", "office"),
                    p -> new LeaderFilter(p.get("name"), p.get("state"), p.get("office")).query(),
                    List.of("id", "name", "state", "aliases"),
                    "l.id, l.name, l.stateCode, (select listagg(x.name, ';') within group (order by x.name) "
                            + "from Leader y join y.aliases x where y.id = l.id)",
                    "", "l.name, l.id"));

    /** The file name of the citations that go with this table: "visit-citations.csv". */
    String citationsName() {
        return name.substring(0, name.length() - 1) + "-citations";
    }

    static final List<String> CITATION_HEADER = List.of("recordId", "source", "sourceTitle", "excerpt", "locator",
            "supports", "note");
}
