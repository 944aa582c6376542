import { isBinarySchema } from "../../../templates/fixtures/binary.js";
import { isRecord as isJson } from "../../load/json-pointer.js";
import { singleQuotedLiteral, stringLiteral } from "../code-text.js";
import { compileComposition } from "./compile-composition.js";
import { compileArray, compileObject } from "./compile-structure.js";
import { callCheck, type FunctionWriter, failure, pathOf, type Site } from "./function-writer.js";
import type { Json, ValidatorProgram } from "./validator-program.js";

const KNOWN_TYPES = ["string", "number", "integer", "boolean", "null", "array", "object"] as const;
type TypeName = (typeof KNOWN_TYPES)[number];

const STRING_KEYWORDS = ["minLength", "maxLength", "pattern", "format"];
const NUMBER_KEYWORDS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"];
const ARRAY_KEYWORDS = ["items", "prefixItems", "minItems", "maxItems", "uniqueItems", "contains"];
const OBJECT_KEYWORDS = [
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "dependentRequired",
  "unevaluatedProperties",
];

/** A message as code: a string literal, cut at 200 characters so a huge `const` cannot bloat the output. */
export function messageLiteral(text: string): string {
  return stringLiteral(text.length > 200 ? `${text.slice(0, 197)}...` : text);
}

/** The function body of a compiled check: the schema applied to the parameter `x`. */
export function compileSchema(program: ValidatorProgram, schema: unknown, writer: FunctionWriter): void {
  compileNode(program, schema, { value: "x", segments: [] }, writer);
}

/** The declared types this compiler knows (an unknown name was warned of at load and is ignored, as there). */
function typeList(type: unknown): TypeName[] | undefined {
  const names = typeof type === "string" ? [type] : Array.isArray(type) ? type : undefined;
  if (names === undefined) return undefined;
  const known = names.filter((name): name is TypeName => (KNOWN_TYPES as readonly unknown[]).includes(name));
  return known.length === 0 ? undefined : known;
}

/** Writes the checks of `schema` on the value at `site`. */
export function compileNode(program: ValidatorProgram, schema: unknown, site: Site, w: FunctionWriter): void {
  if (schema === false) {
    w.line(failure(pathOf(site.segments), `"is not allowed"`));
    return;
  }
  if (!isJson(schema)) return;
  const declared = typeList(schema.type);
  // OpenAPI 3.0's `nullable: true` adds null to the type and to the enum (3.0.3); the other keywords still apply to null.
  // On a schema with neither, nothing else can refuse null's type: null passes the whole schema.
  const nullable = program.openapi30 && schema.nullable === true;
  const types =
    nullable && declared !== undefined && !declared.includes("null") ? [...declared, "null" as const] : declared;
  const nullPasses = nullable && declared === undefined && !Array.isArray(schema.enum);
  // Bytes are what a binary string is at run time (a file part, a download): a Blob passes.
  const binary = isBinarySchema(schema);
  const guards = [
    ...(nullPasses ? [`${site.value} !== null`] : []),
    ...(binary ? [`!${program.helper("isFile")}(${site.value})`] : []),
  ];
  const checks = (): void =>
    compileChecks(
      program,
      nullable
        ? {
            ...schema,
            ...(Array.isArray(schema.enum) && !schema.enum.includes(null) ? { enum: [...schema.enum, null] } : {}),
          }
        : schema,
      types,
      site,
      w,
    );
  if (guards.length === 0) checks();
  else w.block(`if (${guards.join(" && ")})`, checks);
}

