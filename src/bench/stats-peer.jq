# Reduces either server's grouped visit counts to one sorted list of [year, host state, count], for comparing them.
# Call with --arg side bamboo|postgraphile5.
if .errors then error("GraphQL errors: \(.errors | tostring)")
elif $side == "bamboo" then
  [.data.visitStats[] | [(.year | if . == null then null else tostring end), .hostState.code, .count]]
else
  [.data.allVisits.groupedAggregates[] | [.keys[0], .keys[1], (.distinctCount.rowId | tonumber)]]
end | sort
