package org.bamboograph.statement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.citation.CitationInput;
import org.bamboograph.citation.Subject;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.leader.LeaderRefs;
import org.bamboograph.state.StateRefs;
import org.bamboograph.value.NameKey;
import org.bamboograph.value.Origin;
import org.bamboograph.visit.Visit;
import org.bamboograph.write.RecordWrites;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class StatementWrites extends RecordWrites<Statement, StatementInput> {

    public StatementWrites() {
        super("Statement", Subject.STATEMENT, () -> {
            Statement record = new Statement();
            record.origin = Origin.EDITOR.column();
            return record;
        }, id -> Statement.findById(id), record -> record.id, record -> record.version);
    }

    @Override
    protected void assignId(Statement statement, StatementInput input) {
        statement.id = newId(input.id, "statement");
    }

    @Override
    protected void apply(Statement statement, StatementInput input) {
        Writes.date("date", input.date);
        List<String> speakers = LeaderRefs.ids("speakers", input.speakers);
        List<String> about = StateRefs.codes("about", input.about);
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

    @Override
    protected List<CitationInput> sources(StatementInput input) {
        return input.sources;
    }
}