function compileChecks(
  program: ValidatorProgram,
  schema: Json,
  types: readonly TypeName[] | undefined,
  site: Site,
  w: FunctionWriter,
): void {
  if (typeof schema.$ref === "string")
    w.failWith(`!${callCheck(program.refFunction(schema.$ref), site, program.helper("dropPath"))}`, undefined);
  // 2019-09's `$recursiveRef: "#"`: the enclosing component schema (its `$recursiveAnchor` makes it the target).
  const recursive = schema.$recursiveRef === "#" ? program.enclosingComponent : undefined;
  if (recursive !== undefined)
    w.failWith(`!${callCheck(program.refFunction(recursive), site, program.helper("dropPath"))}`, undefined);
  if (types === undefined) {
    compileConstAndEnum(program, schema, site, w);
    compileKinds(program, schema, ["string", "number", "array", "object"], site, w, true);
  } else {
    const tests = [...new Set(types.map((type) => typeTest(type, site.value)))];
    const message = `${messageLiteral(`must be ${types.join(" or ")}, not `)} + ${program.helper("typeName")}(${site.value})`;
    w.line(`if (!(${tests.join(" || ")})) { ${failure(pathOf(site.segments), message)} }`);
    const kinds = kindsOf(types);
    // One kind and no null or boolean beside it: the type test above already tells the kind, no second test.
    const guarded = kinds.length !== 1 || types.some((type) => type === "null" || type === "boolean");
    // The value's type is right from here on: `const`/`enum` and the keywords of its kind say what else is wrong.
    w.block("else", () => {
      compileConstAndEnum(program, schema, site, w);
      compileKinds(program, schema, kinds, site, w, guarded);
    });
  }
  compileComposition(program, schema, site, w);
}

/** rules.ts's `isRecord`, written in place: a call per object costs the hot path a third of its speed. */
function objectTest(value: string): string {
  return `(typeof ${value} === "object" && ${value} !== null && !Array.isArray(${value}) && !(${value} instanceof Blob))`;
}

function typeTest(type: TypeName, value: string): string {
  switch (type) {
    case "string":
    case "number":
    case "boolean":
      return `typeof ${value} === "${type}"`;
    case "integer":
      return `Number.isInteger(${value})`;
    case "null":
      return `${value} === null`;
    case "array":
      return `Array.isArray(${value})`;
    case "object":
      return objectTest(value);
  }
}

type Kind = "string" | "number" | "array" | "object";

function kindsOf(types: readonly TypeName[]): Kind[] {
  const kinds = types.flatMap((type): Kind[] =>
    type === "integer" ? ["number"] : type === "boolean" || type === "null" ? [] : [type],
  );
  return [...new Set(kinds)];
}

/** The keywords of each kind the value may be, each behind a test of the kind where it is not known yet. */
function compileKinds(
  program: ValidatorProgram,
  schema: Json,
  kinds: readonly Kind[],
  site: Site,
  w: FunctionWriter,
  guarded: boolean,
): void {
  const x = site.value;
  const has = (keywords: readonly string[]): boolean => keywords.some((keyword) => schema[keyword] !== undefined);
  const kinds_: Record<Kind, { keywords: readonly string[]; test: string; compile: () => void }> = {
    string: {
      keywords: STRING_KEYWORDS,
      test: `typeof ${x} === "string"`,
      compile: () => compileString(program, schema, site, w),
    },
    number: {
      keywords: NUMBER_KEYWORDS,
      test: `typeof ${x} === "number"`,
      compile: () => compileNumber(program, schema, site, w),
    },
    array: {
      keywords: ARRAY_KEYWORDS,
      test: `Array.isArray(${x})`,
      compile: () => compileArray(program, schema, site, w),
    },
    object: { keywords: OBJECT_KEYWORDS, test: objectTest(x), compile: () => compileObject(program, schema, site, w) },
  };
  for (const kind of kinds) {
    const entry = kinds_[kind];
    if (!has(entry.keywords)) continue;
    if (guarded) w.block(`if (${entry.test})`, entry.compile);
    else entry.compile();
  }
}

