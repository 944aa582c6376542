import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as TS from "typescript";

/**
 * CommonJS packages are loaded with `require`: `import()` of CommonJS makes Node scan the whole
 * source first (module-format detection and cjs-module-lexer), which for typescript.js (9 MB)
 * cost more than compiling it: about 0.5 s of a 1.2 s fragment generation.
 */
const requireFromHere = createRequire(import.meta.url);

export function loadTypeScript(): typeof TS {
  return requireFromHere("typescript") as typeof TS;
}

export function loadOpenapiTypescript(): typeof import("openapi-typescript") {
  return requireFromHere("openapi-typescript") as typeof import("openapi-typescript");
}

export function loadRedocly(): typeof import("@redocly/openapi-core") {
  return requireFromHere("@redocly/openapi-core") as typeof import("@redocly/openapi-core");
}

/** Loaded only for a Swagger 2.0 document. */
export function loadSwagger2openapi(): typeof import("swagger2openapi") {
  return requireFromHere("swagger2openapi") as typeof import("swagger2openapi");
}

/**
 * Oxc's transformer (native): JavaScript and isolated declarations of the generated sources. Its
 * allocator (mimalloc, which reads its options when the binding loads) is told to give freed
 * memory back at once: by default it keeps it for reuse, about 60 MB after compiling the upstream
 * document's package, which generation never reuses (measured: no slower).
 */
export function loadOxcTransform(): typeof import("oxc-transform") {
  process.env.MIMALLOC_PURGE_DELAY ??= "0";
  return requireFromHere("oxc-transform") as typeof import("oxc-transform");
}

export function loadTsMorph(): typeof import("ts-morph") {
  return requireFromHere("ts-morph") as typeof import("ts-morph");
}

/** The package.json of the copy of `name` the generator loads, found without loading it. */
export function packageManifest(name: string): string | undefined {
  let entry: string;
  try {
    entry = requireFromHere.resolve(name);
  } catch {
    return undefined;
  }
  for (let dir = path.dirname(entry); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === name)
      return manifest;
  }
  return undefined;
}

/** A package's version, read from its package.json without loading it (part of cache keys). */
export function packageVersion(name: string): string {
  const manifest = packageManifest(name);
  const version =
    manifest === undefined ? undefined : (JSON.parse(readFileSync(manifest, "utf8")) as { version?: unknown }).version;
  return typeof version === "string" ? version : "unknown";
}

/** turndown (HTML to Markdown), loaded only for a document whose descriptions are HTML. */
export function loadTurndown(): typeof import("turndown") {
  return requireFromHere("turndown") as typeof import("turndown");
}
