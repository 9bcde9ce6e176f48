package org.bamboograph.visit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.citation.CitationInput;
import org.bamboograph.citation.Subject;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.leader.Leader;
import org.bamboograph.leader.LeaderRefs;
import org.bamboograph.load.VisitMerge;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.state.StateRefs;
import org.bamboograph.statement.Statement;
import org.bamboograph.value.Origin;
import org.bamboograph.write.RecordWrites;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class VisitWrites extends RecordWrites<Visit, VisitInput> {

    public VisitWrites() {
        super("Visit", Subject.VISIT, () -> {
            Visit record = new Visit();
            record.origin = Origin.EDITOR.column();
            return record;
        }, id -> Visit.findById(id), record -> record.id, record -> record.version);
    }

    @Override
    protected void assignId(Visit visit, VisitInput input) {
        visit.id = newId(input.id, "visit");
    }

    @Override
    protected void apply(Visit visit, VisitInput input) {
        Writes.span("date", input.date, "endDate", input.endDate);
        visit.guestId = LeaderRefs.id("guest", input.guest);
        visit.guestStateCode = input.guestState != null ? StateRefs.code("guestState", input.guestState)
                : Leader.<Leader>findById(visit.guestId).stateCode;
        visit.hostStateCode = StateRefs.code("hostState", input.hostState);
        visit.hostId = input.host == null ? null : LeaderRefs.id("host", input.host);
        if (input.host != null && input.host.equals(input.guest)) {
            throw BadUserInputException.field("host", "host: a leader cannot host their own visit");
        }
        visit.city = input.city;
        visit.date = input.date;
        visit.endDate = input.endDate;
        visit.purpose = input.purpose;
        visit.updateSpan();
        ReadAhead.forget(visit); // its guest or host state as read before may no longer be its own
    }

    @Override
    protected List<CitationInput> sources(VisitInput input) {
        return input.sources;
    }

    @Override
    protected Map<String, Long> usages(String id) {
        Map<String, Long> usages = new LinkedHashMap<>();
        usages.put("agreements", Agreement.count("visitId", id));
        usages.put("statements", Statement.count("visitId", id));
        usages.put("imported records", VisitMerge.importedRecords(id));
        return usages;
    }

    /**
     * Ties agreements and statements to the visit they came out of. The tie is a stated field like any other: each
     * record must already cite words that support its "visit".
     */
    @Transactional
    public Visit attach(String visitId, List<String> agreementIds, List<String> statementIds) {
        Visit visit = writes.found(Visit.<Visit>findById(visitId), "Visit", visitId);
        List<String> agreements = agreementIds == null ? List.of() : agreementIds;
        List<String> statements = statementIds == null ? List.of() : statementIds;
        if (agreements.isEmpty() && statements.isEmpty()) {
            throw new BadUserInputException("agreements", "name at least one agreement or statement to attach");
        }
        for (int i = 0; i < agreements.size(); i++) {
            Agreement agreement = Agreement.findById(agreements.get(i));
            if (agreement == null) {
                throw new BadUserInputException("agreements", "agreements[" + i + "]: there is no agreement with id '"
                        + agreements.get(i) + "'");
            }
            if (!citations.supported(Subject.AGREEMENT, agreement.id, "visit")) {
                throw new BadUserInputException("agreements", "agreements[" + i + "]: no citation of agreement '"
                        + agreement.id + "' supports its visit; cite the words that say so (supports: [\"visit\"]) first");
            }
            agreement.visitId = visit.id;
        }
        for (int i = 0; i < statements.size(); i++) {
            Statement statement = Statement.findById(statements.get(i));
            if (statement == null) {
                throw new BadUserInputException("statements", "statements[" + i + "]: there is no statement with id '"
                        + statements.get(i) + "'");
            }
            if (!citations.supported(Subject.STATEMENT, statement.id, "visit")) {
                throw new BadUserInputException("statements", "statements[" + i + "]: no citation of statement '"
                        + statement.id + "' supports its visit; cite the words that say so (supports: [\"visit\"]) first");
            }
            statement.visitId = visit.id;
        }
        writes.audit("attached " + agreements + " " + statements + " to", "Visit", visit.id);
        return visit;
    }
}
