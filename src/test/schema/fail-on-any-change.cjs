// graphql-inspector completion handler: the served SDL and the introspected schema must not differ at all, so any
// change left after the rules fails the check, not only a breaking one.
module.exports = ({ breakingChanges, dangerousChanges, nonBreakingChanges }) => {
  const count = breakingChanges.length + dangerousChanges.length + nonBreakingChanges.length;
  console.error(`FAIL: the served SDL and the introspected schema differ in ${count} place(s), listed above`);
  process.exit(1);
};
