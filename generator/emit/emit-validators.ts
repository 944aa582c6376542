import type { ApiModel, OperationModel } from "../model/api-model.js";
import { compareText } from "../model/build-operations.js";
import { compactSchema } from "../model/fixture-table.js";
import { uniqueNames } from "../model/naming.js";
import { singleQuotedLiteral, stringLiteral } from "./code-text.js";
import type { TemplateSet } from "./template-engine.js";
import { compileSchema } from "./validators/compile-node.js";
import { schemaSource } from "./validators/schema-source.js";
import { type Direction, ValidatorProgram } from "./validators/validator-program.js";

/** The shared runtime's exports, by the module that holds them (rules.ts: the leaf checks; standard.ts: the rest). */
const STANDARD_EXPORTS = new Set(["branchIssues", "taggedBranch", "acceptAny", "acceptNone", "dropPath"]);

interface ValidatorView {
  readonly exportName?: string;
  readonly literal?: string;
  readonly type: string;
  readonly name: string;
  readonly check: string;
  readonly source: string;
}

/** `At<$O<n>, [...]>`: the type openapi-typescript gives a place of an operation (`$O<n>`, its alias), or unknown where it has none. */
function pathType(alias: string, keys: readonly (string | number)[]): string {
  return `$At<${alias}, [${keys.map((key) => (typeof key === "number" ? String(key) : stringLiteral(key))).join(", ")}]>`;
}

/** The operation's entry in openapi-typescript's `paths`, once per operation (each validator's type indexes into it). */
function operationType(operation: OperationModel): string {
  return `$At<$paths, [${stringLiteral(operation.path)}, ${stringLiteral(operation.method)}]>`;
}

/** One schema as a validator: its compiled check (for values travelling in `direction`), and the JSON Schema it hands out. */
function validatorView(
  program: ValidatorProgram,
  model: ApiModel,
  json: JsonConstants,
  schema: unknown,
  name: string,
  type: string,
  direction: Direction = "any",
): ValidatorView {
  return {
    type,
    name: stringLiteral(name),
    check: program.schemaFunction(schema, direction),
    source: schemaSource(model, schema, json.of, json.constant),
  };
}

/** JSON text constants of the schemas validators hand out, one per schema, shared. */
class JsonConstants {
  readonly lines: string[] = [];
  private readonly byText = new Map<string, string>();
  of = (schema: unknown): string => {
    const text = JSON.stringify(schema);
    const known = this.byText.get(text);
    if (known !== undefined) return known;
    const name = `$J${this.byText.size}`;
    this.byText.set(text, name);
    this.lines.push(`const ${name} = ${singleQuotedLiteral(text)};`);
    return name;
  };

  /** A constant holding `expression` (after every JSON text it names), shared by every use of the same text. */
  constant = (prefix: string, expression: string): string => {
    const known = this.byText.get(`${prefix}:${expression}`);
    if (known !== undefined) return known;
    const name = `${prefix}${this.lists++}`;
    this.byText.set(`${prefix}:${expression}`, name);
    this.lines.push(`const ${name} = ${expression};`);
    return name;
  };

  private lists = 0;
}

/** The parameters of an operation as one object schema, shaped as the client's `params`. */
function parametersSchema(operation: OperationModel): Record<string, unknown> | undefined {
  const parameters = operation.contract.parameters;
  if (parameters.length === 0) return undefined;
  const groups: Record<string, { properties: Record<string, unknown>; required: string[] }> = {};
  const params: Record<string, unknown> = {};
  for (const parameter of parameters) {
    if (parameter.in === "querystring") {
      Object.defineProperty(params, "querystring", { value: parameter.schema ?? {}, enumerable: true });
      continue;
    }
    const group = groups[parameter.in] ?? { properties: {}, required: [] };
    groups[parameter.in] = group;
    Object.defineProperty(group.properties, parameter.name, { value: parameter.schema ?? {}, enumerable: true });
    if (parameter.required) group.required.push(parameter.name);
  }
  for (const [location, group] of Object.entries(groups))
    params[location] = {
      type: "object",
      properties: group.properties,
      ...(group.required.length > 0 ? { required: group.required } : {}),
    };
  const required = Object.entries(groups)
    .filter(([, group]) => group.required.length > 0)
    .map(([location]) => location);
  return { type: "object", properties: params, ...(required.length > 0 ? { required } : {}) };
}

