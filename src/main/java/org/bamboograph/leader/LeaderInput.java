package org.bamboograph.leader;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.bamboograph.citation.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LeaderInput")
public class LeaderInput {

    @Description("Id for a new leader (lower-case letters, digits, dashes); generated if left out. Ignored on update.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 255)
    public String name;

    @NonNull
    @NotBlank
    @Description("Code of the state of the leader's latest office.")
    public String state;

    @Description("Other spellings of the name. On update, left out keeps the aliases; given, replaces them.")
    public List<@NonNull @NotBlank @Size(max = 255) String> aliases;

    @Description("Offices held. On update, left out keeps the offices; given, replaces them.")
    public List<@NonNull @Valid OfficeInput> offices;

    @NonNull
    @NotEmpty
    @Description("Evidence for what is written: at least one citation (added to those the leader has).")
    public List<@NonNull @Valid CitationInput> sources;

    @Input("OfficeInput")
    public static class OfficeInput {
        @NonNull
        @NotBlank
        @Size(max = 255)
        public String title;

        @NonNull
        @NotBlank
        public String state;

        @Description("When the office began: an ISO year, month or day, or null if unknown.")
        public String from;

        @Description("When the office ended: an ISO year, month or day, or null if unknown or still held.")
        public String to;
    }
}
