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
final class Partnerships {

    private static final Set<AgreementKind> KINDS = EnumSet.copyOf(
            Stream.of(AgreementKind.values()).filter(AgreementKind::isPartnership).toList());

    private Partnerships() {
    }

    /** {@code instant} null means today, undated agreements included. */
    static List<Partnership> of(String stateCode, LocalDate instant) {
        List<Object[]> rows = Rows.select(
                "select p, a from Agreement a join a.partyCodes p where a.kind in :kinds and p <> :state and a.id in "
                        + "(select a2.id from Agreement a2 join a2.partyCodes p2 where p2 = :state) order by "
                        + DatedEntity.dateOrder("a") + ", p", Object[].class,
                        Map.of("kinds", KINDS, "state", stateCode));
        LocalDate at = instant == null ? LocalDate.now() : instant;
        boolean undatedStand = instant == null;

        List<Agreement> agreements = rows.stream().map(r -> (Agreement) r[1]).distinct().toList();
        Set<String> superseded = agreements.stream()
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

    private static boolean inForce(Agreement agreement, LocalDate at, boolean undatedStand) {
        return agreement.spanEnd == null ? undatedStand : !agreement.spanEnd.isAfter(at);
    }
}
