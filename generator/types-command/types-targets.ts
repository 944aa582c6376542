// What one `types` run reads and writes, decided as openapi-typescript 7.13's CLI decides it: the
// `apis` of a Redocly config (each with `x-openapi-ts.output`, both relative to the config file),
// else the input argument (relative to the working directory; a URL too), else stdin; the output
// file from --output, else stdout.
import fs from "node:fs";
import path from "node:path";
import type { Config } from "@redocly/openapi-core";
import { SpecError } from "../errors.js";
import { loadRedocly } from "../require-package.js";
import type { DocumentSource } from "./read-document.js";
import type { TypesFlags } from "./types-flags.js";

export interface TypesTarget {
  /** How messages name the input: the argument, the API's name, or "stdin". */
  readonly name: string;
  readonly source: DocumentSource;
  /** The file written; undefined for stdout. */
  readonly output: URL | undefined;
  /** How messages name the output, as given. */
  readonly outputName: string;
}

const REDOC_CONFIG_KEY = "x-openapi-ts";

function badInput(message: string, file: string): SpecError {
  return new SpecError([{ message, location: { file, pointer: "" } }], "bad input");
}

function cwdUrl(): URL {
  return new URL(`file://${process.cwd()}/`);
}

/** Absolute paths as file URLs, others relative to the working directory (its normalizeOutput). */
function outputUrl(output: string): URL {
  return path.isAbsolute(output) ? new URL(`file://${output}`) : new URL(output, cwdUrl());
}

function findRedoclyConfigPath(flag: string | undefined): string | undefined {
  const redocly = loadRedocly();
  if (flag === undefined) return redocly.findConfig();
  const explicit = path.resolve(flag);
  if (!fs.existsSync(explicit)) return undefined;
  return fs.statSync(explicit).isDirectory() ? redocly.findConfig(explicit) : explicit;
}

/** The Redocly config the CLI uses: --redocly, else redocly.yaml in the working directory, else `minimal`. */
export async function redoclyConfig(flag: string | undefined): Promise<Config> {
  const redocly = loadRedocly();
  const configPath = findRedoclyConfigPath(flag);
  if (flag !== undefined && configPath === undefined) throw badInput(`Redocly config not found at: ${flag}`, flag);
  try {
    return configPath === undefined
      ? await redocly.createConfig({}, { extends: ["minimal"] })
      : await redocly.loadConfig({ configPath });
  } catch (error) {
    throw badInput(
      `cannot read the Redocly config: ${error instanceof Error ? error.message : String(error)}`,
      configPath ?? "",
    );
  }
}

function apiTargets(redoc: Config): TypesTarget[] {
  const configRoot =
    redoc.configFile === undefined
      ? cwdUrl()
      : path.isAbsolute(redoc.configFile)
        ? new URL(`file://${redoc.configFile}`)
        : new URL(redoc.configFile, cwdUrl());
  return Object.entries(redoc.apis).map(([name, api]) => {
    const output = (api as { [REDOC_CONFIG_KEY]?: { output?: unknown } })[REDOC_CONFIG_KEY]?.output;
    if (typeof output !== "string" || output === "")
      throw badInput(
        `API ${name} is missing an \`${REDOC_CONFIG_KEY}.output\` key. See https://openapi-ts.dev/cli/#multiple-schemas.`,
        redoc.configFile ?? "redocly.yaml",
      );
    return { name, source: new URL(api.root, configRoot), output: new URL(output, configRoot), outputName: output };
  });
}

export function typesTargets(flags: TypesFlags, redoc: Config, warn: (line: string) => void): TypesTarget[] {
  if (Object.keys(redoc.apis ?? {}).length > 0) {
    if (flags.input !== undefined)
      warn("APIs are specified both in Redocly Config and CLI argument. Only using Redocly config.");
    return apiTargets(redoc);
  }
  const output = flags.output === undefined ? undefined : outputUrl(flags.output);
  const outputName = flags.output ?? "stdout";
  if (flags.input === undefined) return [{ name: "stdin", source: process.stdin, output, outputName }];
  if (flags.input.includes("*"))
    throw badInput(
      "Globbing has been deprecated in favor of redocly.yaml’s `apis` keys. See https://openapi-ts.dev/cli/#multiple-schemas",
      flags.input,
    );
  return [{ name: flags.input, source: new URL(flags.input, cwdUrl()), output, outputName }];
}
