// openapi-typescript prints `type: string, format: binary` as `string`, which is not what goes on
// the wire: a file is bytes. Its `transform` hook (the documented way to map a schema to another
// type) gives those schemas `Blob`, and a request body that is bytes as a whole every kind of bytes
// `fetch` sends. The same schemas the fixture engine builds as a Blob (templates/fixtures/strings.ts).
import type * as TS from "typescript";
import { isBinarySchema } from "../../templates/fixtures/binary.js";

/** Where a media type's schema is the whole request body: its value can be any bytes `fetch` sends. */
const WHOLE_REQUEST_BODY = /\/(requestBody|requestBodies\/[^/]+)\/content\/[^/]+(\/schema)?$/;

export function binaryTransform(
  ts: typeof TS,
): (schema: unknown, options: { path?: string }) => TS.TypeNode | undefined {
  const reference = (name: string, args: TS.TypeNode[] = []): TS.TypeNode =>
    ts.factory.createTypeReferenceNode(name, args.length === 0 ? undefined : args);
  return (schema, options) => {
    if (!isBinarySchema(schema)) return undefined;
    if (!WHOLE_REQUEST_BODY.test(options.path ?? "")) return reference("Blob");
    return ts.factory.createUnionTypeNode([
      reference("Blob"),
      reference("ArrayBuffer"),
      reference("ArrayBufferView"),
      reference("ReadableStream", [reference("Uint8Array")]),
    ]);
  };
}
