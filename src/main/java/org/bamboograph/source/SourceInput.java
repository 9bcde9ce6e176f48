package org.bamboograph.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("A published text to cite. Leave out what the text does not state.")
public class SourceInput {

    @Description("Id for a new source (lower-case letters, digits, dashes); generated if left out. Ignored on update.")
    public String id;

    @NonNull
    @NotBlank
    @Size(max = 500)
    public String title;

    @Size(max = 255)
    public String author;

    @Size(max = 255)
    public String publisher;

    @Description("Publication date at the precision the text gives: \"2024\", \"2024-07\", \"2024-07-19\".")
    public String published;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    public String url;
}
