package org.bamboograph.event;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of event frames the diplomacy.")
public enum EventKind {
    @Description("A war or armed conflict.")
    WAR,
    @Description("A confrontation at sea, such as the 2014 oil rig standoff.")
    MARITIME_INCIDENT,
    @Description("Public protests.")
    PROTEST,
    @Description("A congress of a ruling party.")
    PARTY_CONGRESS,
    @Description("An international forum or summit.")
    FORUM,
    @Description("Someone taking or leaving a leading office.")
    LEADERSHIP_CHANGE,
    @Description("A diplomatic act that is not a visit, agreement or statement: a protest note, a rebuke, a claim.")
    DIPLOMATIC_ACTION,
    @Description("A policy or doctrine being set out, reaffirmed or contested.")
    POLICY,
    @Description("A book or other publication.")
    PUBLICATION,
    @Description("A leader's death.")
    DEATH,
    OTHER
}
