# Reduces a response of either server to the same plain shape, so that the two can be compared for equality.
# Call with --arg q traversal|visits100 --arg side bamboo|postgraphile.
def nodes: if type == "object" and has("nodes") then .nodes else . end;
if .errors then error("GraphQL errors: \(.errors | tostring)")
elif $q == "traversal" and $side == "bamboo" then
  [.data.leader.visits[] | {date, host: .hostState.code,
    agreements: [.resultingAgreements[] | {kind, date, parties: [.parties[].code]}]}]
elif $q == "traversal" then
  [.data.allLeaders.nodes[0].visitsByGuestId.nodes[] | {date: .dateText, host: .stateByHostStateCode.code,
    agreements: [.agreementsByVisitId.nodes[] | {kind, date: .dateText,
      parties: [.agreementPartiesByAgreementId.nodes[].stateByStateCode.code]}]}]
elif $side == "bamboo" then
  {total: .data.visits.totalCount, visits: [.data.visits.edges[].node | {
    guest: .guest.name, guestState: .guest.state.code, offices: [.guest.offices[].title], host: .hostState.name,
    agreements: [.resultingAgreements[] | {kind, parties: [.parties[].code]}],
    sources: [.sources[] | {excerpt, title: .source.title}]}]}
else
  {total: .data.allVisits.totalCount, visits: [.data.allVisits.edges[].node | {
    guest: .leaderByGuestId.name, guestState: .leaderByGuestId.stateByStateCode.code,
    offices: [.leaderByGuestId.officesByLeaderId.nodes[].title], host: .stateByHostStateCode.name,
    agreements: [.agreementsByVisitId.nodes[] | {kind, parties: [.agreementPartiesByAgreementId.nodes[].stateByStateCode.code]}],
    sources: [.sources.nodes[] | {excerpt, title: .sourceBySourceId.title}]}]}
end
