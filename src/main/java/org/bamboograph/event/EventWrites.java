package org.bamboograph.event;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.bamboograph.citation.CitationInput;
import org.bamboograph.citation.Subject;
import org.bamboograph.state.StateRefs;
import org.bamboograph.value.Origin;
import org.bamboograph.write.RecordWrites;
import org.bamboograph.write.Writes;

@ApplicationScoped
public class EventWrites extends RecordWrites<Event, EventInput> {

    public EventWrites() {
        super("Event", Subject.EVENT, () -> {
            Event record = new Event();
            record.origin = Origin.EDITOR.column();
            return record;
        }, id -> Event.findById(id), record -> record.id, record -> record.version);
    }

    @Override
    protected void assignId(Event event, EventInput input) {
        event.id = newId(input.id, "event");
    }

    @Override
    protected void apply(Event event, EventInput input) {
        Writes.span("date", input.date, "endDate", input.endDate);
        List<String> states = StateRefs.codes("states", input.states);
        event.title = input.title.strip();
        event.kind = input.kind;
        event.date = input.date;
        event.endDate = input.endDate;
        event.description = input.description;
        event.stateCodes.clear();
        event.stateCodes.addAll(states);
        event.updateSpan();
    }

    @Override
    protected List<CitationInput> sources(EventInput input) {
        return input.sources;
    }
}
