// Swagger 2.0 and OpenAPI 3.2, which openapi-typescript cannot read (it refuses 2.0 and reads 3.2
// as 3.1, dropping QUERY, additionalOperations, querystring and itemSchema): read by this
// repository's loader (converted, bundled, checked, with located warnings), then printed by
// openapi-typescript from the 3.1 form that generate's schema.ts is printed from.

import { downlevelDocument } from "../emit/oas32-types.js";
import type { SpecWarning } from "../errors.js";
import { isRecord, setOwn } from "../load/json-pointer.js";
import { loadSpec } from "../load/load-spec.js";
import { isOas32 } from "../load/path-item-operations.js";
import { PRINT_MARK, protectKeys } from "../load/protected-keys.js";
import { DATA_KEYWORDS, SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_SINGLES } from "../load/schema-keywords.js";
import { type PrintOptions, printLoaded } from "./print-types.js";

export interface LoadedTypes {
  readonly text: string;
  readonly warnings: readonly SpecWarning[];
  readonly entryFile: string;
}

const LISTS: ReadonlySet<string> = new Set(SCHEMA_LISTS);
const MAPS: ReadonlySet<string> = new Set(SCHEMA_MAPS);
/** `additionalProperties: false` stays: openapi-typescript prints that itself. */
const SINGLES: ReadonlySet<string> = new Set(SCHEMA_SINGLES.filter((key) => key !== "additionalProperties"));

function spelledOut(value: unknown): unknown {
  return value === true ? {} : value === false ? { not: {} } : value;
}

/**
 * Boolean schemas (3.1 and 3.2 allow them) written as the objects they mean, where openapi-typescript
 * reads an object (it throws on `oneOf: [true, …]`). The same rewrite as emit/printable-document.ts,
 * without its other changes (bare media typed as Blob or string), which `types` does not make.
 */
function spellOutBooleanSchemas(value: unknown): void {
  if (Array.isArray(value)) {
    value.forEach(spellOutBooleanSchemas);
    return;
  }
  if (!isRecord(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (DATA_KEYWORDS.has(key)) continue;
    if (LISTS.has(key) && Array.isArray(item))
      item.forEach((schema, index) => {
        item[index] = spelledOut(schema);
      });
    else if (SINGLES.has(key)) setOwn(value, key, spelledOut(item));
    else if (MAPS.has(key) && isRecord(item))
      for (const [name, schema] of Object.entries(item)) setOwn(item, name, spelledOut(schema));
    spellOutBooleanSchemas(value[key]);
  }
}

export async function loaderTypes(specPath: string, options: PrintOptions): Promise<LoadedTypes> {
  const loaded = await loadSpec(specPath);
  const copy = structuredClone(loaded.document);
  downlevelDocument(copy, loaded.document);
  spellOutBooleanSchemas(copy);
  // Redocly's bundle, which openapi-typescript's CLI runs, adds an empty `components`.
  if (copy.components === undefined) copy.components = {};
  protectKeys(copy, PRINT_MARK);
  const text = printLoaded(copy, isOas32(loaded.document), options, loaded.locate);
  return { text, warnings: loaded.warnings, entryFile: loaded.entryFile };
}
