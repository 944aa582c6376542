/** `{ a: 1, b: "x" }` → `{ a: { operation, value: 1 }, b: { operation, value: "x" } }`; undefined fields are left out. */
export declare function fieldUpdates(body: object, operation: string): Record<string, {
    operation: string;
    value: unknown;
}>;
