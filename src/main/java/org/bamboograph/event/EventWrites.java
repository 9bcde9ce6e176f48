package org.bamboograph.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.bamboograph.source.Subject;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class EventWrites {

    @Inject
    Writes writes;

    @Transactional
    public Event create(EventInput input) {
        writes.validate(input);
        Event event = new Event();
        event.id = writes.newId(input.id, "event", id -> Event.findById(id) != null);
        event.origin = "editor";
        apply(event, input);
        event.persist();
        writes.cite(Subject.EVENT, event.id, input.sources);
        writes.audit("created", "Event", event.id);
        return event;
    }

    @Transactional
    public Event update(String id, int version, EventInput input) {
        writes.validate(input);
        Event event = writes.found(Event.<Event>findById(id), "Event", id);
        writes.checkVersion("Event", id, version, event.version);
        apply(event, input);
        writes.cite(Subject.EVENT, id, input.sources);
        writes.touch(event, version, () -> event.version);
        writes.audit("updated", "Event", id);
        return event;
    }

    @Transactional
    public String delete(String id, int version) {
        Event event = writes.found(Event.<Event>findById(id), "Event", id);
        writes.checkVersion("Event", id, version, event.version);
        writes.uncite(Subject.EVENT, id);
        event.delete();
        writes.audit("deleted", "Event", id);
        return id;
    }

    private void apply(Event event, EventInput input) {
        Writes.span("date", input.date, "endDate", input.endDate);
        List<String> states = new ArrayList<>();
        List<String> codes = input.states == null ? List.of() : input.states;
        for (int i = 0; i < codes.size(); i++) {
            String code = writes.stateCode("states[" + i + "]", codes.get(i));
            if (!states.contains(code)) {
                states.add(code);
            }
        }
        event.title = input.title.strip();
        event.kind = input.kind;
        event.date = input.date;
        event.endDate = input.endDate;
        event.description = input.description;
        event.stateCodes.clear();
        event.stateCodes.addAll(states);
        event.updateSpan();
    }
}
