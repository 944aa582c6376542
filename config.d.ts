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
}

export declare function defineConfig(config: CodegenConfig): CodegenConfig;
