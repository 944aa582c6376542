// Validation at run time, a feature of a transport (call.ts): a call's parameters and body are
// checked before anything is sent, its response body (each item of a stream, as it arrives) after
// it is read, each with the compiled validators the caller hands in (`validate.with`). This module
// holds none: a bundle carries the validators its caller names, and none without validation.

import type { OperationValidators, ValidationIssue, Validator } from "../validators/standard.js";
import type { CallInit, TransportFeature } from "./call.js";
import type { ClientOptions, ClientWarning, OperationSpec, ValidationMode } from "./types.js";

const SHOWN_ISSUES = 5;

/** `body/instructions/0/kind: must be one of …; params/path/projectKey: is required`, the first few. */
function describe(issues: readonly ValidationIssue[]): string {
  const shown = issues
    .slice(0, SHOWN_ISSUES)
    .map((issue) => `${issue.path.length === 0 ? "(root)" : issue.path.map(String).join("/")}: ${issue.message}`);
  return shown.join("; ") + (issues.length > SHOWN_ISSUES ? `; … ${issues.length - SHOWN_ISSUES} more` : "");
}

/** A request that breaks the document's schema, refused before anything was sent (`validate.requests: "fail"`). */
export class RequestValidationError extends Error {
  override readonly name = "RequestValidationError";
  readonly code = "invalid_request";
  readonly operation: string;
  /** Paths start at the request: `["body", "hypothesis"]`, `["params", "path", "projectKey"]`. */
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, issues: readonly ValidationIssue[]) {
    super(`${operation}: the request breaks the API's schema: ${describe(issues)}`);
    this.operation = operation;
    this.issues = issues;
  }
}

/** A response body that breaks the document's schema (`validate.responses: "fail"`): the status, the body as parsed, and where it breaks. */
export class ResponseValidationError extends Error {
  override readonly name = "ResponseValidationError";
  /** A code beside the API's own error codes, so `error.code` reads on every error a call can give. */
  readonly code = "invalid_response";
  readonly status: number;
  /** The body as parsed: nothing is lost. */
  readonly body: unknown;
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, status: number, body: unknown, issues: readonly ValidationIssue[]) {
    super(`${operation}: the ${status} response body breaks the API's schema: ${describe(issues)}`);
    this.status = status;
    this.body = body;
    this.issues = issues;
  }
}

/** A stream item that breaks its schema (`validate.responses: "fail"`), thrown by the iteration at that item; `item` is the item as read. */
export class StreamItemValidationError extends Error {
  override readonly name = "StreamItemValidationError";
  readonly code = "invalid_stream_item";
  /** The item's position in the stream, from 0. */
  readonly index: number;
  readonly item: unknown;
  readonly issues: readonly ValidationIssue[];

  constructor(operation: string, index: number, item: unknown, issues: readonly ValidationIssue[]) {
    super(`${operation}: stream item ${index} breaks the API's schema: ${describe(issues)}`);
    this.index = index;
    this.item = item;
    this.issues = issues;
  }
}

/** A call's mode for requests or responses: its own `validate`, else the client's, `"fail"` where the client names validators. */
function modeOf(kind: "requests" | "responses", options: ClientOptions, init: CallInit): ValidationMode {
  const own = init.validate;
  if (own === false || options.validate === undefined) return "off";
  return own?.[kind] ?? options.validate[kind] ?? "fail";
}

/** A warning per invalid value (not once: each is news), to `onWarning`, else the console. */
function report(options: ClientOptions, warning: ClientWarning): void {
  if (options.onWarning !== undefined) options.onWarning(warning);
  else console.warn(`[${warning.code}] ${warning.message}`);
}

function prefixed(prefix: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => ({ message: issue.message, path: [prefix, ...issue.path] }));
}

