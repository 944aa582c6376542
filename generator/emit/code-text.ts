/**
 * The only ways spec text enters generated code. Each returns text that is inert in its position:
 * a string literal, an identifier, a property key, or a doc comment.
 */

/** A double-quoted TypeScript string literal. JSON escaping covers quotes, backslashes and control characters. */
export function stringLiteral(text: string): string {
  return JSON.stringify(text)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * A single-quoted TypeScript string literal, for JSON text: its double quotes stay unescaped, so a
 * line of data reads (and diffs) as the JSON it holds.
 */
export function singleQuotedLiteral(text: string): string {
  return `'${text
    .replace(/\\/g, "\\\\")
    .replace(/'/g, "\\'")
    .replace(/\r/g, "\\r")
    .replace(/\n/g, "\\n")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029")}'`;
}

/** Identifiers are decided by the model; this refuses anything else so a naming bug cannot become code. */
export function identifier(text: string): string {
  if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text))
    throw new Error(`internal error: ${JSON.stringify(text)} is not an identifier`);
  return text;
}

/**
 * A property key for an object literal or a type member. `__proto__` is written computed, since as
 * a plain key in an object literal it would set the prototype instead of a property.
 */
export function propertyKey(text: string): string {
  if (text === "__proto__") return `[${stringLiteral(text)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) ? text : stringLiteral(text);
}

/** Plain data (strings, numbers, booleans, lists, records) as a TypeScript expression; keys through {@link propertyKey}. */
export function dataLiteral(value: unknown): string {
  if (typeof value === "string") return stringLiteral(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(dataLiteral).join(", ")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return entries.length === 0
      ? "{}"
      : `{ ${entries.map(([key, item]) => `${propertyKey(key)}: ${dataLiteral(item)}`).join(", ")} }`;
  }
  throw new Error(`internal error: ${String(value)} is not plain data`);
}

/** Makes free text safe inside a `/** … *\/` block: it can neither close the comment nor start a tag line. */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\*\//g, "*\\/")
    .replace(/[\u2028\u2029]/g, " ")
    .replace(/^(\s*)@/gm, "$1\\@");
}

/** What a doc comment says: free paragraphs, then tags (`@deprecated …`, `@see …`). */
export interface DocBlock {
  readonly paragraphs?: readonly (string | undefined)[];
  readonly tags?: readonly { readonly name: string; readonly text: string }[];
}

/** A JSDoc block; spec text is escaped, tag names are ours. Nothing to say gives an empty string. */
export function docComment(block: DocBlock, indent: number): string {
  const lines: string[] = [];
  for (const paragraph of block.paragraphs ?? []) {
    if (paragraph === undefined || paragraph.trim() === "") continue;
    if (lines.length > 0) lines.push("");
    lines.push(...commentText(paragraph.trim()).split("\n"));
  }
  for (const tag of block.tags ?? []) {
    const [first = "", ...rest] = commentText(tag.text.trim()).split("\n");
    lines.push(`@${tag.name}${first === "" ? "" : ` ${first}`}`, ...rest);
  }
  const body = lines.map((line) => line.trimEnd());
  if (body.length === 0) return "";
  const pad = " ".repeat(indent);
  if (body.length === 1) return `${pad}/** ${body[0]} */`;
  return [`${pad}/**`, ...body.map((line) => (line === "" ? `${pad} *` : `${pad} * ${line}`)), `${pad} */`].join("\n");
}

/** A single-line Markdown table cell or inline text: no line breaks, no pipes that would split a row. */
export function markdownInline(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").replace(/</g, "&lt;").trim();
}

/**
 * Inline Markdown that shows `text` as written: the characters inline Markdown gives a meaning to
 * (emphasis, code, links, images, HTML, tables) are escaped everywhere, and a block marker (`#`,
 * `>`, `-`, `+`, `1.`) where the text starts one, so a name from a document can neither format nor
 * forge the text around it (a changelog's **Breaking** marker, say).
 */
export function markdownText(text: string): string {
  const inline = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\\`*_[\]|~!]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;");
  return inline.replace(/^[#>+=-]/, "\\$&").replace(/^(\d+)([.)])/, "$1\\$2");
}