/** Data as code: parsed from JSON text, so a `__proto__` key stays a property (an object literal would set the prototype). */
function jsonValue(value: unknown): string {
  return `JSON.parse(${singleQuotedLiteral(JSON.stringify(value))})`;
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

function compileConstAndEnum(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  const x = site.value;
  if (schema.const !== undefined) {
    const value = schema.const;
    const test = isPrimitive(value)
      ? `(${x} as unknown) !== ${JSON.stringify(value)}`
      : `!${program.helper("equal")}(${x}, ${program.constant("k", jsonValue(value))})`;
    w.failIf(test, site, messageLiteral(`must be ${JSON.stringify(value)}`));
  }
  if (!Array.isArray(schema.enum)) return;
  const options = schema.enum;
  const listed =
    options
      .slice(0, 10)
      .map((option) => JSON.stringify(option))
      .join(", ") + (options.length > 10 ? `, … (${options.length} values)` : "");
  let test: string;
  if (options.every(isPrimitive) && options.length <= 6)
    test =
      options.length === 0
        ? "true"
        : options.map((option) => `(${x} as unknown) !== ${JSON.stringify(option)}`).join(" && ");
  else if (options.every(isPrimitive))
    test = `!${program.constant("e", `/* @__PURE__ */ new Set<unknown>(${JSON.stringify(options)})`)}.has(${x})`;
  else
    test = `!${program.constant("e", `${jsonValue(options)} as unknown[]`)}.some((option: unknown) => ${program.helper("equal")}(${x}, option))`;
  w.failIf(test, site, messageLiteral(`must be one of ${listed}`));
}

function compileString(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  const x = site.value;
  const { minLength, maxLength, pattern, format } = schema;
  // Lengths count code points: the UTF-16 length bounds them (between half and all of it), so most strings skip the count.
  if (typeof minLength === "number" && minLength > 0) {
    w.failIf(
      `${x}.length < ${2 * minLength} && ${program.helper("codePoints")}(${x}) < ${minLength}`,
      site,
      messageLiteral(`must be at least ${minLength} characters`),
    );
  }
  if (typeof maxLength === "number")
    w.failIf(
      `${x}.length > ${maxLength} && ${program.helper("codePoints")}(${x}) > ${maxLength}`,
      site,
      messageLiteral(`must be at most ${maxLength} characters`),
    );
  if (typeof pattern === "string") {
    const regex = program.pattern(pattern);
    if (regex !== undefined)
      w.failIf(`!${regex}.test(${x})`, site, messageLiteral(`must match the pattern /${pattern}/`));
  }
  const check = typeof format === "string" ? program.format(format) : undefined;
  if (check?.type === "string")
    w.failIf(`!${check.check}(${x})`, site, messageLiteral(`must be a valid ${String(format)} (format)`));
}

function compileNumber(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  const x = site.value;
  const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format } = schema;
  if (typeof minimum === "number") {
    const exclusive = exclusiveMinimum === true;
    w.failIf(
      `${x} ${exclusive ? "<=" : "<"} ${minimum}`,
      site,
      messageLiteral(`must be ${exclusive ? ">" : ">="} ${minimum}`),
    );
  }
  if (typeof maximum === "number") {
    const exclusive = exclusiveMaximum === true;
    w.failIf(
      `${x} ${exclusive ? ">=" : ">"} ${maximum}`,
      site,
      messageLiteral(`must be ${exclusive ? "<" : "<="} ${maximum}`),
    );
  }
  if (typeof exclusiveMinimum === "number")
    w.failIf(`${x} <= ${exclusiveMinimum}`, site, messageLiteral(`must be > ${exclusiveMinimum}`));
  if (typeof exclusiveMaximum === "number")
    w.failIf(`${x} >= ${exclusiveMaximum}`, site, messageLiteral(`must be < ${exclusiveMaximum}`));
  if (typeof multipleOf === "number" && multipleOf > 0)
    w.failIf(
      `${program.helper("notMultiple")}(${x}, ${multipleOf})`,
      site,
      messageLiteral(`must be a multiple of ${multipleOf}`),
    );
  const check = typeof format === "string" ? program.format(format) : undefined;
  if (check?.type === "number")
    w.failIf(`!${check.check}(${x})`, site, messageLiteral(`must be a valid ${String(format)} (format)`));
}
