package org.bamboograph.statement;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.graphql.BadUserInputException;
import org.bamboograph.graphql.NameKey;
import org.bamboograph.source.Subject;
import org.bamboograph.visit.Visit;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class StatementWrites {

    @Inject
    Writes writes;

    @Transactional
    public Statement create(StatementInput input) {
        writes.validate(input);
        Statement statement = new Statement();
        statement.id = writes.newId(input.id, "statement", id -> Statement.findById(id) != null);
        statement.origin = "editor";
        apply(statement, input);
        statement.persist();
        writes.cite(Subject.STATEMENT, statement.id, input.sources);
        writes.audit("created", "Statement", statement.id);
        return statement;
    }

    @Transactional
    public Statement update(String id, int version, StatementInput input) {
        writes.validate(input);
        Statement statement = writes.found(Statement.<Statement>findById(id), "Statement", id);
        writes.checkVersion("Statement", id, version, statement.version);
        apply(statement, input);
        writes.cite(Subject.STATEMENT, id, input.sources);
        writes.touch(statement, version, () -> statement.version);
        writes.audit("updated", "Statement", id);
        return statement;
    }

    @Transactional
    public String delete(String id, int version) {
        Statement statement = writes.found(Statement.<Statement>findById(id), "Statement", id);
        writes.checkVersion("Statement", id, version, statement.version);
        writes.uncite(Subject.STATEMENT, id);
        statement.delete();
        writes.audit("deleted", "Statement", id);
        return id;
    }

    private void apply(Statement statement, StatementInput input) {
        Writes.date("date", input.date);
        List<String> speakers = new ArrayList<>();
        List<String> given = input.speakers == null ? List.of() : input.speakers;
        for (int i = 0; i < given.size(); i++) {
            String id = writes.leaderId("speakers[" + i + "]", given.get(i));
            if (!speakers.contains(id)) {
                speakers.add(id);
            }
        }
        List<String> about = new ArrayList<>();
        List<String> codes = input.about == null ? List.of() : input.about;
        for (int i = 0; i < codes.size(); i++) {
            String code = writes.stateCode("about[" + i + "]", codes.get(i));
            if (!about.contains(code)) {
                about.add(code);
            }
        }
        if (input.visit != null && Visit.findById(input.visit) == null) {
            throw BadUserInputException.field("visit", "visit: there is no visit with id '" + input.visit + "'");
        }
        if (input.agreement != null && Agreement.findById(input.agreement) == null) {
            throw BadUserInputException.field("agreement",
                    "agreement: there is no agreement with id '" + input.agreement + "'");
        }
        statement.text = input.text.strip();
        statement.textKey = NameKey.of(statement.text);
        statement.speakerName = input.speakerName.strip();
        statement.speakerNameKey = NameKey.of(statement.speakerName);
        statement.speakerIds.clear();
        statement.speakerIds.addAll(speakers);
        statement.aboutCodes.clear();
        statement.aboutCodes.addAll(about);
        statement.date = input.date;
        statement.visitId = input.visit;
        statement.agreementId = input.agreement;
        statement.updateSpan();
    }
}
