/** Turning arbitrary spec names into safe, unique TypeScript identifiers. */

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield await async of type declare " +
    "any boolean number string symbol bigint object never unknown undefined keyof readonly unique infer is asserts"
  ).split(" "),
);

/**
 * Global names of TypeScript's libraries and of the platforms a client runs on (browsers, Node).
 * An exported type with one of these names shadows the global in every file that imports it
 * (`Error`, `Response`, `Node`, `Event`, `File` are common schema names), so such a type takes
 * another name. A fixed list, not read from the installed TypeScript: a new TypeScript release
 * must not rename a generated type.
 */
export const GLOBAL_NAMES: ReadonlySet<string> = new Set(
  // ECMAScript
  (
    "Object Function Array Number String Boolean Symbol BigInt Date RegExp Math JSON Intl Reflect Proxy Promise " +
    "Error EvalError RangeError ReferenceError SyntaxError TypeError URIError AggregateError " +
    "Map Set WeakMap WeakSet WeakRef FinalizationRegistry ArrayBuffer SharedArrayBuffer DataView Atomics " +
    "Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Int32Array Uint32Array Float32Array Float64Array BigInt64Array BigUint64Array " +
    "Iterator Iterable IterableIterator AsyncIterator AsyncIterable Generator AsyncGenerator GeneratorFunction PropertyKey PropertyDescriptor " +
    "ArrayLike PromiseLike TemplateStringsArray Infinity NaN Awaited " +
    // TypeScript's utility types
    "Partial Required Readonly Record Pick Omit Exclude Extract NonNullable Parameters ConstructorParameters ReturnType InstanceType " +
    "ThisParameterType OmitThisParameter ThisType Uppercase Lowercase Capitalize Uncapitalize NoInfer " +
    // The web platform
    "Response Request Headers URL URLSearchParams Blob File FileList FormData FileReader AbortController AbortSignal " +
    "ReadableStream WritableStream TransformStream TextEncoder TextDecoder Event EventTarget CustomEvent MessageEvent ErrorEvent " +
    "Node Element Document DocumentFragment Window Location History Navigator Storage Screen Image Text Comment Attr Range Selection " +
    "HTMLElement SVGElement CSSStyleDeclaration Notification WebSocket Worker SharedWorker ServiceWorker BroadcastChannel MessageChannel MessagePort " +
    "Crypto CryptoKey SubtleCrypto Performance PerformanceEntry Cache CacheStorage IDBDatabase Credential Clipboard Geolocation " +
    "Animation Audio Option Plugin Touch Permissions Lock Report Gamepad MediaStream MediaRecorder Position DOMException XMLHttpRequest " +
    "console setTimeout setInterval queueMicrotask structuredClone fetch atob btoa " +
    // Node
    "Buffer NodeJS process global module require exports"
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
  return words
    .map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() + word.slice(1) : capitalize(word)))
    .join("");
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

/** An exported type name: PascalCase, never empty, never one of the `taken` names nor a global's. */
export function typeIdentifier(text: string, taken: ReadonlySet<string>): string {
  let name = pascalCase(text);
  if (name === "") name = "Schema";
  if (/^[0-9]/.test(name)) name = `Schema${name}`;
  // PascalCase never meets a (lowercase) reserved word; names the package exports and globals can clash.
  if (taken.has(name) || GLOBAL_NAMES.has(name)) name = `${name}Schema`;
  return name;
}

/**
 * Makes every name unique by appending 2, 3, … in input order, which the caller keeps stable.
 * Names marked `asWritten` (the spec's own spelling, used unchanged) claim theirs first: a derived
 * name never takes a name the document wrote out.
 */
export function uniqueNames(
  names: readonly string[],
  taken: ReadonlySet<string> = new Set(),
  asWritten: readonly boolean[] = [],
): string[] {
  const used = new Set(taken);
  const result: string[] = new Array<string>(names.length).fill("");
  const order = names
    .map((_, index) => index)
    .sort((a, b) => Number(asWritten[b] === true) - Number(asWritten[a] === true));
  for (const index of order) {
    const name = names[index] ?? "";
    let candidate = name;
    for (let n = 2; used.has(candidate); n += 1) candidate = `${name}${n}`;
    used.add(candidate);
    result[index] = candidate;
  }
  return result;
}
