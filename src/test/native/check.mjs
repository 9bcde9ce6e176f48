// Reads the native-image configuration that `./mvnw package -Dnative -Dquarkus.native.sources-only=true` wrote and
// checks that it covers what the service loads at run time: every resource file of src/main/resources (the data file,
// the state map CSVs, the migrations, the service files), every class named in a service file, and every GraphQL
// type the service serves; and that a PostgreSQL build carries no H2 driver. Prints one line per finding.
//
// Usage: node check.mjs NATIVE_SOURCES_DIR EXTRACTED_META_INF_NATIVE_IMAGE_DIR SOURCE_ROOT TYPES_JSON
//   TYPES_JSON: the answer to { __schema { types { name kind } queryType { name } mutationType { name }
//   subscriptionType { name } } } from the running service.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const [sourcesDir, configDir, root, typesFile] = process.argv.slice(2);
const failures = [];
const fail = (message) => failures.push(message);
const ok = (message) => console.log(`ok: ${message}`);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// Patterns in resource-config.json are Java regular expressions; Quarkus quotes literal names with \Q...\E, which
// JavaScript lacks, so quoted parts become escaped literals.
function javaPattern(pattern) {
  const escaped = pattern.replace(/\\Q(.*?)(\\E|$)/g, (_, literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:${escaped})$`);
}

const resourceConfig = JSON.parse(readFileSync(join(configDir, 'resource-config.json'), 'utf8'));
const includes = (resourceConfig.resources?.includes ?? []).map((i) => javaPattern(i.pattern));
const covered = (resource) => includes.some((p) => p.test(resource));

const reflection = new Map();
for (const entry of JSON.parse(readFileSync(join(configDir, 'reflect-config.json'), 'utf8'))) {
  const prior = reflection.get(entry.name) ?? {};
  reflection.set(entry.name, { ...prior, ...entry });
}
const constructible = (e) => e && (e.allDeclaredConstructors || e.allPublicConstructors ||
  (e.methods ?? []).some((m) => m.name === '<init>'));
const readable = (e) => e && (e.allDeclaredMethods || e.allPublicMethods || e.allDeclaredFields || e.allPublicFields ||
  (e.methods ?? []).length > 0 || (e.fields ?? []).length > 0);

// 1. Resources: every file the application ships under src/main/resources, but application.properties, which Quarkus
//    reads at build time, and the migrations of the other database (db/h2: this is the PostgreSQL flavour, which
//    migrates from db/migration and db/postgresql only).
const resources = join(root, 'src/main/resources');
const shipped = files(resources).map((f) => relative(resources, f).split(sep).join('/'))
  .filter((r) => r !== 'application.properties' && !r.startsWith('db/h2/'));
const missing = shipped.filter((r) => !covered(r));
if (missing.length) fail(`resources not in the native image: ${missing.join(', ')}`);
else ok(`${shipped.length} resource files of src/main/resources are included (${shipped.filter((r) => r.startsWith('data/')).join(', ')}, ...)`);

// 2. Services: a native image finds a provider only if its service file is a resource (checked above) and its class
//    can be instantiated by reflection.
const servicesDir = join(resources, 'META-INF/services');
let providers = 0;
const before = failures.length;
if (existsSync(servicesDir)) {
  for (const file of readdirSync(servicesDir)) {
    const names = readFileSync(join(servicesDir, file), 'utf8').split('\n').map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean);
    for (const name of names) {
      providers++;
      if (!constructible(reflection.get(name))) fail(`service provider ${name} (${file}) is not registered for reflection with its constructors`);
    }
  }
}
if (failures.length === before) ok(`all ${providers} service providers of src/main/resources/META-INF/services are registered for reflective construction`);

// 3. GraphQL types: every object, input, interface and enum type the service serves maps to one of our classes
//    registered for reflection. Names follow SmallRye's rules: a class-level @Type/@Input/@Name/@Enum/@Interface
//    value, else the simple name (inputs may add "Input").
const schema = JSON.parse(readFileSync(typesFile, 'utf8')).data.__schema;
const roots = new Set([schema.queryType?.name, schema.mutationType?.name, schema.subscriptionType?.name].filter(Boolean));
const wanted = schema.types.filter((t) => !t.name.startsWith('__') && !roots.has(t.name) &&
  ['OBJECT', 'INPUT_OBJECT', 'INTERFACE', 'ENUM', 'UNION'].includes(t.kind));

const javaRoot = join(root, 'src/main/java');
function declaredNames(className) {
  const simple = className.replace(/.*[.$]/, '');
  const names = new Set([simple, `${simple}Input`]);
  const source = join(javaRoot, `${className.replace(/\$.*/, '').replace(/\./g, '/')}.java`);
  if (existsSync(source)) {
    const lines = readFileSync(source, 'utf8').split('\n');
    const decl = lines.findIndex((l) => new RegExp(`\\b(class|record|enum|interface)\\s+${simple}\\b`).test(l));
    for (let i = decl - 1; i >= 0 && /^\s*(@|\*|\/)/.test(lines[i]); i--) {
      const m = lines[i].match(/@(?:[\w.]+\.)?(?:Type|Input|Name|Enum|Interface)\("([^"]+)"\)/);
      if (m) names.add(m[1]);
    }
  }
  return names;
}
const byGraphQLName = new Map();
for (const [name, entry] of reflection) {
  if (!name.startsWith('org.bamboograph.')) continue;
  for (const n of declaredNames(name)) byGraphQLName.set(n, [...(byGraphQLName.get(n) ?? []), entry]);
}
const uncovered = wanted.filter((t) => !(byGraphQLName.get(t.name) ?? []).some(readable));
if (uncovered.length) fail(`GraphQL types without a class registered for reflection: ${uncovered.map((t) => `${t.name} (${t.kind})`).join(', ')}`);
else ok(`all ${wanted.length} GraphQL object, input, interface and enum types map to classes registered for reflection`);

// 4. No H2 in a PostgreSQL build: no H2 feature, no H2 jar, no H2 class registered.
const args = readFileSync(join(sourcesDir, 'native-image.args'), 'utf8');
const h2Features = (args.match(/--features=(\S+)/)?.[1] ?? '').split(',').filter((f) => /\.h2\./i.test(f));
const h2Jars = files(join(sourcesDir, 'lib')).filter((f) => /h2database|jdbc-h2/.test(f)).map((f) => relative(sourcesDir, f));
const h2Classes = [...reflection.keys()].filter((n) => n.startsWith('org.h2.'));
if (h2Features.length || h2Jars.length || h2Classes.length) {
  fail(`the PostgreSQL build carries H2: features ${h2Features.join(',') || 'none'}; jars ${h2Jars.join(',') || 'none'}; ` +
    `${h2Classes.length} org.h2 classes for reflection`);
} else ok('no H2 driver, feature or class in the PostgreSQL build');
if (!/io\.quarkus\.jdbc\.postgresql\./.test(args)) fail('the PostgreSQL driver feature is missing from native-image.args');

for (const f of failures) console.log(`FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
