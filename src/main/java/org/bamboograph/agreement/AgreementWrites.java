package org.bamboograph.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bamboograph.graphql.BadUserInputException;
import org.bamboograph.source.Subject;
import org.bamboograph.statement.Statement;
import org.bamboograph.visit.Visit;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class AgreementWrites {

    @Inject
    Writes writes;

    @Transactional
    public Agreement create(AgreementInput input) {
        writes.validate(input);
        Agreement agreement = new Agreement();
        agreement.id = writes.newId(input.id, "agreement", id -> Agreement.findById(id) != null);
        agreement.origin = "editor";
        apply(agreement, input);
        agreement.persist();
        writes.cite(Subject.AGREEMENT, agreement.id, input.sources);
        writes.audit("created", "Agreement", agreement.id);
        return agreement;
    }

    @Transactional
    public Agreement update(String id, int version, AgreementInput input) {
        writes.validate(input);
        Agreement agreement = writes.found(Agreement.<Agreement>findById(id), "Agreement", id);
        writes.checkVersion("Agreement", id, version, agreement.version);
        apply(agreement, input);
        writes.cite(Subject.AGREEMENT, id, input.sources);
        writes.touch(agreement, version, () -> agreement.version);
        writes.audit("updated", "Agreement", id);
        return agreement;
    }

    @Transactional
    public String delete(String id, int version) {
        Agreement agreement = writes.found(Agreement.<Agreement>findById(id), "Agreement", id);
        writes.checkVersion("Agreement", id, version, agreement.version);
        Map<String, Long> usages = new LinkedHashMap<>();
        usages.put("agreements superseding it", Agreement.count("supersedesId", id));
        usages.put("statements", Statement.count("agreementId", id));
        writes.refuseIfUsed("Agreement", id, usages);
        writes.uncite(Subject.AGREEMENT, id);
        agreement.delete();
        writes.audit("deleted", "Agreement", id);
        return id;
    }

    private void apply(Agreement agreement, AgreementInput input) {
        Writes.date("date", input.date);
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < input.parties.size(); i++) {
            String code = writes.stateCode("parties[" + i + "]", input.parties.get(i));
            if (!parties.contains(code)) {
                parties.add(code);
            }
        }
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
        agreement.visitId = input.visit;
        agreement.supersedesId = input.supersedes;
        agreement.updateSpan();
    }
}
