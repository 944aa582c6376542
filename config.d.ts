/** What codegen.config.ts (or .mjs/.js) may set; command-line flags win over it. Paths are relative to the config file. */
export interface CodegenConfig {
  /** The OpenAPI document (default: spec/openapi.yaml of this package). */
  spec?: string;
  /** The generated package's directory (default: generated). */
  out?: string;
  /** npm name of the generated package. */
  packageName?: string;
  /**
   * The generated package's version, semver (the `--package-version` flag). Default: the API's
   * `info.version` when that is semver, else 0.0.0; the API's version stays in the package README.
   */
  packageVersion?: string;
  /**
   * A directory of template overrides: a file there replaces the built-in template at the same
   * relative path (e.g. `partials/header.hbs`), everything else stays built in.
   */
  templates?: string;
  /** Refuse the document on warnings too, as on errors (the `--strict` flag; default false). */
  strict?: boolean;
  /**
   * How an operation pages, by operationId, where the document's names are not among the
   * conventions `<pkg>/query` recognises (docs/query.md), or to turn its infinite query off (`false`).
   * `next` is where a 2xx JSON answer holds the next cursor (a dotted path: `"paging.next"`);
   * `count` numbers pages (`"page"`: 1, 2, 3…) or offsets (`"offset"`: advanced by the items read),
   * whose items are at `items` (a dotted path; `""` for an answer that is the array).
   */
  pagination?: Record<string, PaginationConfig | false>;
}

export type PaginationConfig =
  | { param: string; next: string }
  | { param: string; count: "page" | "offset"; items: string; start?: number };

export declare function defineConfig(config: CodegenConfig): CodegenConfig;
