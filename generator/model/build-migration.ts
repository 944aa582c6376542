import { joinPointer } from "../errors.js";
import { deref, isRecord } from "../load/json-pointer.js";
import type { MigrationModel, MigrationMode } from "./api-model.js";

type Report = (pointer: string, message: string) => void;

export interface MigrationInput {
  readonly document: Record<string, unknown>;
  readonly extension: unknown;
  readonly pointer: string;
  readonly instructions: readonly string[];
  readonly source: Record<string, unknown>;
  readonly target: Record<string, unknown>;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim().replace(/\s+/g, " ") : undefined;
}

/** The request body media type and its schema's property names. */
function requestBody(document: Record<string, unknown>, operation: Record<string, unknown>): { contentType: string; fields: string[] } | undefined {
  const body = deref(document, operation.requestBody);
  if (!isRecord(body) || !isRecord(body.content)) return undefined;
  const contentType = Object.keys(body.content)[0];
  const media = contentType === undefined ? undefined : body.content[contentType];
  if (contentType === undefined || !isRecord(media)) return undefined;
  const schema = deref(document, media.schema);
  const properties = isRecord(schema) && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  return { contentType, fields: properties };
}

function readModes(raw: unknown, pointer: string, instructions: readonly string[], report: Report): MigrationMode[] {
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    report(pointer, "`modes` must map mode names to `{ kind, description?, justificationProperty? }`");
    return [];
  }
  return Object.entries(raw).flatMap(([name, mode]): MigrationMode[] => {
    const at = joinPointer(pointer, name);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) report(at, `mode name "${name}" must be a simple word`);
    if (!isRecord(mode) || typeof mode.kind !== "string") {
      report(at, "a mode needs a `kind`: the instruction it sends");
      return [];
    }
    if (instructions.length > 0 && !instructions.includes(mode.kind)) report(joinPointer(at, "kind"), `kind "${mode.kind}" is not one of the replacement's instructions`);
    const justificationProperty = text(mode.justificationProperty);
    if (justificationProperty !== undefined && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(justificationProperty)) {
      report(joinPointer(at, "justificationProperty"), "`justificationProperty` must be an identifier: it also names the helper's option");
      return [];
    }
    return [{ name, kind: mode.kind, description: text(mode.description), justificationProperty }];
  });
}

/** Reads `x-replacement.migration`; undefined when absent. Problems go to `report` with their pointer. */
export function readMigration(input: MigrationInput, report: Report): MigrationModel | undefined {
  const { extension, pointer } = input;
  if (extension === undefined) return undefined;
  if (!isRecord(extension)) {
    report(pointer, "`migration` must be a mapping with `modes` (and optional `fieldOperation`, `valueProperty`, `result`, `notes`)");
    return undefined;
  }
  const source = requestBody(input.document, input.source);
  const target = requestBody(input.document, input.target);
  if (source === undefined || target === undefined) {
    report(pointer, "a migration needs a request body on both the deprecated operation and its replacement");
    return undefined;
  }
  const notes = isRecord(extension.notes) ? extension.notes : {};
  for (const name of Object.keys(notes)) {
    if (!source.fields.includes(name)) report(joinPointer(pointer, "notes", name), `"${name}" is not a field of the deprecated request body`);
  }
  return {
    fieldOperation: text(extension.fieldOperation) ?? "update",
    valueProperty: text(extension.valueProperty) ?? "value",
    instructionsProperty: text(extension.instructionsProperty) ?? "instructions",
    commentProperty: target.fields.includes("comment") ? "comment" : undefined,
    modes: readModes(extension.modes, joinPointer(pointer, "modes"), input.instructions, report),
    result: text(extension.result),
    fields: source.fields.map((name) => ({ name, note: text(notes[name]) })),
    sourceContentType: source.contentType,
    targetContentType: target.contentType,
  };
}
