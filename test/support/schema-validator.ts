import { Ajv, type ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { isRecord } from "../../generator/load/json-pointer.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;
const DROPPED = new Set(["discriminator", "example", "xml", "externalDocs", "deprecated", "nullable"]);

/** OpenAPI 3.0 schema dialect → JSON Schema draft-07 (nullable, boolean exclusive bounds); 3.1 passes through. */
function toJsonSchema(value: unknown, openapi30: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => toJsonSchema(item, openapi30));
  if (!isRecord(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (DROPPED.has(key) || key.startsWith("x-")) continue;
    const keepAsData = key === "enum" || key === "const" || key === "default" || key === "examples" || key === "required";
    Object.defineProperty(result, key, { value: keepAsData ? item : toJsonSchema(item, openapi30), enumerable: true, writable: true, configurable: true });
  }
  if (key30(value, "nullable") && openapi30) {
    if (typeof result.type === "string") result.type = [result.type, "null"];
    else if (result.enum === undefined) return { anyOf: [result, { type: "null" }] };
    if (Array.isArray(result.enum)) result.enum = [...result.enum, null];
  }
  if (openapi30 && typeof value.exclusiveMinimum === "boolean") {
    delete result.exclusiveMinimum;
    if (value.exclusiveMinimum) result.exclusiveMinimum = value.minimum;
    if (value.exclusiveMinimum) delete result.minimum;
  }
  if (openapi30 && typeof value.exclusiveMaximum === "boolean") {
    delete result.exclusiveMaximum;
    if (value.exclusiveMaximum) result.exclusiveMaximum = value.maximum;
    if (value.exclusiveMaximum) delete result.maximum;
  }
  return result;
}

function key30(value: Record<string, unknown>, key: string): boolean {
  return value[key] === true;
}

/** Validators for every component schema of a bundled document, by schema name. */
export function schemaValidators(document: Record<string, unknown>): (name: string) => ValidateFunction {
  const openapi30 = String(document.openapi).startsWith("3.0");
  // ownProperties: without it ajv reads an inherited `constructor` as if the data had one.
  const options = { strict: false, allErrors: true, logger: false as const, validateFormats: true, ownProperties: true };
  const ajv = openapi30 ? new Ajv(options) : new Ajv2020(options);
  addFormats(ajv as Ajv);
  const components = isRecord(document.components) ? document.components : {};
  ajv.addSchema({ components: { schemas: toJsonSchema(components.schemas ?? {}, openapi30) } }, "spec");
  return (name) => {
    const pointerToken = name.replace(/~/g, "~0").replace(/\//g, "~1");
    const validate = ajv.getSchema(`spec#/components/schemas/${encodeURIComponent(pointerToken)}`);
    if (validate === undefined) throw new Error(`no validator for ${name}`);
    return validate;
  };
}
