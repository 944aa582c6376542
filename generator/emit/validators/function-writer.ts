/**
 * Writes the body of one compiled check: `(x, p, o) => boolean`, where `x` is the value, `p` its
 * path and `o` the issue list (null on the fast path, which returns at the first problem). A value
 * deeper in `x` is a fresh local; its path is `p` plus segment expressions. `p` is one array per
 * collecting pass: a nested check pushes its segments before the call and drops them after, and
 * an issue copies it, so neither pass allocates a path for a value that conforms.
 */
export interface Site {
  /** The expression (a local or parameter name) holding the value. */
  readonly value: string;
  /** Segment expressions from `p` to the value: string literals for keys, index or key locals. */
  readonly segments: readonly string[];
}

export class FunctionWriter {
  private readonly lines: string[] = [];
  private depth = 1;
  private counter = 0;

  /** A local name not used before in this function. */
  fresh(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter}`;
  }

  line(text: string): void {
    this.lines.push(`${"  ".repeat(this.depth)}${text}`);
  }

  /**
   * `open {`, the `prelude` lines and the body one level in, `}`; nothing at all when the body
   * wrote nothing (a subschema with no check), so no dead block or unused local is left.
   */
  block(open: string, body: () => void, prelude: readonly string[] = []): void {
    const start = this.lines.length;
    this.line(`${open} {`);
    this.depth += 1;
    for (const text of prelude) this.line(text);
    const bodyStart = this.lines.length;
    body();
    this.depth -= 1;
    if (this.lines.length === bodyStart) this.lines.length = start;
    else this.line("}");
  }

  /** `if (condition) fail` with the issue at `site` (plus `extra` segments). */
  failIf(condition: string, site: Site, message: string, extra: readonly string[] = []): void {
    this.line(`if (${condition}) { ${failure(pathOf([...site.segments, ...extra]), message)} }`);
  }

  /** Records a failure whose issues a callee or a helper already wrote (`report`, run only when collecting). */
  failWith(condition: string, report: string | undefined): void {
    const collect = report === undefined ? "" : ` ${report};`;
    this.line(`if (${condition}) { if (o === null) return false; ok = false;${collect} }`);
  }

  body(): string {
    return this.lines.join("\n");
  }

  get empty(): boolean {
    return this.lines.length === 0;
  }
}

/** The statements that record one issue (or return false on the fast path). */
export function failure(path: string, message: string): string {
  return `if (o === null) return false; ok = false; o.push({ message: ${message}, path: ${path} });`;
}

/** The path array of a site, for an issue. */
export function pathOf(segments: readonly string[]): string {
  // A copy, always: `p` itself changes as nested checks push and drop their segments.
  return segments.length === 0 ? "[...p]" : `[...p, ${segments.join(", ")}]`;
}

/** A call of another compiled check on a site, as an expression; collecting, its segments are pushed on `p` for the call (`drop` removes them after). */
export function callCheck(name: string, site: Site, drop: string): string {
  if (site.segments.length === 0) return `${name}(${site.value}, p, o)`;
  const segments = site.segments.join(", ");
  return `(o === null ? ${name}(${site.value}, p, null) : ${drop}(p, ${site.segments.length}, ${name}(${site.value}, (p.push(${segments}), p), o)))`;
}
