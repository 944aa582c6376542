import type { ApiModel, SchemaModel } from "../model/api-model.js";
import { compareText } from "../model/build-operations.js";
import { uniqueNames } from "../model/naming.js";
import { type DocBlock, stringLiteral } from "./code-text.js";
import { exampleOperation } from "./example-operation.js";
import type { TemplateSet } from "./template-engine.js";

/** One `[name, JSON]` line per schema and per schema's traits, sorted by name, for a readable diff. */
function schemaTableView(fixtures: ApiModel["fixtures"]): {
  schemas: { name: string; json: string }[];
  traits: { name: string; json: string }[];
} {
  const lines = (record: Record<string, unknown>) =>
    Object.keys(record)
      .sort(compareText)
      .map((name) => ({ name, json: JSON.stringify(record[name]) }));
  return { schemas: lines(fixtures.schemas), traits: lines(fixtures.traits) };
}

/** The static engine files, rendered from templates/fixtures/ into src/fixtures/. */
const ENGINE_FILES = [
  "schema",
  "binary",
  "random",
  "pattern",
  "strings",
  "validate",
  "merge",
  "locate",
  "feasible-choice",
  "feasible",
  "states",
  "engine",
  "choice",
  "distinguish",
  "build",
  "operations",
] as const;

function builderDoc(schema: SchemaModel, traits: readonly string[]): DocBlock {
  const traitLine =
    traits.length === 0
      ? undefined
      : `Traits: ${traits.map((trait) => `\`${trait}\``).join(", ")} (\`options.trait\`).`;
  return {
    paragraphs: [
      `A \`${schema.typeName}\` with realistic, deterministic values: required properties always, optional ones unless deprecated. Overrides merge in (arrays replace).`,
      traitLine,
    ],
    ...(schema.deprecated
      ? { tags: [{ name: "deprecated", text: "The schema is deprecated in the API description." }] }
      : {}),
  };
}

interface BuilderNames {
  readonly build: string;
  readonly list: string;
}

/** Worked out once per model: the README asks for one schema's names per operation. */
const builderNames = new WeakMap<
  ApiModel,
  { readonly inOrder: readonly BuilderNames[]; readonly byName: ReadonlyMap<string, BuilderNames> }
>();

function namesOf(model: ApiModel): {
  readonly inOrder: readonly BuilderNames[];
  readonly byName: ReadonlyMap<string, BuilderNames>;
} {
  const known = builderNames.get(model);
  if (known !== undefined) return known;
  const singles = model.schemas.map((schema) => `build${schema.typeName}`);
  const lists = model.schemas.map((schema) => `build${schema.typeName}List`);
  // Single builders keep their names; a list builder that would clash (schemas Foo and FooList) steps aside.
  const names = uniqueNames([...singles, ...lists], new Set(["mergeOverrides", "resetFixtureSequence"]));
  const inOrder = model.schemas.map((_, index) => ({
    build: names[index] ?? "",
    list: names[model.schemas.length + index] ?? "",
  }));
  const byName = new Map<string, BuilderNames>();
  model.schemas.forEach((schema, index) => {
    const entry = inOrder[index];
    if (!byName.has(schema.name) && entry !== undefined) byName.set(schema.name, entry);
  });
  const result = { inOrder, byName };
  builderNames.set(model, result);
  return result;
}

/** The builder and list-builder names of each schema, in `model.schemas` order (shared with the README). */
export function fixtureBuilderNames(model: ApiModel): readonly BuilderNames[] {
  return namesOf(model).inOrder;
}

/** The builder names of the (first) component schema named `name`. */
export function fixtureBuilderOf(model: ApiModel, name: string | undefined): BuilderNames | undefined {
  return name === undefined ? undefined : namesOf(model).byName.get(name);
}

/** `src/fixtures.ts` (one builder and one list builder per component schema) and the engine it runs on. */
export function renderFixtures(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const names = fixtureBuilderNames(model);
  const builders = model.schemas.map((schema, index) => {
    const traits = Object.keys(model.fixtures.traits[schema.name] ?? {}).sort();
    const buildName = names[index]?.build ?? "";
    return {
      name: schema.name,
      typeName: schema.typeName,
      buildName,
      listName: names[index]?.list ?? "",
      traitType: traits.length === 0 ? "never" : traits.map(stringLiteral).join(" | "),
      discriminator: schema.discriminator,
      doc: builderDoc(schema, traits),
      listDoc: { paragraphs: [`\`count\` values of {@link ${buildName}}, each with its own ids.`] },
    };
  });
  const operations = model.operations.map((operation) => ({
    methodName: operation.methodName,
    resultType: operation.resultTypeName,
  }));
  const view = {
    typeNames: model.schemas.map((schema) => schema.typeName),
    builders,
    operations,
    resultTypes: [...new Set(operations.map((operation) => operation.resultType))].sort(),
    exampleOperation: exampleOperation(model)?.methodName ?? "",
  };
  const files = new Map([
    ["src/fixtures.ts", templates.render("fixtures.ts", view)],
    ["src/schema-table.ts", templates.render("schema-table.ts", schemaTableView(model.fixtures))],
  ]);
  for (const file of ENGINE_FILES) files.set(`src/fixtures/${file}.ts`, templates.render(`fixtures/${file}.ts`, {}));
  return files;
}
