// Where a YAML syntax error really is. The yaml parser reports an unclosed flow collection where
// it gave up (the end of the collection's last item, often lines later, and then again for every
// enclosing collection whose closer the inner one took), and an unclosed quoted string where the
// string ran out: neither names the token to fix. The opening bracket or quote is what the author
// has to close, so that is where the error is placed, once.
import { Parser } from "yaml";

/** A syntax error as the yaml parser reports it. */
export interface YamlSyntaxError {
  readonly pos: readonly [number, number];
  readonly code: string;
  readonly message: string;
}

/** A syntax error to report: where (an offset in the text) and what. */
export interface PlacedError {
  readonly offset: number;
  readonly message: string;
}

interface Token {
  readonly type?: unknown;
  readonly offset?: unknown;
  readonly source?: unknown;
  readonly start?: { readonly source?: unknown };
  readonly end?: readonly { readonly source?: unknown }[];
}

const WHAT_OPENS: Readonly<Record<string, string>> = {
  "[": "a flow sequence",
  "{": "a flow map",
  '"': "a double-quoted string",
  "'": "a single-quoted string",
};
const CLOSER: Readonly<Record<string, string>> = { "[": "]", "{": "}", '"': '"', "'": "'" };

/** True when a quoted scalar's source ends with its own closing quote (not an escaped one). */
function quoteClosed(source: string): boolean {
  const quote = source[0];
  for (let index = 1; index < source.length; index += 1) {
    if (quote === '"' && source[index] === "\\") index += 1;
    else if (source[index] === quote) {
      if (quote === "'" && source[index + 1] === "'") index += 1;
      else return index === source.length - 1;
    }
  }
  return false;
}

/** The offset of the opening `[`, `{` or quote of a token the text never closes; undefined for any other token. */
function unclosedOpener(token: Token): number | undefined {
  if (typeof token.offset !== "number") return undefined;
  if (token.type === "flow-collection") {
    const opener = String(token.start?.source);
    return token.end?.[0]?.source === CLOSER[opener] ? undefined : token.offset;
  }
  const quoted = token.type === "double-quoted-scalar" || token.type === "single-quoted-scalar";
  return quoted && typeof token.source === "string" && !quoteClosed(token.source) ? token.offset : undefined;
}

/**
 * Offsets of the `[`, `{` and quotes the text never closes, innermost only: a `[` closed by the
 * `}` of the map around it, or holding a string whose quote is never closed, leaves the outer
 * collection open too, but the innermost opener is the mistake.
 */
export function unclosedOpeners(text: string): number[] {
  const found = new Map<number, boolean>(); // opener offset → holds an unclosed one itself
  // An explicit stack: a syntax tree nested thousands deep must not overflow the call stack.
  const stack = [...new Parser().parse(text)].map((token: unknown) => ({ token, ancestor: -1 }));
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { token } = next;
    if (typeof token !== "object" || token === null) continue;
    const opener = unclosedOpener(token);
    if (opener !== undefined) {
      if (next.ancestor >= 0) found.set(next.ancestor, true);
      found.set(opener, found.get(opener) ?? false);
    }
    for (const child of Object.values(token)) stack.push({ token: child, ancestor: opener ?? next.ancestor });
  }
  return [...found.entries()]
    .filter(([, holdsUnclosed]) => !holdsUnclosed)
    .map(([offset]) => offset)
    .sort((a, b) => a - b);
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

/**
 * The errors to report, in text order, one per place. Each bracket or quote never closed is
 * reported where it opens; the parser's errors from the first one on are dropped, since past it
 * the parser reads the rest of the text as the collection's or string's content, and its
 * complaints about that are consequences of the one mistake.
 */
export function placeSyntaxErrors(text: string, errors: readonly YamlSyntaxError[]): PlacedError[] {
  const openers = unclosedOpeners(text);
  const firstOpener = openers[0] ?? Number.POSITIVE_INFINITY;
  const unclosed = openers.map((offset) => {
    const opener = text[offset] ?? "";
    return {
      offset,
      message: `this ${opener} opens ${WHAT_OPENS[opener]} that is never closed with a ${CLOSER[opener]}`,
    };
  });
  // Kept within the text: the parser may report the end of the file, past its last character.
  const lastOffset = Math.max(0, text.trimEnd().length - 1);
  const others = errors
    .filter((error) => error.pos[0] < firstOpener)
    .map((error) => ({ offset: Math.min(error.pos[0], lastOffset), message: firstLine(error.message) }));
  // One problem per place: the parser often words the same mistake twice at one position.
  const byOffset = new Map<number, PlacedError>();
  for (const placed of [...others, ...unclosed]) if (!byOffset.has(placed.offset)) byOffset.set(placed.offset, placed);
  return [...byOffset.values()].sort((a, b) => a.offset - b.offset);
}
