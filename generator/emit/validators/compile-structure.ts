import { isRecord as isJson } from "../../load/json-pointer.js";
import { stringLiteral } from "../code-text.js";
import { compileNode, messageLiteral } from "./compile-node.js";
import { type Evaluated, evaluatedProperties } from "./evaluated-properties.js";
import { type FunctionWriter, failure, pathOf, type Site } from "./function-writer.js";
import type { Json, ValidatorProgram } from "./validator-program.js";

/** Every keyword the compiler turns into a check; a schema without any accepts every value. */
const CHECKED_KEYWORDS = new Set([
  "$ref",
  "$recursiveRef",
  "type",
  "nullable",
  "const",
  "enum",
  "format",
  "pattern",
  "minLength",
  "maxLength",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "uniqueItems",
  "contains",
  "properties",
  "required",
  "additionalProperties",
  "patternProperties",
  "propertyNames",
  "minProperties",
  "maxProperties",
  "dependentRequired",
  "unevaluatedProperties",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "if",
]);

/** Object.prototype's own names: a property of that name is read only when the value has it itself. */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A property read that never reaches the prototype: `x["constructor"]` on `{}` is undefined here. */
function propertyRead(value: string, name: string): string {
  const key = stringLiteral(name);
  return INHERITED.has(name) ? `(Object.hasOwn(${value}, ${key}) ? ${value}[${key}] : undefined)` : `${value}[${key}]`;
}

/** Whether a schema checks nothing (`true`, `{}`, annotations only): no loop or flag is written for it. */
function acceptsAll(schema: unknown): boolean {
  return (
    schema === true ||
    schema === undefined ||
    (isJson(schema) && !Object.keys(schema).some((keyword) => CHECKED_KEYWORDS.has(keyword)))
  );
}

export function compileArray(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  const x = site.value;
  const { minItems, maxItems, uniqueItems, prefixItems, items, contains } = schema;
  if (typeof minItems === "number" && minItems > 0)
    w.failIf(`${x}.length < ${minItems}`, site, messageLiteral(`must have at least ${minItems} items`));
  if (typeof maxItems === "number")
    w.failIf(`${x}.length > ${maxItems}`, site, messageLiteral(`must have at most ${maxItems} items`));
  if (uniqueItems === true) {
    const pair = w.fresh("d");
    w.block(`if (${x}.length > 1)`, () => {
      w.line(`const ${pair} = ${program.helper("duplicateItems")}(${x});`);
      w.failIf(
        `${pair} !== undefined`,
        site,
        `"must not have duplicate items (items " + ${pair}[0] + " and " + ${pair}[1] + " are equal)"`,
      );
    });
  }
  const tuple = Array.isArray(prefixItems) ? prefixItems : [];
  tuple.forEach((itemSchema, index) => {
    if (acceptsAll(itemSchema)) return;
    const item = w.fresh("v");
    w.block(
      `if (${x}.length > ${index})`,
      () => compileNode(program, itemSchema, { value: item, segments: [...site.segments, String(index)] }, w),
      [`const ${item} = ${x}[${index}];`],
    );
  });
  if (items !== undefined && !Array.isArray(items) && !acceptsAll(items)) {
    const index = w.fresh("i");
    const item = w.fresh("v");
    w.block(
      `for (let ${index} = ${tuple.length}; ${index} < ${x}.length; ${index}++)`,
      () => compileNode(program, items, { value: item, segments: [...site.segments, index] }, w),
      [`const ${item} = ${x}[${index}];`],
    );
  }
  if (contains !== undefined) compileContains(program, schema, site, w);
}

function compileContains(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  const x = site.value;
  const check = program.schemaFunction(schema.contains);
  const count = w.fresh("n");
  const min = typeof schema.minContains === "number" ? schema.minContains : 1;
  w.line(`let ${count} = 0; for (const item of ${x}) if (${check}(item, p, null)) ${count}++;`);
  if (min > 0)
    w.failIf(`${count} < ${min}`, site, messageLiteral(`must contain at least ${min} item(s) matching \`contains\``));
  if (typeof schema.maxContains === "number")
    w.failIf(
      `${count} > ${schema.maxContains}`,
      site,
      messageLiteral(`must contain at most ${schema.maxContains} item(s) matching \`contains\``),
    );
}

