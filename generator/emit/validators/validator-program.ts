import { compilePattern, FORMATS } from "../../../templates/validators/rules.js";
import { isRecord as isJson } from "../../load/json-pointer.js";
import { DATA_KEYWORDS } from "../../load/schema-keywords.js";
import { stringLiteral } from "../code-text.js";
import { FunctionWriter } from "./function-writer.js";

export type Json = Record<string, unknown>;

/**
 * Where a value travels. OpenAPI: a `readOnly` property in `required` is required in responses only,
 * a `writeOnly` one in requests only; a component's own validator reads `required` as written.
 */
export type Direction = "any" | "request" | "response";

/** How a schema is compiled; the node compiler (compile-node.ts) is handed in to keep this module free of it. */
export type CompileBody = (program: ValidatorProgram, schema: unknown, writer: FunctionWriter) => void;

interface CompiledFunction {
  readonly name: string;
  /** The component schema it lies in (`#/components/schemas/X`): what `$recursiveRef: "#"` names there. */
  readonly component: string | undefined;
  /** What the value is: any JSON, a request's (a `readOnly` property is not required) or a response's (a `writeOnly` one is not). */
  readonly direction: Direction;
  /** Where the schema is, for a reader of the generated code (a `$ref`, or "inline"). */
  readonly origin: string;
  body: string;
}

const COMPONENT_REF = "#/components/schemas/";

