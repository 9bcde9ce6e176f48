package org.bamboograph.state;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.bamboograph.citation.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StateInput")
public class StateInput {

    @NonNull
    @NotBlank
    @Pattern(regexp = "\\s*[A-Za-z]{2,16}\\s*", message = "must be 2 to 16 letters (ISO 3166-1 alpha-3 for a country)")
    @Description("ISO 3166-1 alpha-3 for a country; a stable upper-case code for others. Cannot change on update.")
    public String code;

    @NonNull
    @NotBlank
    @Size(max = 255)
    public String name;

    @NonNull
    @NotNull
    public StateKind kind;

    @NonNull
    @NotEmpty
    @Description("Evidence for the state as written: at least one citation (added to those it has).")
    public List<@NonNull @Valid CitationInput> sources;
}