/** `key` is not one of `names`: a chain of comparisons for a few, a Set for more. */
function notAmong(program: ValidatorProgram, names: readonly string[], key: string): string {
  if (names.length === 0) return "true";
  if (names.length <= 6) return names.map((name) => `${key} !== ${stringLiteral(name)}`).join(" && ");
  return `!${program.constant("n", `/* @__PURE__ */ new Set<string>(${JSON.stringify(names)})`)}.has(${key})`;
}

/** Whether a required property is required where the value travels: not a `readOnly` one in a request, nor a `writeOnly` one in a response. */
function requiredIn(program: ValidatorProgram, propertySchema: unknown): boolean {
  const direction = program.direction;
  if (direction === "any" || !isJson(propertySchema)) return true;
  const keyword = direction === "request" ? "readOnly" : "writeOnly";
  const target = typeof propertySchema.$ref === "string" ? program.resolve(propertySchema.$ref) : undefined;
  return propertySchema[keyword] !== true && !(isJson(target) && target[keyword] === true);
}

export function compileObject(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  const x = site.value;
  const properties = isJson(schema.properties) ? schema.properties : {};
  const required = (
    Array.isArray(schema.required)
      ? [...new Set(schema.required.filter((name): name is string => typeof name === "string"))]
      : []
  ).filter((name) => requiredIn(program, properties[name]));
  // A required property the schema also describes is read once, below, and checked there.
  for (const name of required)
    if (!Object.hasOwn(properties, name) || acceptsAll(properties[name]))
      w.failIf(`${propertyRead(x, name)} === undefined`, site, `"is required"`, [stringLiteral(name)]);
  compilePropertyCounts(schema, site, w);
  const dependent = isJson(schema.dependentRequired) ? schema.dependentRequired : {};
  for (const [name, needed] of Object.entries(dependent)) {
    for (const other of Array.isArray(needed)
      ? needed.filter((item): item is string => typeof item === "string")
      : []) {
      w.failIf(
        `${propertyRead(x, name)} !== undefined && ${propertyRead(x, other)} === undefined`,
        site,
        messageLiteral(`is required when ${name} is present`),
        [stringLiteral(other)],
      );
    }
  }
  for (const [name, propertySchema] of Object.entries(properties)) {
    if (acceptsAll(propertySchema)) continue;
    const value = w.fresh("v");
    const segment = stringLiteral(name);
    w.line(`const ${value} = ${propertyRead(x, name)};`);
    if (required.includes(name)) w.failIf(`${value} === undefined`, site, `"is required"`, [segment]);
    w.block(`${required.includes(name) ? "else" : `if (${value} !== undefined)`}`, () =>
      compileNode(program, propertySchema, { value, segments: [...site.segments, segment] }, w),
    );
  }
  compileKeyLoop(program, schema, Object.keys(properties), site, w);
}

function compilePropertyCounts(schema: Json, site: Site, w: FunctionWriter): void {
  const { minProperties, maxProperties } = schema;
  if (typeof minProperties !== "number" && typeof maxProperties !== "number") return;
  const count = w.fresh("n");
  w.line(`const ${count} = Object.keys(${site.value}).length;`);
  if (typeof minProperties === "number")
    w.failIf(`${count} < ${minProperties}`, site, messageLiteral(`must have at least ${minProperties} properties`));
  if (typeof maxProperties === "number")
    w.failIf(`${count} > ${maxProperties}`, site, messageLiteral(`must have at most ${maxProperties} properties`));
}

