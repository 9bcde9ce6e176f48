package org.bamboograph.statement;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.bamboograph.citation.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementInput")
public class StatementInput {

    @Description("Id for a new statement (lower-case letters, digits, dashes); generated if left out. Ignored on update.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 4000)
    @Description("The words, quoted exactly as the source has them.")
    public String text;

    @Description("Ids of the leaders who said it.")
    public List<@NonNull @NotBlank String> speakers;

    @NonNull
    @NotBlank
    @Size(max = 500)
    @Description("Who said it, for display.")
    public String speakerName;

    public String date;

    @Description("Codes of the states it is about.")
    public List<@NonNull @NotBlank String> about;

    public String visit;

    public String agreement;

    @NonNull
    @NotEmpty
    @Description("Evidence: at least one citation (added to those the statement has).")
    public List<@NonNull @Valid CitationInput> sources;
}
