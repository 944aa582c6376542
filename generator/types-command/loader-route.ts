// Swagger 2.0 and OpenAPI 3.2, which openapi-typescript cannot read (it refuses 2.0 and reads 3.2
// as 3.1, dropping QUERY, additionalOperations, querystring and itemSchema): read by this
// repository's loader (converted, bundled, checked, with located warnings), then printed by
// openapi-typescript from the 3.1 form that generate's schema.ts is printed from.

import { downlevelDocument } from "../emit/oas32-types.js";
import { spellOutBooleanSchemas } from "../emit/printable-document.js";
import type { SpecWarning } from "../errors.js";
import { loadSpec } from "../load/load-spec.js";
import { isOas32 } from "../load/path-item-operations.js";
import { PRINT_MARK, protectKeys } from "../load/protected-keys.js";
import { type PrintOptions, printLoaded } from "./print-types.js";

export interface LoadedTypes {
  readonly text: string;
  readonly warnings: readonly SpecWarning[];
  readonly entryFile: string;
}

export async function loaderTypes(specPath: string, options: PrintOptions): Promise<LoadedTypes> {
  const loaded = await loadSpec(specPath);
  const copy = structuredClone(loaded.document);
  downlevelDocument(copy, loaded.document);
  // The boolean-schema rewrite of generate's schema.ts, without its other changes (bare media typed
  // as Blob or string), which `types` does not make.
  spellOutBooleanSchemas(copy);
  // Redocly's bundle, which openapi-typescript's CLI runs, adds an empty `components`.
  if (copy.components === undefined) copy.components = {};
  protectKeys(copy, PRINT_MARK);
  const text = printLoaded(copy, isOas32(loaded.document), options, loaded.locate);
  return { text, warnings: loaded.warnings, entryFile: loaded.entryFile };
}
