// Where a YAML syntax error really is. The yaml parser reports an unclosed flow collection or
// quoted string where it gave up, the end of the file, which names no token; the opening bracket
// or quote is what the author has to fix, so that is where the error is placed.

/** Offset of the last `[`/`{` left open, or of an unterminated quote's opening mark, in plain YAML text; undefined if none. */
export function unclosedOpener(text: string): number | undefined {
  const open: number[] = [];
  let quote: { char: string; at: number } | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? "";
    if (quote !== undefined) {
      if (char === "\\" && quote.char === '"') index += 1;
      else if (char === quote.char && !(quote.char === "'" && text[index + 1] === "'")) quote = undefined;
      else if (char === "'" && quote.char === "'") index += 1;
      continue;
    }
    const previous = text[index - 1] ?? "\n";
    if (char === "#" && /\s/.test(previous)) {
      const end = text.indexOf("\n", index);
      index = end === -1 ? text.length : end;
    } else if ((char === '"' || char === "'") && /[\s[{,:-]/.test(previous)) quote = { char, at: index };
    else if (char === "[" || char === "{") open.push(index);
    else if ((char === "]" || char === "}") && open.length > 0) open.pop();
  }
  return quote?.at ?? open.at(-1);
}

/**
 * The offset to report for a parse error at `offset`: the unclosed opener when the parser stopped
 * at the end of the text for want of a closing character; else `offset`, kept within the text.
 */
export function errorOffset(text: string, offset: number, code: string): number {
  const atEnd = text.slice(offset).trim() === "";
  if (atEnd && (code === "MISSING_CHAR" || code === "BAD_INDENT" || code === "UNEXPECTED_TOKEN"))
    return unclosedOpener(text) ?? Math.max(0, text.trimEnd().length - 1);
  return Math.min(offset, Math.max(0, text.trimEnd().length - 1));
}
