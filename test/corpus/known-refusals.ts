// Requests express-openapi-validator refuses for a reason that is not the client's wire format,
// each with that reason. Anything refused that is not listed here fails `npm run corpus`.

interface KnownRefusal {
  /** The corpus entry's name ends with this. */
  readonly document: string;
  /** The refusal line starts with this (the operation's method name). */
  readonly operation: string;
  readonly reason: string;
}

const GET_WITH_BODY = "the document gives a GET a request body, which fetch cannot send";
const MULTIPART_JSON_PART =
  "the validator reads every file part of a multipart body as an empty string, so a list of JSON parts cannot pass its schema";
const NESTED_EXPLODED_OBJECT =
  "an object inside an exploded form object: the specification leaves its serialization undefined";
const BRACKETED_NAME =
  "a parameter named with brackets (`include[]`): Express's query parser reads the brackets as its own list syntax and the validator then looks for `include`";
const IMPLICIT_DISCRIMINATOR =
  "a discriminator without `mapping` makes the schema names its tags, while each branch's `type` enum allows only another value: no value satisfies both";
const ONE_OF_INTEGER_OR_STRING =
  "a path parameter of `oneOf: [integer, string]`: its text matches both branches once the validator coerces it";
const EXPLODED_MAP =
  "a free-form object parameter in the default form style is exploded: its keys become query parameters of their own (`key-f4a0da=…`, as the specification says), which the validator cannot tell from unknown ones";
const READ_ONLY_PARAMETER =
  "the validator applies a path parameter schema's `readOnly` to the request, which makes the parameter impossible to send";

export const KNOWN_REFUSALS: readonly KnownRefusal[] = [
  ...["2.0.x", "3.0.x", "3.1.x"].flatMap((version) => [
    { document: `heyapi/${version}/headers.yaml`, operation: "getFoo", reason: GET_WITH_BODY },
    { document: `heyapi/${version}/case.yaml`, operation: "getFoo", reason: GET_WITH_BODY },
  ]),
  { document: "heyapi/3.1.x/body-nested-array.yaml", operation: "postFoo", reason: MULTIPART_JSON_PART },
  { document: "heyapi/3.1.x/validators.yaml", operation: "patchFoo", reason: NESTED_EXPLODED_OBJECT },
  ...["sshKeysDelete", "sshKeysGet", "sshKeysUpdate"].map((operation) => ({
    document: "DigitalOcean-public.v2.yaml",
    operation,
    reason: READ_ONLY_PARAMETER,
  })),
  ...["secretScanningGetAlert", "secretScanningUpdateAlert"].map((operation) => ({
    document: "octokit-ghes-3.6-diff-to-api.json",
    operation,
    reason: READ_ONLY_PARAMETER,
  })),
  {
    document: "octokit-ghes-3.6-diff-to-api.json",
    operation: "actionsListWorkflowRuns",
    reason: ONE_OF_INTEGER_OR_STRING,
  },
  { document: "heyapi/3.1.x/openai.yaml", operation: "createFile", reason: MULTIPART_JSON_PART },
  ...["createMessage", "createRealtimeSession"].map((operation) => ({
    document: "heyapi/3.1.x/openai.yaml",
    operation,
    reason: IMPLICIT_DISCRIMINATOR,
  })),
  { document: "heyapi/3.1.x/openai.yaml", operation: "listChatCompletions", reason: EXPLODED_MAP },
  ...["createRun", "getRunStep", "listRunSteps", "listAuditLogs"].map((operation) => ({
    document: "heyapi/3.1.x/openai.yaml",
    operation,
    reason: BRACKETED_NAME,
  })),
];

export function knownRefusal(document: string, refusal: string): KnownRefusal | undefined {
  return KNOWN_REFUSALS.find(
    (known) => document.endsWith(known.document) && refusal.startsWith(`${known.operation} (`),
  );
}
