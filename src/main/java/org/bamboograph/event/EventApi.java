package org.bamboograph.event;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import org.bamboograph.citation.Citation;
import org.bamboograph.citation.Citations;
import org.bamboograph.citation.Subject;
import org.bamboograph.entity.DatedEntity;
import org.bamboograph.paging.Page;
import org.bamboograph.query.Batch;
import org.bamboograph.query.DateArguments;
import org.bamboograph.query.Ordering;
import org.bamboograph.query.QueryBuilder;
import org.bamboograph.state.State;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;

@GraphQLApi
public class EventApi {

    @Query("events")
    @NonNull
    @Description("Events, in date order unless 'orderBy' says otherwise (undated last; ties by id). 'state' takes a "
            + "state code; 'kind' keeps events of that kind; 'from'/'to' (ISO year, month or day) keep events whose "
            + "span, from the start of 'date' to the end of 'endDate', overlaps the span from the start of 'from' to "
            + "the end of 'to'; an undated event matches no date filter.")
    public EventConnection events(String state, String from, String to, @Name("kind") EventKind kind,
            @Nullable @Name("orderBy") List<@NonNull EventOrder> orderBy,
            @DefaultValue("20") Integer first, String after) {
        Ordering order = Ordering.of(orderBy, EventOrder.DATE_ASC, "e", "id");
        QueryBuilder query = order.applyTo(new EventFilter(state, from, to, kind).query());
        return new EventConnection(Page.of(query, Event.class, first, after, order.tag()));
    }

    @NonNull
    @Name(EventReads.STATES)
    @Description("The states involved, by code.")
    public List<@NonNull List<@NonNull State>> states(@Source List<Event> events) {
        return EventReads.states(events);
    }

    @NonNull
    @Name(EventReads.SOURCES)
    @Description("Citations that support the event.")
    public List<@NonNull List<@NonNull Citation>> eventSources(@Source List<Event> events) {
        return Citations.of(Subject.EVENT, events, e -> e.id);
    }

    @Inject
    EventWrites eventWrites;

    @Mutation("createEvent")
    @RolesAllowed("editor")
    @NonNull
    @Description("Creates an Event, citing at least one source. Editors only.")
    public Event createEvent(@NonNull @Name("input") EventInput input) {
        return eventWrites.create(input);
    }

    @Mutation("updateEvent")
    @RolesAllowed("editor")
    @NonNull
    @Description("Changes an Event, citing at least one source for the change. 'version' is the version you read: "
            + "if the Event changed since, the answer is CONFLICT and nothing is written. Editors only.")
    public Event updateEvent(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version, @NonNull @Name("input") EventInput input) {
        return eventWrites.update(id, version, input);
    }

    @Mutation("deleteEvent")
    @RolesAllowed("editor")
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Deletes an Event and its citations, and answers its id. Refused with IN_USE while other records "
            + "refer to it, and with CONFLICT if it changed since 'version'. Editors only.")
    public String deleteEvent(@NonNull @org.eclipse.microprofile.graphql.Id @Name("id") String id,
            @Name("version") int version) {
        return eventWrites.delete(id, version);
    }
}
