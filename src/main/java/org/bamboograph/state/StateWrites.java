package org.bamboograph.state;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bamboograph.agreement.Agreement;
import org.bamboograph.event.Event;
import org.bamboograph.graphql.BadUserInputException;
import org.bamboograph.leader.Leader;
import org.bamboograph.leader.Office;
import org.bamboograph.source.Subject;
import org.bamboograph.statement.Statement;
import org.bamboograph.visit.Visit;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class StateWrites {

    @Inject
    Writes writes;

    @Transactional
    public State create(StateInput input) {
        writes.validate(input);
        State state = new State();
        state.code = StateApi.normalize(input.code);
        if (State.findById(state.code) != null) {
            throw BadUserInputException.field("code", "a state with code '" + state.code + "' exists already");
        }
        state.origin = "editor";
        state.name = input.name.strip();
        state.kind = input.kind;
        state.persist();
        writes.cite(Subject.STATE, state.code, input.sources);
        writes.audit("created", "State", state.code);
        return state;
    }

    @Transactional
    public State update(String code, int version, StateInput input) {
        writes.validate(input);
        State state = writes.found(State.<State>findById(StateApi.normalize(code)), "State", code);
        writes.checkVersion("State", state.code, version, state.version);
        if (!state.code.equals(StateApi.normalize(input.code))) {
            throw BadUserInputException.field("code", "a state's code cannot change; create a new state instead");
        }
        state.name = input.name.strip();
        state.kind = input.kind;
        writes.cite(Subject.STATE, state.code, input.sources);
        writes.touch(state, version, () -> state.version);
        writes.audit("updated", "State", state.code);
        return state;
    }

    @Transactional
    public String delete(String code, int version) {
        State state = writes.found(State.<State>findById(StateApi.normalize(code)), "State", code);
        writes.checkVersion("State", state.code, version, state.version);
        Map<String, Long> usages = new LinkedHashMap<>();
        usages.put("leaders", Leader.count("stateCode", state.code));
        usages.put("offices", Office.count("stateCode", state.code));
        usages.put("visits", Visit.count("hostStateCode", state.code));
        usages.put("agreements", Agreement.count("?1 member of partyCodes", state.code));
        usages.put("statements", Statement.count("?1 member of aboutCodes", state.code));
        usages.put("events", Event.count("?1 member of stateCodes", state.code));
        writes.refuseIfUsed("State", state.code, usages);
        writes.uncite(Subject.STATE, state.code);
        state.delete();
        writes.audit("deleted", "State", state.code);
        return state.code;
    }
}
