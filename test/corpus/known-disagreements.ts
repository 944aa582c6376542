// Values on which the compiled validators and ajv (the document read as JSON Schema) give
// different verdicts for a reason that is not a defect of ours, each with that reason. Matched by
// document and a pattern of the disagreement's text; anything not listed fails `npm run corpus`.

interface KnownDisagreement {
  readonly document: RegExp;
  readonly text: RegExp;
  readonly reason: string;
}

/** None at present: a fixture that a second `oneOf` branch accepts too (#32) is no longer one. */
const KNOWN: readonly KnownDisagreement[] = [];

export function knownDisagreement(document: string, text: string): KnownDisagreement | undefined {
  return KNOWN.find((known) => known.document.test(document) && known.text.test(text));
}