/** The tokens of a `#/components/schemas/…` reference, decoded. */
export function refTokens(ref: string): string[] | undefined {
  if (!ref.startsWith(COMPONENT_REF)) return undefined;
  return ref
    .slice(COMPONENT_REF.length)
    .split("/")
    .map((token) => decodeURIComponent(token).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/**
 * Every check of one package, compiled once: a function per component schema a validator reaches
 * (named `c<n>`, so a `$ref` cycle is a call cycle and terminates with the data), a function per
 * inline schema that must answer on its own (a branch of `anyOf`/`oneOf`, `not`, `if`, `contains`),
 * and module constants (patterns, name sets, discriminator tags). What a validator does not reach
 * is never written, so the module holds exactly the closure of the schemas asked for.
 */
export class ValidatorProgram {
  private readonly functions: CompiledFunction[] = [];
  private readonly byRef = new Map<string, string>();
  private readonly bySchema = new Map<object, Map<Direction, string>>();
  private inlineCount = 0;
  private readonly directional = new WeakMap<object, boolean>();
  private readonly constants: string[] = [];
  private readonly constantsByText = new Map<string, string>();
  private readonly pending: { fn: CompiledFunction; schema: unknown }[] = [];
  private compiling: CompiledFunction | undefined;
  readonly imports = new Set<string>();
  /** Patterns that compile neither with nor without the `u` flag: not checked. */
  readonly skippedPatterns = new Set<string>();

  constructor(
    readonly components: Readonly<Record<string, unknown>>,
    /** OpenAPI 3.0's dialect: `nullable`, boolean exclusive bounds. */
    readonly openapi30: boolean,
    private readonly compileBody: CompileBody,
  ) {}

  /** The schema a local `$ref` names, or undefined. */
  resolve(ref: string): unknown {
    const tokens = refTokens(ref);
    if (tokens === undefined) return undefined;
    let current: unknown = this.components;
    for (const token of tokens)
      current =
        isJson(current) || Array.isArray(current)
          ? Object.hasOwn(current, token)
            ? (current as Json)[token]
            : undefined
          : undefined;
    return current;
  }

  /** The check of the schema a `$ref` names, once per direction where one matters (`direction`: the root's; nested, the enclosing function's). */
  refFunction(ref: string, wanted: Direction = this.direction): string {
    const direction = this.directionMatters(this.resolve(ref)) ? wanted : "any";
    const key = `${direction}|${ref}`;
    const known = this.byRef.get(key);
    if (known !== undefined) return known;
    const name = `$c${this.byRef.size}`;
    this.byRef.set(key, name);
    const target = this.resolve(ref);
    // A reference to nothing was refused at load; this keeps a hand-built table from crashing the generator.
    this.schedule(
      {
        name,
        origin: ref,
        component: refTokens(ref)?.length === 1 ? ref : this.enclosingComponent,
        direction,
        body: "",
      },
      target === undefined ? true : target,
    );
    return name;
  }

  /** A check of its own for an inline schema (a `$ref` reuses the referenced one). */
  schemaFunction(schema: unknown, wanted: Direction = this.direction): string {
    if (isJson(schema) && typeof schema.$ref === "string" && Object.keys(schema).length === 1)
      return this.refFunction(schema.$ref, wanted);
    const direction = this.directionMatters(schema) ? wanted : "any";
    if (typeof schema === "boolean") return this.helper(schema ? "acceptAny" : "acceptNone");
    const key = isJson(schema) ? schema : undefined;
    const byDirection = key === undefined ? undefined : (this.bySchema.get(key) ?? new Map<Direction, string>());
    if (key !== undefined && byDirection !== undefined) this.bySchema.set(key, byDirection);
    const known = byDirection?.get(direction);
    if (known !== undefined) return known;
    const name = `$s${this.inlineCount}`;
    this.inlineCount += 1;
    byDirection?.set(direction, name);
    this.schedule({ name, origin: "inline", component: this.enclosingComponent, direction, body: "" }, schema);
    return name;
  }

  /**
   * Whether a schema reads differently by direction: it, or a schema it reaches, marks a property
   * `readOnly` or `writeOnly`. Most do not, and keep one function for every direction.
   */
  directionMatters(schema: unknown, seen: Set<string> = new Set()): boolean {
    if (Array.isArray(schema)) return schema.some((item) => this.directionMatters(item, seen));
    if (!isJson(schema)) return false;
    if (schema.readOnly === true || schema.writeOnly === true) return true;
    const cached = isJson(schema) ? this.directional.get(schema) : undefined;
    if (cached !== undefined) return cached;
    let matters = false;
    for (const [key, value] of Object.entries(schema)) {
      if (key === "$ref" && typeof value === "string") {
        if (seen.has(value)) continue;
        seen.add(value);
        matters = this.directionMatters(this.resolve(value), seen);
      } else if (!DATA_KEYWORDS.has(key)) matters = this.directionMatters(value, seen);
      if (matters) break;
    }
    // Only a definite answer is kept: one reached through a cycle still being walked may be partial.
    if (matters || seen.size === 0) this.directional.set(schema, matters);
    return matters;
  }

  /** The direction of the checks being compiled: the enclosing function's, else any JSON. */
  get direction(): Direction {
    return this.compiling?.direction ?? "any";
  }

  private schedule(fn: CompiledFunction, schema: unknown): void {
    this.functions.push(fn);
    this.pending.push({ fn, schema });
  }

  /** The component schema whose checks are being compiled, if any. */
  get enclosingComponent(): string | undefined {
    return this.compiling?.component;
  }

  /** Compiles everything scheduled so far (compiling one schema may schedule more). */
  flush(): void {
    for (let next = this.pending.shift(); next !== undefined; next = this.pending.shift()) {
      const writer = new FunctionWriter();
      this.compiling = next.fn;
      this.compileBody(this, next.schema, writer);
      this.compiling = undefined;
      next.fn.body = writer.body();
    }
  }

  /** A name imported from the shared rules or the Standard Schema runtime, under a `$` alias no exported name can take. */
  helper(name: string): string {
    this.imports.add(name);
    return `$${name}`;
  }

  /** The check of a format, or undefined for a format that is only an annotation. */
  format(format: string): { readonly type: "string" | "number"; readonly check: string } | undefined {
    const known = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
    return known === undefined ? undefined : { type: known.type, check: this.helper(known.name) };
  }

  /** A module constant holding `expression`, shared by every use of the same text. */
  constant(prefix: string, expression: string): string {
    const known = this.constantsByText.get(expression);
    if (known !== undefined) return known;
    const name = `$${prefix}${this.constants.length}`;
    this.constants.push(`const ${name} = ${expression};`);
    this.constantsByText.set(expression, name);
    return name;
  }

  /** The compiled pattern (with the `u` flag where valid), or undefined when it compiles neither way. */
  pattern(pattern: string): string | undefined {
    const compiled = compilePattern(pattern);
    if (compiled === undefined) {
      this.skippedPatterns.add(pattern);
      return undefined;
    }
    return this.constant(
      "r",
      `/* @__PURE__ */ new RegExp(${stringLiteral(pattern)}, ${stringLiteral(compiled.flags)})`,
    );
  }

  /** The constants and functions, in the order they were first needed. */
  render(): string {
    this.flush();
    const aliases = sameChecks(this.functions);
    const functions = this.functions.map((fn) => {
      const origin =
        fn.origin === "inline"
          ? ""
          : `// ${JSON.stringify(fn.origin)
              .replace(/\*\//g, "*\\/")
              .replace(/[\r\n\u2028\u2029]/g, " ")}\n`;
      const same = aliases.get(fn.name);
      if (same !== undefined) return `${origin}const ${fn.name} = ${same};`;
      const body = renamed(fn.body, aliases);
      return `${origin}function ${fn.name}(x: any, p: PropertyKey[], o: $Issue[] | null): boolean {\n  let ok = true;\n${body}${body === "" ? "" : "\n"}  return ok;\n}`;
    });
    return [...this.constants, ...functions].join("\n\n");
  }
}

const CHECK_NAME = /\$[cs]\d+\b/g;

function renamed(body: string, aliases: ReadonlyMap<string, string>): string {
  return body.replace(CHECK_NAME, (name) => aliases.get(name) ?? name);
}

/**
 * Checks whose code is the same as an earlier one's (error schemas of one shape, a schema reached
 * in two directions that reads the same in both), to the fixed point where a caller of two such
 * checks becomes the same too: each maps to the first, which is written once.
 */
function sameChecks(functions: readonly CompiledFunction[]): Map<string, string> {
  const aliases = new Map<string, string>();
  for (let changed = true; changed; ) {
    changed = false;
    const first = new Map<string, string>();
    for (const fn of functions) {
      if (aliases.has(fn.name)) continue;
      const body = renamed(fn.body, aliases);
      const earlier = first.get(body);
      if (earlier === undefined) first.set(body, fn.name);
      else {
        aliases.set(fn.name, earlier);
        changed = true;
      }
    }
  }
  return aliases;
}
