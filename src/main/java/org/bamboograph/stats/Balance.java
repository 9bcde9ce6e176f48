package org.bamboograph.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.agreement.Partnership;
import org.bamboograph.agreement.Partnerships;
import org.bamboograph.citation.Subject;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.query.Rows;
import org.bamboograph.source.Source;
import org.bamboograph.state.State;
import org.bamboograph.value.DateRange;
import org.bamboograph.value.StateCode;

/**
 * The balance between a state and several powers, bucket by bucket: visits each way, agreements between them,
 * statements about each power, the partnership standing at each bucket's end. Counted in three GROUP BY statements,
 * with the partnerships read once for every bucket; the records behind the rows are read in three more, only when a
 * client pages through them.
 */
final class Balance {

    /** More powers than this in one request is refused: each multiplies the rows. */
    static final int MAX_POWERS = 20;

    private final String state;
    private final List<String> powers;
    private final DateRange range;
    private final List<int[]> buckets = new ArrayList<>();
    private Map<String, List<BalanceRecord>> members;

    private Balance(String state, List<String> powers, DateRange range) {
        this.state = state;
        this.powers = powers;
        this.range = range;
    }

    static List<BalanceRow> rows(String stateArgument, List<String> powerArguments, String from, String to,
            Bucket bucket) {
        return rows(stateArgument, powerArguments, from, to, bucket, MAX_POWERS);
    }

    static List<BalanceRow> rows(String stateArgument, List<String> powerArguments, String from, String to,
            Bucket bucket, int maxPowers) {
        DateRange range = DateArguments.parse(from, to);
        String state = StateCode.normalize(stateArgument);
        if (powerArguments.isEmpty()) {
            throw new BadUserInputException("powers", "powers: name at least one state to weigh against");
        }
        if (powerArguments.size() > maxPowers) {
            throw new BadUserInputException("powers", "powers: at most " + maxPowers + " states, was "
                    + powerArguments.size());
        }
        List<String> codes = List.copyOf(new LinkedHashSet<>(powerArguments.stream().map(StateCode::normalize).toList()));
        if (codes.contains(state)) {
            throw new BadUserInputException("powers", "powers: " + state + " is the state itself");
        }
        // Unknown codes give no rows, as an unknown code in a filter gives an empty list.
        Map<String, State> known = Rows.where(State.class, "code in :keys", codes).stream()
                .collect(Collectors.toMap(s -> s.code, s -> s));
        List<String> powers = codes.stream().filter(known::containsKey).toList();
        if (powers.isEmpty() || State.findById(state) == null) {
            return List.of();
        }
        return new Balance(state, powers, range).count(bucket == null ? Bucket.YEAR : bucket, known);
    }

    private QueryBuilder visits() {
        QueryBuilder query = new QueryBuilder("Visit v").where("((v.guestStateCode = :state and v.hostStateCode in "
                + ":powers) or (v.hostStateCode = :state and v.guestStateCode in :powers))",
                Map.of("state", state, "powers", powers));
        DateArguments.appendTo(query, "v", range);
        return query.where("v.dateStart is not null");
    }

    private QueryBuilder agreements() {
        QueryBuilder query = new QueryBuilder("Agreement a").join("join a.partyCodes bp")
                .where("bp in :powers and :state member of a.partyCodes", Map.of("state", state, "powers", powers));
        DateArguments.appendTo(query, "a", range);
        return query.where("a.dateStart is not null");
    }

    private QueryBuilder statements() {
        QueryBuilder query = new QueryBuilder("Statement s").join("join s.aboutCodes bp")
                .where("bp in :powers", Map.of("powers", powers));
        DateArguments.appendTo(query, "s", range);
        return query.where("s.dateStart is not null");
    }

    /**
     * More rows (buckets × powers) than this are refused before any is built: zero buckets are rows too, so
     * {@code from: "0001", to: "9999"} would otherwise build ten thousand rows per power in memory, and a CSV of a
     * thousand partners ten million, before any bound on the answer could see them.
     */
    static final int MAX_ROWS = 100_000;

