// Descriptions as the docs show them. Some published documents write HTML where the specification
// says CommonMark (Stripe: `<p>Creates a Session object.</p>`); doc comments and READMEs show it raw,
// so HTML is turned into Markdown by turndown (loaded only for a document that has HTML).
import { loadTurndown } from "../require-package.js";

const HTML_TAG = /<\/?(?:p|a|code|pre|strong|b|em|i|ul|ol|li|br|h[1-6]|span|div|table|tr|td|th|blockquote)\b[^>]*>/i;

let converter: { turndown(html: string): string } | undefined;

/** The text, with HTML turned into Markdown where it has any; Markdown and plain text unchanged. */
export function descriptionText(text: string): string {
  if (!HTML_TAG.test(text)) return text;
  if (converter === undefined) {
    const TurndownService = loadTurndown();
    converter = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", emDelimiter: "_" });
  }
  return converter.turndown(text).trim();
}
