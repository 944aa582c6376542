/** Turning arbitrary spec names into safe, unique TypeScript identifiers. */

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield await async of type declare " +
    "any boolean number string symbol bigint object never unknown undefined keyof readonly unique infer is asserts"
  ).split(" "),
);

/** Names an object must not take as own methods: they would shadow Object.prototype. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== "");
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `get-item` → `getItem`; keeps existing camelCase (`createIteration`). */
export function camelCase(text: string): string {
  const words = splitWords(text);
  return words.map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : capitalize(word))).join("");
}

/** `iteration-input` → `IterationInput`; keeps existing PascalCase. */
export function pascalCase(text: string): string {
  return splitWords(text).map(capitalize).join("");
}

export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) && !RESERVED_WORDS.has(text);
}

/** A client method name: camelCase, never empty, never starting with a digit, never a prototype member. */
export function methodIdentifier(text: string): string {
  let name = camelCase(text);
  if (name === "") name = "operation";
  if (/^[0-9]/.test(name)) name = `op${name}`;
  if (PROTOTYPE_NAMES.has(name)) name = `${name}Operation`;
  return name;
}

/** An exported type name: PascalCase, never empty, never one of the `taken` names. */
export function typeIdentifier(text: string, taken: ReadonlySet<string>): string {
  let name = pascalCase(text);
  if (name === "") name = "Schema";
  if (/^[0-9]/.test(name)) name = `Schema${name}`;
  // PascalCase never meets a (lowercase) reserved word; only names the package itself exports can clash.
  if (taken.has(name)) name = `${name}Schema`;
  return name;
}

/** Makes every name unique by appending 2, 3, … in input order, which the caller keeps stable. */
export function uniqueNames(names: readonly string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set(taken);
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${name}${n}`;
    used.add(candidate);
    return candidate;
  });
}