function checkRequest(operation: string, spec: OperationSpec, init: CallInit, options: ClientOptions): void {
  const mode = modeOf("requests", options, init);
  const validators = mode === "off" ? undefined : options.validate?.with[operation];
  if (validators === undefined) return;
  const issues: ValidationIssue[] = [];
  const params = validators.params?.["~standard"].validate(init.params ?? {});
  if (params?.issues !== undefined) issues.push(...prefixed("params", params.issues));
  const body = init.body;
  const bodyValidator = validators.body[init.contentType ?? spec.requestContentType ?? "application/json"];
  // A body streamed by the caller is not read here: that would consume it.
  if (body !== undefined && bodyValidator !== undefined && !(body instanceof ReadableStream)) {
    const checked = bodyValidator["~standard"].validate(body);
    if (checked.issues !== undefined) issues.push(...prefixed("body", checked.issues));
  }
  if (issues.length === 0) return;
  const error = new RequestValidationError(operation, issues);
  if (mode === "fail") throw error;
  report(options, { code: "OPENAPI_INVALID_REQUEST", message: error.message, operation, issues });
}

/** The documented response's validator for this status (exact, then `4XX`, then `default`) and Content-Type. */
function responseValidator(
  validators: OperationValidators,
  status: number,
  contentType: string,
): Validator<unknown> | undefined {
  const byType =
    validators.responses[String(status)] ??
    validators.responses[`${String(status).charAt(0)}XX`] ??
    validators.responses.default;
  if (byType === undefined) return undefined;
  const type = (contentType.split(";")[0] ?? "").trim().toLowerCase();
  const entries = Object.entries(byType);
  const exact = entries.find(([documented]) => documented.toLowerCase() === type);
  const pattern = entries.find(
    ([documented]) =>
      documented === "*/*" || (documented.endsWith("/*") && type.startsWith(documented.slice(0, -1).toLowerCase())),
  );
  return (exact ?? pattern ?? (type === "" && entries.length === 1 ? entries[0] : undefined))?.[1];
}

interface ResultShape {
  readonly status: number;
  readonly data?: unknown;
  readonly error?: unknown;
  readonly malformed?: boolean;
  readonly response: Response;
}

function isStream(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

/** Each item checked as it arrives (an event's `data` for server-sent events); the items are passed on unchanged. */
async function* checkedItems(
  operation: string,
  items: AsyncIterable<unknown>,
  validator: Validator<unknown>,
  events: boolean,
  mode: ValidationMode,
  options: ClientOptions,
): AsyncGenerator<unknown> {
  let index = 0;
  for await (const item of items) {
    const value = events && typeof item === "object" && item !== null ? (item as { data?: unknown }).data : item;
    const checked = validator["~standard"].validate(value);
    if (checked.issues !== undefined) {
      const error = new StreamItemValidationError(operation, index, item, checked.issues);
      if (mode === "fail") throw error;
      report(options, { code: "OPENAPI_INVALID_RESPONSE", message: error.message, operation, issues: checked.issues });
    }
    index += 1;
    yield item;
  }
}

function checkResult(operation: string, result: object, init: CallInit, options: ClientOptions): object {
  const mode = modeOf("responses", options, init);
  const validators = mode === "off" || init.parseAs !== undefined ? undefined : options.validate?.with[operation];
  const answer = result as ResultShape;
  if (validators === undefined || answer.malformed === true) return result;
  const { status } = answer.response;
  const contentType = answer.response.headers.get("Content-Type") ?? "";
  const validator = responseValidator(validators, status, contentType);
  const body = answer.response.ok ? answer.data : answer.error;
  if (validator === undefined || body === undefined) return result;
  if (answer.response.ok && isStream(body)) {
    const events = contentType.toLowerCase().startsWith("text/event-stream");
    return { ...answer, data: checkedItems(operation, body, validator, events, mode, options) };
  }
  const checked = validator["~standard"].validate(body);
  if (checked.issues === undefined) return result;
  const error = new ResponseValidationError(operation, status, body, checked.issues);
  if (mode === "report") {
    report(options, { code: "OPENAPI_INVALID_RESPONSE", message: error.message, operation, issues: checked.issues });
    return result;
  }
  return { status: 0, error, malformed: true, invalid: true, response: answer.response };
}

/** Checks requests before they are sent and responses as they are read, with `validate.with`'s validators and modes. */
export const validation: TransportFeature = { feature: "validation", checkRequest, checkResult };
