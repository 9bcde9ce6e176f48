package org.bamboograph.agreement;

import org.bamboograph.state.State;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A partner of a state and the partnership agreement that stands between them.")
public class Partnership {

    private final State partner;
    private final Agreement agreement;

    public Partnership(State partner, Agreement agreement) {
        this.partner = partner;
        this.agreement = agreement;
    }

    @NonNull
    public State getPartner() {
        return partner;
    }

    @NonNull
    public Agreement getAgreement() {
        return agreement;
    }
}
