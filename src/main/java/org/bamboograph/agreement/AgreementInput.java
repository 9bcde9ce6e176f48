package org.bamboograph.agreement;

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

@Input("AgreementInput")
public class AgreementInput {

    @Description("Id for a new agreement (lower-case letters, digits, dashes); generated if left out. Ignored on update.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 500)
    public String title;

    @NonNull
    @NotNull
    public AgreementKind kind;

    @Description("ISO year, month or day, at the precision the sources give.")
    public String date;

    @NonNull
    @NotNull
    @Description("Codes of the parties: at least two different states.")
    public List<@NonNull @NotBlank String> parties;

    @Description("Id of the visit the agreement came out of.")
    public String visit;

    @Description("Id of the agreement this one upgraded or replaced.")
    public String supersedes;

    @NonNull
    @NotEmpty
    @Description("Evidence for what is written: at least one citation (added to those the agreement has).")
    public List<@NonNull @Valid CitationInput> sources;
}
