// What every compiled validator shares: the Standard Schema v1 and Standard JSON Schema v1
// interfaces (written out here, as the specification asks of implementers, so the package needs
// no dependency for them), the object each validator is, and the reading of its JSON Schema for
// a target dialect. The checks themselves are compiled per schema into validators.ts.
import { toJsonSchema } from "./json-schema.js";

/** A place a value breaks its schema: what is wrong, and the keys leading to it from the validated value. */
export interface ValidationIssue {
  readonly message: string;
  readonly path: readonly PropertyKey[];
}

/**
 * One compiled schema's check. With `issues` null it answers at the first problem (the fast path
 * every valid value takes); with an array it collects every problem there, at `path`, which it may
 * extend for a nested check and restores before it returns (an issue keeps a copy).
 */
// biome-ignore lint/suspicious/noExplicitAny: compiled checks read any value's members once its type is tested, without a cast at each
export type Check = (value: any, path: PropertyKey[], issues: ValidationIssue[] | null) => boolean;

/** The Standard Schema v1 interface (standardschema.dev), which form, router and AI-tool libraries accept. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown, options?: Options | undefined) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface Options {
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
  type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];
  type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}

/** The Standard JSON Schema v1 interface: the JSON Schema a validator checks, for a target dialect. */
export interface StandardJSONSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardJSONSchemaV1.Props<Input, Output>;
}

export declare namespace StandardJSONSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly types?: StandardSchemaV1.Types<Input, Output> | undefined;
    readonly jsonSchema: Converter;
  }
  interface Converter {
    readonly input: (options: Options) => Record<string, unknown>;
    readonly output: (options: Options) => Record<string, unknown>;
  }
  type Target = "draft-2020-12" | "draft-07" | "openapi-3.0" | ({} & string);
  interface Options {
    readonly target: Target;
    readonly libraryOptions?: Record<string, unknown> | undefined;
  }
}

/** What `validate` answers: the value (unchanged) when it conforms, else every issue. */
export type ValidationResult<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly ValidationIssue[] };

/** A compiled validator: Standard Schema (`~standard.validate`), Standard JSON Schema (`~standard.jsonSchema`), and a type guard. */
export interface Validator<T> {
  readonly "~standard": { readonly validate: (value: unknown) => ValidationResult<T> } & StandardSchemaV1.Props<T, T> &
    StandardJSONSchemaV1.Props<T, T>;
  /** The schema's name in the document, or what the validator checks (`patchExperiment: request body application/json`). */
  readonly name: string;
  /** True when `value` conforms: a type guard, for the fast path. */
  is(value: unknown): value is T;
}

/** The validators of one operation: its `params`, its request body by media type, its response bodies by status key and media type (a stream's: each item). */
// Validator<any>: each operation's validators are typed by their own schemas; `unknown` would refuse them (Standard Schema's types are invariant).
export interface OperationValidators {
  // biome-ignore lint/suspicious/noExplicitAny: see above
  readonly params?: Validator<any>;
  // biome-ignore lint/suspicious/noExplicitAny: see above
  readonly body: { readonly [contentType: string]: Validator<any> };
  // biome-ignore lint/suspicious/noExplicitAny: see above
  readonly responses: { readonly [status: string]: { readonly [contentType: string]: Validator<any> } };
}

/** The type at `Keys` inside `T` (optional levels included), or unknown where a key is missing: an operation's place in openapi-typescript's `paths`. */
export type At<T, Keys extends readonly PropertyKey[]> = Keys extends readonly [
  infer Head,
  ...infer Rest extends readonly PropertyKey[],
]
  ? Head extends keyof NonNullable<T>
    ? At<NonNullable<T>[Head], Rest>
    : unknown
  : T;

/** The JSON Schema a validator checks: its schema, the component schemas it refers to, and the dialect the document writes them in. */
export interface SchemaSource {
  readonly dialect: "3.0" | "3.1";
  readonly root: string;
  readonly components: readonly (readonly [string, string])[];
}

