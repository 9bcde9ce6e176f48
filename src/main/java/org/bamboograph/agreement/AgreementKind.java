package org.bamboograph.agreement;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of agreement two or more parties sealed.")
public enum AgreementKind {
    @Description("The highest tier of Vietnam's partnerships.")
    COMPREHENSIVE_STRATEGIC_PARTNERSHIP,
    STRATEGIC_PARTNERSHIP,
    COMPREHENSIVE_PARTNERSHIP,
    FREE_TRADE_AGREEMENT,
    @Description("An agreement on maritime issues, such as disputes at sea.")
    MARITIME_AGREEMENT,
    @Description("A joint statement or declaration of the parties.")
    JOINT_STATEMENT,
    OTHER;

    /** The kinds that make a partnership in the sense of the partnerships query. */
    public boolean isPartnership() {
        return this == COMPREHENSIVE_STRATEGIC_PARTNERSHIP || this == STRATEGIC_PARTNERSHIP
                || this == COMPREHENSIVE_PARTNERSHIP;
    }
}
