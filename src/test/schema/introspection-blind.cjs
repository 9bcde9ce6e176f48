// graphql-inspector rule: drop the differences introspection cannot show. Introspection lists every directive a
// schema defines but not where one is applied (@constraint on an input field, @rolesAllowed on a mutation), so the
// schema printed from it lacks those uses while the served SDL has them; every other difference stays.
module.exports = ({ changes }) => changes.filter(change => !change.type.startsWith('DIRECTIVE_USAGE_'));
