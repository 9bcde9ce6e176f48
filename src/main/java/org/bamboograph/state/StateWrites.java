package org.bamboograph.state;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.error.BadUserInputException;
import org.bamboograph.event.Event;
import org.bamboograph.leader.Leader;
import org.bamboograph.leader.Office;
import org.bamboograph.citation.Subject;
import org.bamboograph.statement.Statement;
import org.bamboograph.value.Origin;
import org.bamboograph.value.StateCode;
import org.bamboograph.visit.Visit;
import org.bamboograph.citation.CitationInput;
import org.bamboograph.write.RecordWrites;

@ApplicationScoped
public class StateWrites extends RecordWrites<State, StateInput> {

    public StateWrites() {
        super("State", Subject.STATE, () -> {
            State record = new State();
            record.origin = Origin.EDITOR.column();
            return record;
        }, code -> State.findById(StateCode.normalize(code)), record -> record.code, record -> record.version);
    }

    /** A state's id is its code. */
    @Override
    protected void assignId(State state, StateInput input) {
        state.code = StateCode.normalize(input.code);
        if (State.findById(state.code) != null) {
            throw BadUserInputException.field("code", "a state with code '" + state.code + "' exists already");
        }
    }

    @Override
    protected void apply(State state, StateInput input) {
        if (!state.code.equals(StateCode.normalize(input.code))) {
            throw BadUserInputException.field("code", "a state's code cannot change; create a new state instead");
        }
        state.name = input.name.strip();
        state.kind = input.kind;
    }

    @Override
    protected List<CitationInput> sources(StateInput input) {
        return input.sources;
    }

    @Override
    protected Map<String, Long> usages(String code) {
        Map<String, Long> usages = new LinkedHashMap<>();
        usages.put("leaders", Leader.count("stateCode", code));
        usages.put("offices", Office.count("stateCode", code));
        usages.put("visits", Visit.count("hostStateCode", code));
        usages.put("agreements", Agreement.count("?1 member of partyCodes", code));
        usages.put("statements", Statement.count("?1 member of aboutCodes", code));
        usages.put("events", Event.count("?1 member of stateCodes", code));
        return usages;
    }
}
