// Swagger 2.0's `collectionFormat`, where swagger2openapi does not carry it into OpenAPI 3: on
// `in: formData` arrays it drops it (csv, the default, then reads as repeated fields), and `tsv`,
// which OpenAPI 3 has no style for, it leaves as `x-collectionFormat`. Both are restored here as
// the Encoding or Parameter Object fields that send the same bytes (`tabDelimited` is ours).

import { isRecord } from "./json-pointer.js";
import { HTTP_METHODS } from "./path-item-operations.js";

const STYLES: Readonly<Record<string, { style: string; explode: boolean }>> = {
  csv: { style: "form", explode: false },
  ssv: { style: "spaceDelimited", explode: false },
  tsv: { style: "tabDelimited", explode: false },
  pipes: { style: "pipeDelimited", explode: false },
  multi: { style: "form", explode: true },
};

function formDataFormats(parameters: unknown): Map<string, string> {
  const formats = new Map<string, string>();
  if (!Array.isArray(parameters)) return formats;
  for (const parameter of parameters) {
    if (
      !isRecord(parameter) ||
      parameter.in !== "formData" ||
      parameter.type !== "array" ||
      typeof parameter.name !== "string"
    )
      continue;
    formats.set(parameter.name, typeof parameter.collectionFormat === "string" ? parameter.collectionFormat : "csv");
  }
  return formats;
}

function encodeFormFields(converted: Record<string, unknown>, formats: ReadonlyMap<string, string>): void {
  const body = converted.requestBody;
  if (formats.size === 0 || !isRecord(body) || !isRecord(body.content)) return;
  for (const [type, media] of Object.entries(body.content)) {
    if (!isRecord(media) || (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data")) continue;
    const encoding: Record<string, unknown> = isRecord(media.encoding) ? media.encoding : {};
    for (const [name, format] of formats) {
      const style = STYLES[format];
      if (style === undefined || format === "multi" || Object.hasOwn(encoding, name)) continue;
      Object.defineProperty(encoding, name, {
        value: { ...style },
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (Object.keys(encoding).length > 0) media.encoding = encoding;
  }
}

function restoreTsv(parameters: unknown): void {
  if (!Array.isArray(parameters)) return;
  for (const parameter of parameters) {
    if (!isRecord(parameter) || parameter["x-collectionFormat"] !== "tsv" || parameter.style !== undefined) continue;
    Object.assign(parameter, STYLES.tsv);
    // Sent as tab-separated after all: the converter's "no longer supported" is no longer true.
    delete parameter["x-s2o-warning"];
  }
}

/** Applies the Swagger document's collection formats to its conversion, operation by operation. */
export function restoreCollectionFormats(swagger: Record<string, unknown>, converted: Record<string, unknown>): void {
  const before = isRecord(swagger.paths) ? swagger.paths : {};
  const after = isRecord(converted.paths) ? converted.paths : {};
  for (const [path, item] of Object.entries(after)) {
    const source = before[path];
    if (!isRecord(item) || !isRecord(source)) continue;
    restoreTsv(item.parameters);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      const original = source[method];
      if (!isRecord(operation) || !isRecord(original)) continue;
      restoreTsv(operation.parameters);
      encodeFormFields(
        operation,
        formDataFormats([
          ...(Array.isArray(source.parameters) ? source.parameters : []),
          ...(Array.isArray(original.parameters) ? original.parameters : []),
        ]),
      );
    }
  }
}
