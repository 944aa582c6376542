import { joinPointer } from "../errors.js";
import { isRecord, resolvePointer, splitRef } from "./json-pointer.js";

export interface PointerProblem {
  readonly pointer: string;
  readonly message: string;
}

/** Every local `$ref` must resolve, and no chain of refs may loop without reaching a value. */
export function validateRefs(document: Record<string, unknown>): PointerProblem[] {
  const problems: PointerProblem[] = [];
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, joinPointer(pointer, index)));
      return;
    }
    if (!isRecord(value)) return;
    if (typeof value.$ref === "string") {
      const problem = checkRef(document, value.$ref);
      if (problem !== undefined) problems.push({ pointer: joinPointer(pointer, "$ref"), message: problem });
    }
    const isNameMap = /\/(properties|patternProperties|schemas|\$defs|definitions)$/.test(pointer);
    for (const [key, item] of Object.entries(value)) {
      // Examples and defaults are free-form data: a `$ref` key there is a value, not a reference.
      if (!isNameMap && DATA_KEYWORDS.has(key)) continue;
      visit(item, joinPointer(pointer, key));
    }
  };
  visit(document, "");
  return problems;
}

const DATA_KEYWORDS = new Set(["example", "examples", "default", "const", "enum"]);

function checkRef(document: Record<string, unknown>, ref: string): string | undefined {
  const seen = new Set<string>();
  let current = ref;
  for (;;) {
    const { file, pointer } = splitRef(current);
    if (file !== "") return `unresolved $ref "${current}": external files must be bundled first`;
    if (seen.has(pointer)) return `circular $ref "${ref}": the chain ${[...seen].map((p) => `#${p}`).join(" → ")} never reaches a value`;
    seen.add(pointer);
    const resolved = resolvePointer(document, pointer);
    if (!resolved.found) return `unresolved $ref "${current}": nothing at #${pointer}`;
    const target = resolved.value;
    if (!isRecord(target) || typeof target.$ref !== "string") return undefined;
    current = target.$ref;
  }
}