export const VENDOR = "openapi-client-codegen";
/** The fast path's root path: never extended, since only a collecting pass extends its path. */
const ROOT: PropertyKey[] = [];

/** Every issue of a value that failed the fast path (at least one, whatever the check). */
export function issuesOf(check: Check, value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(value, [], issues);
  return issues.length > 0 ? issues : [{ message: "is not valid", path: [] }];
}

/** After a nested check that collected issues: its `count` segments come off the shared path, and its verdict is passed on. */
export function dropPath(path: PropertyKey[], count: number, verdict: boolean): boolean {
  // pop(), not `length -=`: V8 sets an array's length through a runtime call, ten times slower here.
  for (let dropped = 0; dropped < count; dropped += 1) path.pop();
  return verdict;
}

/** Builds a validator object around a compiled check; `source` is read only when a JSON Schema is asked for. */
/* @__NO_SIDE_EFFECTS__ */
export function validator<T>(name: string, check: Check, source: () => SchemaSource): Validator<T> {
  const jsonSchema = (options: StandardJSONSchemaV1.Options): Record<string, unknown> =>
    toJsonSchema(source(), options.target);
  return {
    name,
    is: (value: unknown): value is T => check(value, ROOT, null),
    "~standard": {
      version: 1,
      vendor: VENDOR,
      validate: (value: unknown): ValidationResult<T> =>
        check(value, ROOT, null) ? { value: value as T } : { issues: issuesOf(check, value) },
      jsonSchema: { input: jsonSchema, output: jsonSchema },
    },
  };
}

/**
 * Why a value that no branch of an `anyOf`/`oneOf` accepts fails: the issues of the branch its
 * discriminator tag names (`chosen`), else of the branch it came closest to (whose first issue lies
 * deepest in the value, then the fewest issues). The tag only chooses what to report: the verdict
 * is the branches' own (OpenAPI: a discriminator "MUST NOT change the validation outcome").
 */
export function branchIssues(
  out: ValidationIssue[],
  value: unknown,
  path: PropertyKey[],
  branches: readonly Check[],
  chosen: number,
  tag?: { readonly property: string; readonly message: string },
): void {
  // A tag no branch answers to is the field to fix, whatever else the value holds.
  if (chosen === UNKNOWN_TAG && tag !== undefined) {
    out.push({ message: tag.message, path: [...path, tag.property] });
    return;
  }
  let best: ValidationIssue[] | undefined;
  for (const [index, branch] of branches.entries()) {
    if (chosen >= 0 && index !== chosen) continue;
    const issues: ValidationIssue[] = [];
    branch(value, path, issues);
    const depth = issues[0]?.path.length ?? 0;
    const bestDepth = best?.[0]?.path.length ?? -1;
    if (best === undefined || depth > bestDepth || (depth === bestDepth && issues.length < best.length)) best = issues;
  }
  for (const issue of best ?? []) out.push(issue);
  if (best === undefined || best.length === 0)
    out.push({ message: `must match one of ${branches.length} allowed shapes`, path });
}

const UNKNOWN_TAG = -2;

/** The branch a discriminator tag names (its mapping, else a branch's schema name); -1 without a string tag, -2 for a tag no branch answers to. */
export function taggedBranch(value: unknown, property: string, tags: ReadonlyMap<string, number>): number {
  if (typeof value !== "object" || value === null || !Object.hasOwn(value, property)) return -1;
  const tag = (value as Record<string, unknown>)[property];
  return typeof tag === "string" ? (tags.get(tag) ?? UNKNOWN_TAG) : -1;
}

/** The check of the schema `true`. */
export const acceptAny: Check = () => true;

/** The check of the schema `false`: no value. */
export const acceptNone: Check = (_value, path, issues) => {
  issues?.push({ message: "is not allowed", path: [...path] });
  return false;
};
