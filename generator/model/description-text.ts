// Descriptions as the docs show them. Some published documents write HTML where the specification
// says CommonMark (Stripe: `<p>Creates a Session object.</p>`); doc comments and READMEs show it raw,
// so HTML is turned into Markdown by turndown (loaded only for a document that has HTML).
import { loadTurndown } from "../require-package.js";

/** Text that is HTML throughout: it opens with a block element. Markdown with some inline HTML is CommonMark, and stays. */
const HTML_DOCUMENT = /^\s*<(?:p|div|ul|ol|h[1-6]|table|pre|blockquote|section|article)\b[^>]*>/i;

let converter: { turndown(html: string): string } | undefined;

/** The text as Markdown: HTML turned into it where the text is HTML throughout; Markdown and plain text unchanged. */
export function descriptionText(text: string): string {
  if (!HTML_DOCUMENT.test(text)) return text;
  if (converter === undefined) {
    const TurndownService = loadTurndown();
    converter = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", emDelimiter: "_" });
  }
  return converter.turndown(text).trim();
}