/** The keywords that read every key: propertyNames, patternProperties, additionalProperties, unevaluatedProperties. */
function compileKeyLoop(
  program: ValidatorProgram,
  schema: Json,
  declared: readonly string[],
  site: Site,
  w: FunctionWriter,
): void {
  const x = site.value;
  const patterns = Object.entries(isJson(schema.patternProperties) ? schema.patternProperties : {}).flatMap(
    ([pattern, patternSchema]) => {
      const regex = program.pattern(pattern);
      return regex === undefined ? [] : [{ regex, schema: patternSchema }];
    },
  );
  const additional = schema.additionalProperties;
  const unevaluated = acceptsAll(schema.unevaluatedProperties) ? undefined : schema.unevaluatedProperties;
  const names = schema.propertyNames;
  const needsAdditional = additional !== undefined && !acceptsAll(additional);
  if (patterns.length === 0 && !needsAdditional && unevaluated === undefined && acceptsAll(names)) return;
  const evaluated = unevaluated === undefined ? undefined : evaluatedProperties(program, schema);
  const dynamic = (evaluated?.dynamic ?? []).map((entry) => ({ ...entry, flag: w.fresh("d") }));
  for (const entry of dynamic) w.line(`const ${entry.flag} = ${entry.check}(${x}, p, null);`);
  const key = w.fresh("k");
  const value = w.fresh("v");
  const matched = w.fresh("m");
  const keySegments = [...site.segments, key];
  w.block(`for (const ${key} of Object.keys(${x}))`, () => {
    if (!acceptsAll(names)) compileNode(program, names, { value: key, segments: keySegments }, w);
    for (const pattern of patterns) {
      // The flag is the block's own first line, so a pattern whose schema checks nothing still marks the key as matched.
      w.block(`if (${pattern.regex}.test(${key}))`, () => {
        if (needsAdditional) w.line(`${matched} = true;`);
        compileNode(program, pattern.schema, { value, segments: keySegments }, w);
      });
    }
    if (needsAdditional) {
      const unmatched = patterns.length === 0 ? "" : ` && !${matched}`;
      w.block(`if (${notAmong(program, declared, key)}${unmatched})`, () =>
        compileRest(program, additional, { value, segments: keySegments }, w, "additionalProperties"),
      );
    }
    if (evaluated !== undefined)
      compileUnevaluated(program, evaluated, dynamic, unevaluated, { value, segments: keySegments }, key, w);
  }, [
    `const ${value} = ${x}[${key}];`,
    ...(needsAdditional && patterns.length > 0 ? [`let ${matched} = false;`] : []),
  ]);
}

/** The properties no keyword of the schema (nor of a subschema that applies in place and accepted the value) evaluated. */
function compileUnevaluated(
  program: ValidatorProgram,
  evaluated: Evaluated,
  dynamic: readonly { readonly flag: string; readonly evaluated: Evaluated; readonly whenFails?: true }[],
  unevaluated: unknown,
  site: Site,
  key: string,
  w: FunctionWriter,
): void {
  if (evaluated.all) return;
  const claims = (entry: Evaluated): string => {
    if (entry.all) return "true";
    const tests = [
      ...(entry.names.length === 0 ? [] : [`!(${notAmong(program, entry.names, key)})`]),
      ...entry.patterns.flatMap((pattern) => {
        const regex = program.pattern(pattern);
        return regex === undefined ? [] : [`${regex}.test(${key})`];
      }),
    ];
    return tests.length === 0 ? "false" : tests.join(" || ");
  };
  const evaluatedTest = [
    claims(evaluated),
    ...dynamic.map((entry) => `(${entry.whenFails === true ? "!" : ""}${entry.flag} && (${claims(entry.evaluated)}))`),
  ].filter((test) => test !== "false" && !test.endsWith("&& (false))"));
  w.block(`if (!(${evaluatedTest.length === 0 ? "false" : evaluatedTest.join(" || ")}))`, () =>
    compileRest(program, unevaluated, site, w, "unevaluatedProperties"),
  );
}

/** A property no other keyword claims: refused by `false`, else checked by the schema. */
function compileRest(program: ValidatorProgram, schema: unknown, site: Site, w: FunctionWriter, keyword: string): void {
  if (schema === false)
    w.line(failure(pathOf(site.segments), messageLiteral(`is not an allowed property (${keyword})`)));
  else compileNode(program, schema, site, w);
}
