import type { ConvertOutputOptions } from "swagger2openapi";
import { joinPointer } from "../errors.js";
import { loadSwagger2openapi } from "../require-package.js";
import { restoreCollectionFormats } from "./collection-formats.js";
import { type Finding, findingList } from "./findings.js";
import { isRecord, pointerTokens } from "./json-pointer.js";
import { markSwaggerTuples, restoreSwaggerTuples } from "./swagger-tuples.js";

/** Where swagger2openapi leaves a warning (`warnOnly`): a property of the object it is about. */
const WARNING_PROPERTY = "x-s2o-warning";

export interface ConvertedSwagger {
  /** Undefined when the converter gives up (the findings say why, at a pointer of the Swagger document). */
  readonly document: Record<string, unknown> | undefined;
  /** Pointers into the converted document. */
  readonly findings: readonly Finding[];
}

/**
 * Converts a bundled Swagger 2.0 document to OpenAPI 3.0 with swagger2openapi, the converter
 * orval and others use, letting it patch small errors (`patch`) and keep going where it can
 * (`warnOnly`). The input is left as it is, so problems can still be located in it.
 */
export async function convertSwagger(swagger: Record<string, unknown>): Promise<ConvertedSwagger> {
  const converter = loadSwagger2openapi();
  const options = { patch: true, warnOnly: true, resolve: false, warnProperty: WARNING_PROPERTY } as Parameters<
    typeof converter.convertObj
  >[1];
  const list = findingList();
  let result: ConvertOutputOptions;
  // A copy without shared objects: the converter edits in place, and refuses an object met twice.
  const copy = JSON.parse(JSON.stringify(swagger)) as Record<string, unknown>;
  markSwaggerTuples(copy);
  try {
    result = await converter.convertObj(copy as never, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const pointer = /at #(\/\S*)/.exec(message)?.[1] ?? "/swagger";
    list.error({
      kind: "Swagger 2.0",
      message: `swagger2openapi cannot convert this Swagger 2.0 document: ${message}`,
      at: pointer,
    });
    return { document: undefined, findings: list.findings };
  }
  const document = result.openapi as unknown as Record<string, unknown>;
  const patches =
    typeof (result as { patches?: unknown }).patches === "number" ? (result as { patches: number }).patches : 0;
  const fixes =
    patches === 0 ? "" : ` (it fixed ${patches} small error${patches === 1 ? "" : "s"} of the document on the way)`;
  list.warn({
    kind: "Swagger 2.0",
    message: `a Swagger 2.0 document: converted to OpenAPI ${String(document.openapi)} with swagger2openapi${fixes}`,
    at: "/swagger",
  });
  restoreCollectionFormats(swagger, document);
  restoreSwaggerTuples(document);
  collectWarnings(document, "", (pointer, message) =>
    list.warn({ kind: "Swagger 2.0", message: `swagger2openapi: ${message}`, at: pointer }),
  );
  return { document, findings: list.findings };
}

function collectWarnings(value: unknown, pointer: string, report: (pointer: string, message: string) => void): void {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) collectWarnings(item, joinPointer(pointer, index), report);
    return;
  }
  if (!isRecord(value)) return;
  if (typeof value[WARNING_PROPERTY] === "string") {
    report(pointer, value[WARNING_PROPERTY]);
    delete value[WARNING_PROPERTY];
  }
  for (const [key, item] of Object.entries(value)) collectWarnings(item, joinPointer(pointer, key), report);
}

/** Component sections of OpenAPI 3 and where Swagger 2.0 keeps the same things. */
const SECTIONS: Readonly<Record<string, string>> = {
  schemas: "definitions",
  parameters: "parameters",
  requestBodies: "parameters",
  responses: "responses",
  securitySchemes: "securityDefinitions",
};

/**
 * The place in the Swagger 2.0 document that a pointer into its conversion came from, as near as
 * the two shapes allow: `components/schemas` is `definitions`, a response's `content/*\/schema` is
 * its `schema`, a request body is one of the operation's parameters, `servers` is `host`.
 */
export function swaggerPointer(openapiPointer: string): string {
  const tokens = pointerTokens(openapiPointer);
  if (tokens[0] === "components" && tokens[1] !== undefined) {
    const section = SECTIONS[tokens[1]];
    return section === undefined ? "" : joinPointer("", section, ...tokens.slice(2).map(swaggerToken));
  }
  if (tokens[0] === "servers") return "/host";
  if (tokens[0] !== "paths")
    return openapiPointer === "/swagger" ? "/swagger" : joinPointer("", ...tokens.map(swaggerToken));
  const result: string[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index] as string;
    if (token === "requestBody") break;
    if (token === "content" && tokens[index - 2] === "responses") {
      index += 1; // skip the media type: Swagger 2.0 has one schema per response
      continue;
    }
    result.push(swaggerToken(token));
  }
  return joinPointer("", ...result);
}

/** A tuple's `prefixItems` (see swagger-tuples.ts) was written `items`. */
function swaggerToken(token: string): string {
  return token === "prefixItems" ? "items" : token;
}