function operationView(
  program: ValidatorProgram,
  model: ApiModel,
  json: JsonConstants,
  operation: OperationModel,
  exportName: string,
  index: number,
): object {
  const label = (what: string): string => `${operation.methodName}: ${what}`;
  const alias = `$O${index}`;
  const params = parametersSchema(operation);
  const bodies = (operation.contract.requestBody?.media ?? []).filter((media) => media.schema !== undefined);
  const responses = operation.responses.map((response) => {
    const status = /^\d{3}$/.test(response.key) ? Number(response.key) : response.key;
    // A media type without a schema accepts any body, and a response without content is listed empty: either way
    // the status is documented, so the client never falls back to `default`'s or `4XX`'s schema for it.
    const media = response.media.flatMap((entry) => {
      const schema = (entry.stream === undefined ? entry.schema : entry.stream.itemSchema) ?? {};
      const what =
        entry.stream === undefined
          ? `${response.key} response ${entry.contentType}`
          : `${response.key} response ${entry.contentType} item`;
      return [
        {
          literal: stringLiteral(entry.contentType),
          ...validatorView(
            program,
            model,
            json,
            compactSchema(schema, model.schemaDialect === "3.0"),
            label(what),
            pathType(alias, ["responses", status, "content", entry.contentType]),
            "response",
          ),
        },
      ];
    });
    return { literal: stringLiteral(response.key), media };
  });
  return {
    exportName,
    alias,
    aliasType: operationType(operation),
    methodName: operation.methodName,
    params:
      params === undefined
        ? undefined
        : validatorView(
            program,
            model,
            json,
            params,
            label("parameters"),
            `NonNullable<${pathType(alias, ["parameters"])}>`,
            "request",
          ),
    bodies: bodies.map((media) => ({
      literal: stringLiteral(media.contentType),
      ...validatorView(
        program,
        model,
        json,
        media.schema,
        label(`request body ${media.contentType}`),
        pathType(alias, ["requestBody", "content", media.contentType]),
        "request",
      ),
    })),
    responses,
  };
}

/** `<methodName>Validators` for each operation, unique among the module's exports (the schemas' type names). */
export function operationValidatorNames(model: ApiModel): string[] {
  const taken = new Set([...model.schemas.map((schema) => schema.typeName), "operationValidators"]);
  return uniqueNames(
    model.operations.map((operation) => `${operation.methodName}Validators`),
    taken,
  );
}

/**
 * `src/validators.ts`: a Standard Schema validator per component schema (under its type name) and
 * per operation (parameters, request bodies, responses by status and media type), each compiled
 * to plain code, with the shared rules and the Standard Schema runtime beside it.
 */
export function renderValidators(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const program = new ValidatorProgram(model.fixtures.schemas, model.schemaDialect === "3.0", compileSchema);
  const json = new JsonConstants();
  const components = model.schemas.map((schema) => ({
    exportName: schema.typeName,
    ...validatorView(
      program,
      model,
      json,
      { $ref: `#/components/schemas/${encodeURIComponent(schema.name.replace(/~/g, "~0").replace(/\//g, "~1"))}` },
      schema.name,
      `$types.${schema.typeName}`,
    ),
  }));
  const names = operationValidatorNames(model);
  const operations = model.operations.map((operation, index) =>
    operationView(program, model, json, operation, names[index] ?? "", index),
  );
  const code = program.render();
  const helpers = [...program.imports].sort(compareText);
  const view = {
    rulesImports: helpers
      .filter((name) => !STANDARD_EXPORTS.has(name))
      .map((name) => `${name} as $${name}`)
      .join(", "),
    standardImports: helpers
      .filter((name) => STANDARD_EXPORTS.has(name))
      .map((name) => `${name} as $${name}`)
      .join(", "),
    hasTypes: model.schemas.length > 0,
    jsonLines: json.lines,
    code,
    components,
    operations,
  };
  return new Map([
    ["src/validators.ts", templates.render("validators.ts", view)],
    ["src/validators/rules.ts", templates.render("validators/rules.ts", {})],
    ["src/validators/standard.ts", templates.render("validators/standard.ts", {})],
    ["src/validators/json-schema.ts", templates.render("validators/json-schema.ts", {})],
  ]);
}