    private void refuseTooMany(int first, int last, int step) {
        long buckets = ((long) last - (first - Math.floorMod(first, step))) / step + 1;
        long rows = buckets * powers.size();
        if (rows > MAX_ROWS) {
            throw new BadUserInputException(range.to() != null ? "to" : "from", "from/to span " + (last - first + 1)
                    + " years: " + rows + " rows for " + powers.size() + " state(s), more than the " + MAX_ROWS
                    + " one answer holds; narrow the years, name fewer states, or count by DECADE");
        }
    }

    private static final List<String> VISIT_KEYS = List.of("v.guestStateCode", "v.hostStateCode", Grouping.year("v"));

    private List<BalanceRow> count(Bucket bucket, Map<String, State> states) {
        // figure → power → year → count
        Map<String, Integer> counts = new HashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Object[] row : visits().groupCounts(VISIT_KEYS)) {
            boolean to = state.equals(row[0]);
            int year = ((Number) row[2]).intValue();
            counts.merge(key(to ? BalanceRecordKind.VISIT_TO : BalanceRecordKind.VISIT_FROM,
                    (String) (to ? row[1] : row[0]), year), ((Number) row[3]).intValue(), Integer::sum);
            years.add(year);
        }
        for (Object[] row : agreements().groupCounts(List.of("bp", Grouping.year("a")))) {
            int year = ((Number) row[1]).intValue();
            counts.put(key(BalanceRecordKind.AGREEMENT, (String) row[0], year), ((Number) row[2]).intValue());
            years.add(year);
        }
        for (Object[] row : statements().groupCounts(List.of("bp", Grouping.year("s")))) {
            int year = ((Number) row[1]).intValue();
            counts.put(key(BalanceRecordKind.STATEMENT, (String) row[0], year), ((Number) row[2]).intValue());
            years.add(year);
        }
        // The buckets run over the years of from/to; an end left open runs to the first or last record.
        Integer first = range.from() != null ? Integer.valueOf(range.from().getYear()) : years.isEmpty() ? null : years.first();
        Integer last = range.to() != null ? Integer.valueOf(range.to().getYear()) : years.isEmpty() ? null : years.last();
        if (first == null || last == null || last < first) {
            return List.of();
        }
        int step = bucket == Bucket.DECADE ? 10 : 1;
        refuseTooMany(first, last, step);
        for (int start = first - Math.floorMod(first, step); start <= last; start += step) {
            buckets.add(new int[] { Math.max(start, first), Math.min(start + step - 1, last) });
        }
        List<LocalDate> ends = new ArrayList<>();
        for (int[] span : buckets) {
            LocalDate end = LocalDate.of(span[1], 12, 31);
            ends.add(range.to() != null && range.to().isBefore(end) ? range.to() : end);
        }
        List<Map<String, Agreement>> standing = Partnerships.standing(state, ends);

