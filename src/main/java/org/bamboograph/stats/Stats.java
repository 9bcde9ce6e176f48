package org.bamboograph.stats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.bamboograph.agreement.AgreementKind;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.event.EventKind;
import org.bamboograph.query.QueryBuilder;

/**
 * Grouped counts of the four dated record types. Each takes the query of its list's filters and the keys to group by,
 * in the order the client gave them (repeats dropped); groups come ordered by those keys, nulls last.
 */
final class Stats {

    private Stats() {
    }

    static List<VisitStat> visits(QueryBuilder query, List<VisitGroup> groupBy) {
        List<VisitGroup> groups = List.copyOf(new LinkedHashSet<>(groupBy));
        List<String> keys = new ArrayList<>();
        for (VisitGroup group : groups) {
            keys.add(switch (group) {
                case YEAR -> Grouping.year("v");
                case DECADE -> Grouping.decade("v");
                case GUEST_STATE -> "v.guestStateCode";
                case HOST_STATE -> "v.hostStateCode";
                case GUEST -> "v.guestId";
            });
        }
        Grouping grouping = new Grouping(query, keys, DatedEntity.dateOrder("v"));
        int year = groups.indexOf(VisitGroup.YEAR);
        int decade = groups.indexOf(VisitGroup.DECADE);
        int guestState = groups.indexOf(VisitGroup.GUEST_STATE);
        int hostState = groups.indexOf(VisitGroup.HOST_STATE);
        int guest = groups.indexOf(VisitGroup.GUEST);
        return grouping.stats(row -> {
            VisitStat stat = new VisitStat();
            stat.year = Grouping.integer(row, year);
            stat.decade = Grouping.integer(row, decade);
            stat.guestStateCode = Grouping.text(row, guestState);
            stat.hostStateCode = Grouping.text(row, hostState);
            stat.guestId = Grouping.text(row, guest);
            return stat;
        });
    }

    static List<AgreementStat> agreements(QueryBuilder query, List<AgreementGroup> groupBy) {
        List<AgreementGroup> groups = List.copyOf(new LinkedHashSet<>(groupBy));
        if (groups.contains(AgreementGroup.PARTY) && groups.contains(AgreementGroup.PARTY_PAIR)) {
            throw new BadUserInputException("groupBy",
                    "groupBy: PARTY and PARTY_PAIR count an agreement per party and per pair of parties; ask for one");
        }
        List<String> keys = new ArrayList<>();
        // Where a group's keys sit among the selected keys; a pair takes two.
        int[] at = new int[AgreementGroup.values().length];
        java.util.Arrays.fill(at, -1);
        for (AgreementGroup group : groups) {
            at[group.ordinal()] = keys.size();
            switch (group) {
                case YEAR -> keys.add(Grouping.year("a"));
                case DECADE -> keys.add(Grouping.decade("a"));
                case KIND -> keys.add("a.kind");
                case PARTY -> {
                    query.join("join a.partyCodes gp");
                    keys.add("gp");
                }
                case PARTY_PAIR -> {
                    query.join("join a.partyCodes gp1").join("join a.partyCodes gp2").where("gp1 < gp2");
                    keys.add("gp1");
                    keys.add("gp2");
                }
            }
        }
        Grouping grouping = new Grouping(query, keys, DatedEntity.dateOrder("a"));
        return grouping.stats(row -> {
            AgreementStat stat = new AgreementStat();
            stat.year = Grouping.integer(row, at[AgreementGroup.YEAR.ordinal()]);
            stat.decade = Grouping.integer(row, at[AgreementGroup.DECADE.ordinal()]);
            int kind = at[AgreementGroup.KIND.ordinal()];
            stat.kind = kind < 0 ? null : (AgreementKind) row[kind];
            stat.partyCode = Grouping.text(row, at[AgreementGroup.PARTY.ordinal()]);
            int pair = at[AgreementGroup.PARTY_PAIR.ordinal()];
            stat.pairCodes = pair < 0 ? null : List.of(row[pair].toString(), row[pair + 1].toString());
            return stat;
        });
    }

    static List<StatementStat> statements(QueryBuilder query, List<StatementGroup> groupBy) {
        List<StatementGroup> groups = List.copyOf(new LinkedHashSet<>(groupBy));
        List<String> keys = new ArrayList<>();
        for (StatementGroup group : groups) {
            switch (group) {
                case YEAR -> keys.add(Grouping.year("s"));
                case DECADE -> keys.add(Grouping.decade("s"));
                case ABOUT -> {
                    query.join("left join s.aboutCodes ga");
                    keys.add("ga");
                }
                case SPEAKER -> {
                    query.join("left join s.speakerIds gs");
                    keys.add("gs");
                }
            }
        }
        Grouping grouping = new Grouping(query, keys, DatedEntity.dateOrder("s"));
        int year = groups.indexOf(StatementGroup.YEAR);
        int decade = groups.indexOf(StatementGroup.DECADE);
        int about = groups.indexOf(StatementGroup.ABOUT);
        int speaker = groups.indexOf(StatementGroup.SPEAKER);
        return grouping.stats(row -> {
            StatementStat stat = new StatementStat();
            stat.year = Grouping.integer(row, year);
            stat.decade = Grouping.integer(row, decade);
            stat.aboutCode = Grouping.text(row, about);
            stat.speakerId = Grouping.text(row, speaker);
            return stat;
        });
    }

    static List<EventStat> events(QueryBuilder query, List<EventGroup> groupBy) {
        List<EventGroup> groups = List.copyOf(new LinkedHashSet<>(groupBy));
        List<String> keys = new ArrayList<>();
        for (EventGroup group : groups) {
            switch (group) {
                case YEAR -> keys.add(Grouping.year("e"));
                case DECADE -> keys.add(Grouping.decade("e"));
                case KIND -> keys.add("e.kind");
                case STATE -> {
                    query.join("left join e.stateCodes gst");
                    keys.add("gst");
                }
            }
        }
        Grouping grouping = new Grouping(query, keys, DatedEntity.dateOrder("e"));
        int year = groups.indexOf(EventGroup.YEAR);
        int decade = groups.indexOf(EventGroup.DECADE);
        int kind = groups.indexOf(EventGroup.KIND);
        int state = groups.indexOf(EventGroup.STATE);
        return grouping.stats(row -> {
            EventStat stat = new EventStat();
            stat.year = Grouping.integer(row, year);
            stat.decade = Grouping.integer(row, decade);
            stat.kind = kind < 0 ? null : (EventKind) row[kind];
            stat.stateCode = Grouping.text(row, state);
            return stat;
        });
    }
}
