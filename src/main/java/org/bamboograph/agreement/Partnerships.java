package org.bamboograph.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bamboograph.entity.DatedEntity;
import org.bamboograph.query.Rows;
import org.bamboograph.state.State;

/**
 * Which partnership agreement stands with each partner of a state at an instant. An agreement stands once the end of
 * its date's span is not after the instant, until an agreement that supersedes it stands. Undated agreements stand
 * only for "today", when no instant is asked for: the sources do not say since when.
 */
public final class Partnerships {

    private static final Set<AgreementKind> KINDS = EnumSet.copyOf(
            Stream.of(AgreementKind.values()).filter(AgreementKind::isPartnership).toList());

    private Partnerships() {
    }

    /** {@code instant} null means today, undated agreements included. */
    static List<Partnership> of(String stateCode, LocalDate instant) {
        List<Object[]> rows = rows(stateCode);
        Map<String, Agreement> byPartner = standing(rows, instant == null ? LocalDate.now() : instant, instant == null);
        if (byPartner.isEmpty()) {
            return List.of();
        }
        Map<String, State> states = Rows.where(State.class, "code in :keys", byPartner.keySet()).stream()
                .collect(Collectors.toMap(s -> s.code, s -> s));
        List<Partnership> result = new ArrayList<>();
        byPartner.forEach((code, agreement) -> result.add(new Partnership(states.get(code), agreement)));
        result.sort(Comparator
                .comparing((Partnership p) -> p.getAgreement().dateStart, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.getAgreement().datePrecision, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> p.getPartner().code));
        return result;
    }

    /**
     * For each instant, the partnership agreement standing then with each partner (by partner code), by the rule of
     * {@link #of}; undated agreements stand at none of them. One statement, however many instants.
     */
    public static List<Map<String, Agreement>> standing(String stateCode, List<LocalDate> instants) {
        List<Object[]> rows = rows(stateCode);
        List<Map<String, Agreement>> result = new ArrayList<>(instants.size());
        for (LocalDate instant : instants) {
            result.add(standing(rows, instant, false));
        }
        return result;
    }

    /** Pairs (partner code, partnership agreement) of the state, in date order. */
    private static List<Object[]> rows(String stateCode) {
        return Rows.select(
                "select p, a from Agreement a join a.partyCodes p where a.kind in :kinds and p <> :state and a.id in "
                        + "(select a2.id from Agreement a2 join a2.partyCodes p2 where p2 = :state) order by "
                        + DatedEntity.dateOrder("a") + ", p", Object[].class,
                        Map.of("kinds", KINDS, "state", stateCode));
    }

    private static Map<String, Agreement> standing(List<Object[]> rows, LocalDate at, boolean undatedStand) {
        Set<String> superseded = rows.stream().map(r -> (Agreement) r[1]).distinct()
                .filter(a -> inForce(a, at, undatedStand) && a.supersedesId != null)
                .map(a -> a.supersedesId).collect(Collectors.toSet());
        // Rows come in date order, so the last standing agreement per partner is the latest one.
        Map<String, Agreement> byPartner = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Agreement agreement = (Agreement) row[1];
            if (inForce(agreement, at, undatedStand) && !superseded.contains(agreement.id)) {
                byPartner.put((String) row[0], agreement);
            }
        }
        return byPartner;
    }

    private static boolean inForce(Agreement agreement, LocalDate at, boolean undatedStand) {
        return agreement.spanEnd == null ? undatedStand : !agreement.spanEnd.isAfter(at);
    }
}
