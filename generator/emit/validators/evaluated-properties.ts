import { isRecord as isJson } from "../../load/json-pointer.js";
import type { Json, ValidatorProgram } from "./validator-program.js";

/** The properties of an object a schema's keywords evaluate (JSON Schema 2020-12, §11.3), as `unevaluatedProperties` reads them. */
export interface Evaluated {
  /** `additionalProperties` or a nested `unevaluatedProperties` evaluates every property. */
  readonly all: boolean;
  readonly names: readonly string[];
  readonly patterns: readonly string[];
  /** Subschemas that evaluate their properties only when they accept the value (`anyOf`/`oneOf` branches, `if`): the check to run, and what it evaluates then. */
  readonly dynamic: readonly { readonly check: string; readonly evaluated: Evaluated; readonly whenFails?: true }[];
}

function merge(a: Evaluated, b: Evaluated): Evaluated {
  return {
    all: a.all || b.all,
    names: [...new Set([...a.names, ...b.names])],
    patterns: [...new Set([...a.patterns, ...b.patterns])],
    dynamic: [...a.dynamic, ...b.dynamic],
  };
}

const NOTHING: Evaluated = { all: false, names: [], patterns: [], dynamic: [] };

/**
 * What `schema` evaluates in place: its own `properties`, `patternProperties` and
 * `additionalProperties`, those of its `allOf` parts and `$ref` target (always applied), and, known
 * only at run time, those of each `anyOf`/`oneOf` branch and `if` that accepts the value. A branch's
 * own branches count as its static part (the corpus has no deeper nesting; ajv tracks it fully).
 */
export function evaluatedProperties(
  program: ValidatorProgram,
  schema: Json,
  seen: ReadonlySet<string> = new Set(),
  root = true,
  branches = true,
): Evaluated {
  let result: Evaluated = {
    all: schema.additionalProperties !== undefined || (!root && schema.unevaluatedProperties !== undefined),
    names: isJson(schema.properties) ? Object.keys(schema.properties) : [],
    patterns: isJson(schema.patternProperties) ? Object.keys(schema.patternProperties) : [],
    dynamic: [],
  };
  const inPlace = (part: unknown, allowBranches: boolean): Evaluated =>
    isJson(part) ? evaluatedProperties(program, part, seen, false, allowBranches) : NOTHING;
  if (typeof schema.$ref === "string" && !seen.has(schema.$ref)) {
    const target = program.resolve(schema.$ref);
    if (isJson(target))
      result = merge(result, evaluatedProperties(program, target, new Set([...seen, schema.$ref]), false, branches));
  }
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) result = merge(result, inPlace(part, branches));
  for (const keyword of ["anyOf", "oneOf"] as const) {
    for (const branch of Array.isArray(schema[keyword]) ? schema[keyword] : []) {
      const evaluated = inPlace(branch, false);
      if (branches)
        result = merge(result, { ...NOTHING, dynamic: [{ check: program.schemaFunction(branch), evaluated }] });
      else result = merge(result, { ...evaluated, dynamic: [] });
    }
  }
  if (schema.if !== undefined && branches) {
    // `if` and `then` evaluate when `if` accepts the value; `else` when it does not.
    const check = program.schemaFunction(schema.if);
    const then = merge(inPlace(schema.if, false), inPlace(schema.then, false));
    result = merge(result, {
      ...NOTHING,
      dynamic: [
        { check, evaluated: then },
        { check, evaluated: inPlace(schema.else, false), whenFails: true },
      ],
    });
  }
  return result;
}
