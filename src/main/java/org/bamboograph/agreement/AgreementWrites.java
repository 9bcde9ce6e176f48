package org.bamboograph.agreement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.citation.CitationInput;
import org.bamboograph.citation.Subject;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.query.ReadAhead;
import org.bamboograph.state.StateRefs;
import org.bamboograph.statement.Statement;
import org.bamboograph.value.Origin;
import org.bamboograph.visit.Visit;
import org.bamboograph.write.RecordWrites;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class AgreementWrites extends RecordWrites<Agreement, AgreementInput> {

    public AgreementWrites() {
        super("Agreement", Subject.AGREEMENT, () -> {
            Agreement record = new Agreement();
            record.origin = Origin.EDITOR.column();
            return record;
        }, id -> Agreement.findById(id), record -> record.id, record -> record.version);
    }

    @Override
    protected void assignId(Agreement agreement, AgreementInput input) {
        agreement.id = newId(input.id, "agreement");
    }

    @Override
    protected void apply(Agreement agreement, AgreementInput input) {
        Writes.date("date", input.date);
        List<String> parties = StateRefs.codes("parties", input.parties);
        if (parties.size() < 2) {
            throw BadUserInputException.field("parties", "parties: an agreement needs at least two different parties");
        }
        if (input.visit != null && Visit.findById(input.visit) == null) {
            throw BadUserInputException.field("visit", "visit: there is no visit with id '" + input.visit + "'");
        }
        if (input.supersedes != null) {
            // Following the chain from the superseded agreement must not lead back to this one.
            String next = input.supersedes;
            for (int hops = 0; next != null; hops++) {
                if (next.equals(agreement.id) || hops > 1000) {
                    throw BadUserInputException.field("supersedes",
                            "supersedes: an agreement cannot supersede itself, directly or through others");
                }
                Agreement older = Agreement.findById(next);
                if (older == null) {
                    throw BadUserInputException.field("supersedes",
                            "supersedes: there is no agreement with id '" + next + "'");
                }
                next = older.supersedesId;
            }
        }
        agreement.title = input.title.strip();
        agreement.kind = input.kind;
        agreement.date = input.date;
        agreement.partyCodes.clear();
        agreement.partyCodes.addAll(parties);
        ReadAhead.forget(agreement);
        agreement.visitId = input.visit;
        agreement.supersedesId = input.supersedes;
        agreement.updateSpan();
    }

    @Override
    protected List<CitationInput> sources(AgreementInput input) {
        return input.sources;
    }

    @Override
    protected Map<String, Long> usages(String id) {
        Map<String, Long> usages = new LinkedHashMap<>();
        usages.put("agreements superseding it", Agreement.count("supersedesId", id));
        usages.put("statements", Statement.count("agreementId", id));
        return usages;
    }
}
