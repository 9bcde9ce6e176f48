package org.bamboograph.citation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationInput")
@Description("Evidence for written facts: a source of the graph, the words of it, and the fields they support.")
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

    @NonNull
    @NotEmpty
    @Description("The fields of the written record these words support, by their names in the record's type "
            + "(\"date\", \"city\", \"parties\" …; for a leader, \"offices\" for the offices given with it). Every "
            + "stated field given a value needs a citation that supports it.")
    public List<@NonNull String> supports;

    @Size(max = 1000)
    @Description("Where the support needs two passages read together: which, and how they are read.")
    public String note;
}
