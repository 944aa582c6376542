import { deref, isRecord } from "../load/json-pointer.js";

/** An operation's parameters: the path item's, overridden by the operation's own with the same name and location. */
export function operationParameters(document: Record<string, unknown>, shared: unknown, own: unknown): Record<string, unknown>[] {
  const byKey = new Map<string, Record<string, unknown>>();
  for (const list of [shared, own]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const parameter = deref(document, raw);
      if (isRecord(parameter) && typeof parameter.name === "string") byKey.set(`${String(parameter.in)}:${parameter.name}`, parameter);
    }
  }
  return [...byKey.values()];
}
