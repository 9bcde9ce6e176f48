package org.bamboograph.write;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationInput")
@Description("Evidence for a written fact: a source of the graph and the words of it that support the fact.")
public class CitationInput {

    @NonNull
    @NotBlank
    @Description("Id of a Source (create one with createSource first if needed).")
    public String source;

    @NonNull
    @NotBlank
    @Size(max = 2000)
    @Description("The supporting words, quoted exactly from the source.")
    public String excerpt;

    @Size(max = 255)
    @Description("Where in the source, if the excerpt alone does not say: a page, a record id.")
    public String locator;
}
