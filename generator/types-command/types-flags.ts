// The flags of `openapi-client-codegen types`: openapi-typescript 7.13's CLI flags, parsed by the
// same parser (yargs-parser, loaded from openapi-typescript's own dependencies) with the same
// settings, so `--enum=true`, `--default-non-nullable false`, `--no-alphabetize` and `-t` mean
// what they meant there.
import { createRequire } from "node:module";
import { SpecError } from "../errors.js";

export const TYPES_HELP = `Usage
  $ openapi-client-codegen types [input] [options]

Writes what openapi-typescript 7.13's CLI writes for an OpenAPI 3.0/3.1 document, byte for byte;
also reads OpenAPI 3.2 and Swagger 2.0 (converted to 3.0), with located warnings.

Options
  --help                     Display this
  --version                  Display the version
  --redocly [path], -c       Specify path to Redocly config (default: redocly.yaml)
  --output, -o               Specify output file (if not specified in redocly.yaml)
  --enum                     Export true TS enums instead of unions
  --enum-values              Export enum values as arrays
  --conditional-enums        Only generate true TS enums when enum metadata is available (default: false)
  --dedupe-enums             Dedupe enum types when \`--enum=true\` is set
  --check                    Check that the generated types are up-to-date. (default: false)
  --export-type, -t          Export top-level \`type\` instead of \`interface\`
  --immutable                Generate readonly types
  --additional-properties    Treat schema objects as if \`additionalProperties: true\` is set
  --empty-objects-unknown    Generate \`unknown\` instead of \`Record<string, never>\` for empty objects
  --default-non-nullable     Set to \`false\` to ignore default values when generating non-nullable types
  --properties-required-by-default
                             Treat schema objects as if \`required\` is set to all properties by default
  --array-length             Generate tuples using array minItems / maxItems
  --path-params-as-types     Convert paths to template literal types
  --alphabetize              Sort object keys alphabetically
  --exclude-deprecated       Exclude deprecated types
  --root-types (optional)    Export schemas types at root level
  --root-types-no-schema-prefix (optional)
                             Do not add "Schema" prefix to types at the root level (should only be used with --root-types)
  --root-types-keep-casing   Keep casing of root types (should only be used with --root-types)
  --make-paths-enum          Generate ApiPaths enum for all paths
  --read-write-markers       Generate $Read/$Write markers for readOnly/writeOnly properties
  --null-safe-with-required  Not in openapi-typescript: write its WithRequired helper so that it compiles
                             when the object may be null (see docs/from-openapi-typescript.md)

Exit codes: 0 done, 1 out of date (--check), 2 bad input, 3 internal error.`;

/** openapi-typescript's boolean options, as its CLI lists them for yargs-parser. */
const BOOLEAN_OPTIONS = [
  "additionalProperties",
  "alphabetize",
  "arrayLength",
  "contentNever",
  "defaultNonNullable",
  "propertiesRequiredByDefault",
  "emptyObjectsUnknown",
  "enum",
  "enumValues",
  "conditionalEnums",
  "dedupeEnums",
  "excludeDeprecated",
  "exportType",
  "immutable",
  "pathParamsAsTypes",
  "rootTypes",
  "rootTypesNoSchemaPrefix",
  "rootTypesKeepCasing",
  "makePathsEnum",
  "generatePathParams",
  "readWriteMarkers",
] as const;

export type TransformFlag = (typeof BOOLEAN_OPTIONS)[number];

export interface TypesFlags {
  readonly input: string | undefined;
  readonly output: string | undefined;
  readonly redocly: string | undefined;
  readonly check: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly nullSafeWithRequired: boolean;
  /** Only the flags given: openapiTS() fills in the rest with its defaults. */
  readonly options: Readonly<Partial<Record<TransformFlag, boolean>>>;
  /** What openapi-typescript's CLI says about the command line before it starts (to stderr). */
  readonly notes: readonly string[];
}

type Parsed = { _: (string | number)[] } & Record<string, unknown>;
type YargsParser = (args: string[], options: Record<string, unknown>) => Parsed;

/** openapi-typescript's own copy of yargs-parser, so parsing cannot drift from its CLI's. */
function loadYargsParser(): YargsParser {
  const fromHere = createRequire(import.meta.url);
  const fromOpenapiTypescript = createRequire(fromHere.resolve("openapi-typescript"));
  return fromOpenapiTypescript("yargs-parser") as YargsParser;
}

/** Flags its CLI renamed or dropped, refused with the same messages. */
const RENAMED: readonly (readonly [string, string])[] = [
  ["-ap", `The -ap alias has been deprecated. Use "--additional-properties" instead.`],
  ["--immutable-types", `The --immutable-types flag has been renamed to "--immutable".`],
  ["--support-array-length", `The --support-array-length flag has been renamed to "--array-length".`],
  ["-it", `The -it alias has been deprecated. Use "--immutable-types" instead.`],
  ["--redoc", `The --redoc config flag has been renamed to "--redocly" (or -c as shorthand).`],
];

function badOption(message: string, flag: string): SpecError {
  return new SpecError([{ message, location: { file: flag, pointer: "" } }], "bad option");
}

export function parseTypesFlags(args: readonly string[]): TypesFlags {
  for (const [flag, message] of RENAMED) if (args.includes(flag)) throw badOption(message, flag);
  const notes: string[] = [];
  for (const flag of ["--root-types-no-schema-prefix", "--root-types-keep-casing"])
    if (args.includes(flag) && !args.includes("--root-types"))
      notes.push(`${flag} has no effect without --root-types flag`);
  const flags = loadYargsParser()([...args], {
    boolean: [...BOOLEAN_OPTIONS, "check", "help", "nullSafeWithRequired"],
    string: ["output", "redocly"],
    alias: { redocly: ["c"], exportType: ["t"], output: ["o"] },
  });
  const options: Partial<Record<TransformFlag, boolean>> = {};
  for (const name of BOOLEAN_OPTIONS) {
    const value = flags[name];
    if (typeof value === "boolean") options[name] = value;
  }
  const [input, ...extra] = flags._.map(String);
  if (extra.length > 0) throw badOption(`one input document is read; also given: ${extra.join(" ")}`, extra[0] ?? "");
  return {
    input,
    output: stringFlag(flags.output),
    redocly: stringFlag(flags.redocly),
    check: flags.check === true,
    help: "help" in flags,
    version: "version" in flags,
    nullSafeWithRequired: flags.nullSafeWithRequired === true,
    options,
    notes,
  };
}

/** yargs-parser gives "" for a string flag with no value and an array for a repeated one: the last wins. */
function stringFlag(value: unknown): string | undefined {
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === "string" && last !== "" ? last : undefined;
}
