package org.bamboograph.visit;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.bamboograph.citation.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("VisitInput")
public class VisitInput {

    @Description("Id for a new visit (lower-case letters, digits, dashes); generated if left out. Ignored on update.")
    public String id;

    @NonNull
    @NotBlank
    @Description("Id of the leader who travelled.")
    public String guest;

    @Description("Code of the state the guest travelled for on this visit; the guest's own state if left out.")
    public String guestState;

    @NonNull
    @NotBlank
    @Description("Code of the state visited.")
    public String hostState;

    @Description("Id of the leader who received the guest, if the sources say.")
    public String host;

    @Size(max = 255)
    public String city;

    @Description("ISO year, month or day, at the precision the sources give.")
    public String date;

    @Description("Last day, if the visit spans more than its date; not before 'date'.")
    public String endDate;

    @Size(max = 2000)
    public String purpose;

    @NonNull
    @NotEmpty
    @Description("Evidence for what is written: at least one citation (added to those the visit has).")
    public List<@NonNull @Valid CitationInput> sources;
}
