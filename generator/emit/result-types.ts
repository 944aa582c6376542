import type { MediaTypeModel, OperationModel, ResponseModel } from "../model/api-model.js";
import { componentSchemaName } from "../model/resolve-operation.js";
import { stringLiteral } from "./code-text.js";

/**
 * The type text of each operation's named result, one union member per documented response, with
 * the spec's schema names kept (`Runtime.Failure<409, StatusConflictErrorRep>`). Pattern (`4XX`) and
 * `default` responses get the literal statuses of their classes that are not documented otherwise,
 * so no member's `status` is plain `number` and `switch (result.status)` narrows on every case.
 */
const CLASSES = ["2", "3", "4", "5"] as const;

function classType(digit: string): string {
  return `Runtime.Status${digit}xx`;
}

/** The component type a media type's body (or, for a stream, each item) is, by name. */
function namedBody(media: MediaTypeModel, typeNames: ReadonlyMap<string, string>): string | undefined {
  const schemaName = media.stream === undefined ? media.schemaName : componentSchemaName(media.stream.itemSchema);
  return schemaName === undefined ? undefined : typeNames.get(schemaName);
}

function bodyType(operation: OperationModel, response: ResponseModel, typeNames: ReadonlyMap<string, string>): string {
  if (response.media.length === 0) return "undefined";
  const texts = response.media.map((media) => {
    // A stream's media type is printed as one item (see oas32-types.ts), and its body is an async iterable of them.
    const type =
      namedBody(media, typeNames) ??
      `paths[${stringLiteral(operation.path)}][${stringLiteral(operation.method)}]["responses"][${stringLiteral(response.key)}]["content"][${stringLiteral(media.contentType)}]`;
    if (media.stream === undefined) return type;
    return media.stream.framing === "event-stream"
      ? `Runtime.Stream<Runtime.ServerSentEvent<${type}>>`
      : `Runtime.Stream<${type}>`;
  });
  return [...new Set(texts)].join(" | ");
}

/** `Exclude<classes, documented>`, or the classes alone when nothing documented falls in them. */
function statusesOf(digits: readonly string[], documented: readonly string[]): string {
  const classes = digits.map(classType).join(" | ");
  const inClasses = documented.filter((status) => digits.includes(status.charAt(0)));
  return inClasses.length === 0 ? classes : `Exclude<${classes}, ${inClasses.join(" | ")}>`;
}

function member(success: boolean, status: string, body: string): string {
  return `${success ? "Runtime.Success" : "Runtime.Failure"}<${status}, ${body}>`;
}

export function resultMembers(operation: OperationModel, typeNames: ReadonlyMap<string, string>): string[] {
  const documented = operation.responses.map((response) => response.key).filter((key) => /^\d{3}$/.test(key));
  const patterns = operation.responses
    .map((response) => response.key)
    .filter((key) => /^[1-5]XX$/.test(key))
    .map((key) => key.charAt(0));
  const members: string[] = [];
  for (const response of operation.responses) {
    const body = bodyType(operation, response, typeNames);
    if (/^\d{3}$/.test(response.key)) {
      // 1xx never reaches a caller: fetch handles informational responses itself.
      if (!response.key.startsWith("1")) members.push(member(response.key.startsWith("2"), response.key, body));
    } else if (/^[2-5]XX$/.test(response.key)) {
      members.push(member(response.key.startsWith("2"), statusesOf([response.key.charAt(0)], documented), body));
    } else if (response.key === "default") {
      const rest = CLASSES.filter((digit) => !patterns.includes(digit));
      // As openapi-fetch reads it: `default` is the error answer, and a success only for an operation that documents none.
      const documentsSuccess = documented.some((status) => status.startsWith("2")) || patterns.includes("2");
      if (rest.includes("2") && !documentsSuccess) members.push(member(true, statusesOf(["2"], documented), body));
      const failures = rest.filter((digit) => digit !== "2");
      if (failures.length > 0) members.push(member(false, statusesOf(failures, documented), body));
    }
  }
  if (members.length === 0)
    members.push(member(true, classType("2"), "unknown"), member(false, statusesOf(["3", "4", "5"], []), "unknown"));
  return [...members, "Runtime.Malformed", "Runtime.Invalid"];
}

/** The schema type names the result members mention, for client.ts's import. */
export function namedBodies(operations: readonly OperationModel[], typeNames: ReadonlyMap<string, string>): string[] {
  const names = new Set<string>();
  for (const operation of operations) {
    for (const response of operation.responses) {
      for (const media of response.media) {
        const named = namedBody(media, typeNames);
        if (named !== undefined) names.add(named);
      }
    }
  }
  return [...names].sort();
}