        List<BalanceRow> rows = new ArrayList<>();
        for (int b = 0; b < buckets.size(); b++) {
            int[] span = buckets.get(b);
            List<BalanceRow> bucketRows = new ArrayList<>();
            int exchanged = 0;
            for (String power : powers) {
                BalanceRow row = new BalanceRow();
                row.balance = this;
                row.bucketIndex = b;
                row.bucketStart = String.format("%04d", span[0]);
                row.bucketEnd = String.format("%04d", span[1]);
                row.power = states.get(power);
                row.visitsTo = sum(counts, BalanceRecordKind.VISIT_TO, power, span);
                row.visitsFrom = sum(counts, BalanceRecordKind.VISIT_FROM, power, span);
                row.agreements = sum(counts, BalanceRecordKind.AGREEMENT, power, span);
                row.statementsAbout = sum(counts, BalanceRecordKind.STATEMENT, power, span);
                Agreement partnership = standing.get(b).get(power);
                row.partnership = partnership == null ? null : new Partnership(row.power, partnership);
                exchanged += row.visitsTo + row.visitsFrom;
                bucketRows.add(row);
            }
            for (BalanceRow row : bucketRows) {
                row.share = exchanged == 0 ? null : (row.visitsTo + row.visitsFrom) / (double) exchanged;
            }
            rows.addAll(bucketRows);
        }
        return rows;
    }

    private static String key(BalanceRecordKind kind, String power, int year) {
        return kind + "|" + power + "|" + year;
    }

    private static int sum(Map<String, Integer> counts, BalanceRecordKind kind, String power, int[] span) {
        int sum = 0;
        for (int year = span[0]; year <= span[1]; year++) {
            sum += counts.getOrDefault(key(kind, power, year), 0);
        }
        return sum;
    }

    /** The records a row counts: its visits to, visits from, agreements, then statements, each in date order. */
    List<BalanceRecord> records(BalanceRow row) {
        if (members == null) {
            members = readMembers();
        }
        int[] span = buckets.get(row.bucketIndex);
        List<BalanceRecord> records = new ArrayList<>();
        for (BalanceRecordKind kind : BalanceRecordKind.values()) {
            for (int year = span[0]; year <= span[1]; year++) {
                records.addAll(members.getOrDefault(key(kind, row.power.code, year), List.of()));
            }
        }
        return records;
    }

    private Map<String, List<BalanceRecord>> readMembers() {
        Map<String, List<BalanceRecord>> byKey = new HashMap<>();
        for (Object[] row : visits().orderBy(DatedEntity.dateOrder("v")).withKeys(VISIT_KEYS)) {
            boolean to = state.equals(row[1]);
            BalanceRecordKind kind = to ? BalanceRecordKind.VISIT_TO : BalanceRecordKind.VISIT_FROM;
            byKey.computeIfAbsent(key(kind, (String) (to ? row[2] : row[1]), ((Number) row[3]).intValue()),
                    k -> new ArrayList<>()).add(new BalanceRecord(kind, row[0]));
        }
        for (Object[] row : agreements().orderBy(DatedEntity.dateOrder("a")).withKeys(List.of("bp", Grouping.year("a")))) {
            byKey.computeIfAbsent(key(BalanceRecordKind.AGREEMENT, (String) row[1], ((Number) row[2]).intValue()),
                    k -> new ArrayList<>()).add(new BalanceRecord(BalanceRecordKind.AGREEMENT, row[0]));
        }
        for (Object[] row : statements().orderBy(DatedEntity.dateOrder("s")).withKeys(List.of("bp", Grouping.year("s")))) {
            byKey.computeIfAbsent(key(BalanceRecordKind.STATEMENT, (String) row[1], ((Number) row[2]).intValue()),
                    k -> new ArrayList<>()).add(new BalanceRecord(BalanceRecordKind.STATEMENT, row[0]));
        }
        return byKey;
    }

    /** For each row, the sources cited by the records it counts, by id; three citation reads and one of sources. */
    static List<List<Source>> sources(List<BalanceRow> rows) {
        List<List<BalanceRecord>> records = rows.stream().map(r -> r.balance.records(r)).toList();
        Map<Subject, Collection<String>> ids = new HashMap<>();
        records.forEach(list -> list.forEach(r -> ids.computeIfAbsent(subject(r), s -> new LinkedHashSet<>()).add(id(r))));
        Map<String, List<String>> sourcesOf = new HashMap<>();
        for (Map.Entry<Subject, Collection<String>> subject : ids.entrySet()) {
            for (Object[] c : Rows.select("select c.subjectId, c.sourceId from Citation c where c.subjectType = :type "
                    + "and c.subjectId in :ids", Object[].class, Map.of("type", subject.getKey(), "ids", subject.getValue()))) {
                sourcesOf.computeIfAbsent(subject.getKey() + ":" + c[0], k -> new ArrayList<>()).add((String) c[1]);
            }
        }
        List<List<String>> idsPerRow = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>();
        for (List<BalanceRecord> list : records) {
            TreeSet<String> cited = new TreeSet<>();
            list.forEach(r -> cited.addAll(sourcesOf.getOrDefault(subject(r) + ":" + id(r), List.of())));
            idsPerRow.add(new ArrayList<>(cited));
            all.addAll(cited);
        }
        Map<String, Source> byId = all.isEmpty() ? Map.of()
                : Rows.where(Source.class, "id in :keys", all).stream().collect(Collectors.toMap(s -> s.id, s -> s));
        return idsPerRow.stream().map(list -> list.stream().map(byId::get).toList()).toList();
    }

    private static Subject subject(BalanceRecord record) {
        return record.visit != null ? Subject.VISIT : record.agreement != null ? Subject.AGREEMENT : Subject.STATEMENT;
    }

    private static String id(BalanceRecord record) {
        return record.visit != null ? record.visit.id : record.agreement != null ? record.agreement.id : record.statement.id;
    }
}
