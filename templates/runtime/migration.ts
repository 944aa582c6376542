// Shared by the generated migration helpers: a request body as field updates.

/** `{ a: 1, b: "x" }` → `{ a: { operation, value: 1 }, b: { operation, value: "x" } }`; undefined fields are left out. */
export function fieldUpdates(body: object, operation: string): Record<string, { operation: string; value: unknown }> {
  const updates: Record<string, { operation: string; value: unknown }> = {};
  for (const [field, value] of Object.entries(body)) {
    if (value === undefined) continue;
    // defineProperty: a field named `__proto__` stays a field.
    Object.defineProperty(updates, field, { value: { operation, value }, enumerable: true, writable: true, configurable: true });
  }
  return updates;
}
