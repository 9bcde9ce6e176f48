package org.bamboograph.event;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.bamboograph.citation.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventInput")
public class EventInput {

    @Description("Id for a new event (lower-case letters, digits, dashes); generated if left out. Ignored on update.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 500)
    public String title;

    @NonNull
    @NotNull
    public EventKind kind;

    public String date;

    @Description("Last day, for an event that spans more than its date; not before 'date'.")
    public String endDate;

    @Description("Codes of the states involved.")
    public List<@NonNull @NotBlank String> states;

    @Size(max = 4000)
    public String description;

    @NonNull
    @NotEmpty
    @Description("Evidence: at least one citation (added to those the event has).")
    public List<@NonNull @Valid CitationInput> sources;
}
