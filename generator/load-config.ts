import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SEMVER } from "./emit/emit-package.js";
import { SpecError, type SpecProblem } from "./errors.js";

export interface CodegenConfig {
  readonly spec?: string;
  readonly out?: string;
  readonly packageName?: string;
  readonly packageVersion?: string;
  readonly templates?: string;
  /** Refuse the document on warnings too (the `--strict` flag). */
  readonly strict?: boolean;
  /** How operations page, by operationId (see config.d.ts), and where that was said. */
  readonly pagination?: PaginationOptions;
}

/** One operation's paging as a config gives it. */
export type PaginationSetting =
  | { readonly param: string; readonly next: string }
  | { readonly param: string; readonly count: "page" | "offset"; readonly items: string; readonly start?: number }
  | false;

export interface PaginationOptions {
  readonly byOperation: Readonly<Record<string, PaginationSetting>>;
  /** The config file, for a located error about a setting. */
  readonly file: string;
}

export const CONFIG_NAMES = [
  "codegen.config.ts",
  "codegen.config.mts",
  "codegen.config.mjs",
  "codegen.config.js",
] as const;
const KEYS = new Set(["spec", "out", "packageName", "packageVersion", "templates", "strict", "pagination"]);

/** The config file in `dir`, if there is one. */
export function findConfig(dir: string): string | undefined {
  return CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
}

async function importConfig(file: string): Promise<unknown> {
  if (!/\.m?ts$/.test(file)) return ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  // TypeScript configs are compiled next to themselves (so their relative imports resolve), loaded, removed.
  const { transform } = await import("esbuild");
  const { readFileSync } = await import("node:fs");
  const compiled = await transform(readFileSync(file, "utf8"), { loader: "ts", format: "esm", sourcefile: file });
  const temporary = `${file}.${process.pid}.mjs`;
  writeFileSync(temporary, compiled.code);
  try {
    return ((await import(pathToFileURL(temporary).href)) as { default?: unknown }).default;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** Loads and validates a config file; paths in it come back absolute. */
export async function loadConfig(file: string): Promise<CodegenConfig> {
  const display = path.relative(process.cwd(), file) || file;
  let value: unknown;
  try {
    value = await importConfig(file);
  } catch (error) {
    throw new SpecError(
      [
        {
          message: `cannot load: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
          location: { file: display, pointer: "" },
        },
      ],
      "bad configuration",
    );
  }
  const problems: SpecProblem[] = [];
  const add = (key: string, message: string): void => {
    problems.push({ message, location: { file: display, pointer: key === "" ? "" : `/${key}` } });
  };
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    add("", "must `export default defineConfig({ … })` with an object");
    throw new SpecError(problems, "bad configuration");
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!KEYS.has(key)) add(key, `unknown option "${key}" (known: ${[...KEYS].join(", ")})`);
    else if (key === "strict") {
      if (typeof record[key] !== "boolean") add(key, `"${key}" must be true or false`);
    } else if (key === "pagination") checkPagination(record[key], add);
    else if (typeof record[key] !== "string" || record[key] === "") add(key, `"${key}" must be a non-empty string`);
    else if (key === "packageVersion" && !SEMVER.test(String(record[key])))
      add(key, `"${String(record[key])}" is not a semantic version (X.Y.Z, optionally -pre.release and +build)`);
  }
  if (problems.length > 0) throw new SpecError(problems, "bad configuration");
  const base = path.dirname(file);
  const resolve = (key: "spec" | "out" | "templates"): Record<string, string> =>
    typeof record[key] === "string" ? { [key]: path.resolve(base, record[key]) } : {};
  return {
    ...resolve("spec"),
    ...resolve("out"),
    ...resolve("templates"),
    ...(typeof record.packageName === "string" ? { packageName: record.packageName } : {}),
    ...(typeof record.packageVersion === "string" ? { packageVersion: record.packageVersion } : {}),
    ...(typeof record.strict === "boolean" ? { strict: record.strict } : {}),
    ...(isObject(record.pagination)
      ? { pagination: { byOperation: record.pagination as Record<string, PaginationSetting>, file: display } }
      : {}),
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `pagination`: by operationId, `false` or `{ param, next }` or `{ param, count, items, start? }`. */
function checkPagination(value: unknown, add: (key: string, message: string) => void): void {
  if (!isObject(value)) {
    add("pagination", '"pagination" must map operationIds to { param, next }, { param, count, items } or false');
    return;
  }
  for (const [operationId, setting] of Object.entries(value)) {
    const at = `pagination/${operationId.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    if (setting === false) continue;
    if (!isObject(setting) || typeof setting.param !== "string" || setting.param === "") {
      add(at, "must be false, or an object with `param` (the query parameter a page is asked for by)");
      continue;
    }
    const cursor = typeof setting.next === "string";
    const counted = setting.count === "page" || setting.count === "offset";
    if (cursor === counted || (counted && typeof setting.items !== "string"))
      add(
        at,
        'needs either `next` (where the answer holds the next cursor) or `count: "page" | "offset"` with `items`',
      );
    else if (setting.start !== undefined && !Number.isInteger(setting.start)) add(`${at}/start`, "must be an integer");
  }
}
