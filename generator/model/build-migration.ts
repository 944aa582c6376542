import { joinPointer } from "../errors.js";
import { isRecord } from "../load/json-pointer.js";
import type { MigrationMode, MigrationModel } from "./api-model.js";
import type { ResolvedOperation, SchemaResolver } from "./resolve-operation.js";

type Report = (pointer: string, message: string) => void;

export interface MigrationInput {
  readonly resolveSchema: SchemaResolver;
  readonly extension: unknown;
  readonly pointer: string;
  readonly instructions: readonly string[];
  readonly source: ResolvedOperation | undefined;
  readonly target: ResolvedOperation | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim().replace(/\s+/g, " ") : undefined;
}

/** The request body media type and its schema's property names. */
function requestBody(
  resolveSchema: SchemaResolver,
  operation: ResolvedOperation | undefined,
): { contentType: string; fields: string[] } | undefined {
  const media = operation?.requestBody?.media[0];
  if (media === undefined) return undefined;
  const schema = resolveSchema(media.schema);
  const properties = schema !== undefined && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  return { contentType: media.contentType, fields: properties };
}

/** Property names of the first 2xx JSON response's schema (its `allOf` parts included), or undefined without one. */
function successProperties(
  resolveSchema: SchemaResolver,
  operation: ResolvedOperation | undefined,
): Set<string> | undefined {
  const response = [...(operation?.responses ?? [])]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .find((entry) => /^2/.test(entry.key));
  if (response === undefined || response.media.length === 0) return undefined;
  const media = response.media.find((entry) => /[/+]json\b/i.test(entry.contentType));
  const names = new Set<string>();
  const visit = (raw: unknown, depth: number): void => {
    const schema = resolveSchema(raw);
    if (schema === undefined || depth > 8) return;
    if (isRecord(schema.properties)) for (const name of Object.keys(schema.properties)) names.add(name);
    if (Array.isArray(schema.allOf)) for (const part of schema.allOf) visit(part, depth + 1);
  };
  visit(media?.schema, 0);
  return names;
}

interface ModeContext {
  readonly instructions: readonly string[];
  /** The replacement's 2xx body properties, where the deprecated operation's answer may sit. */
  readonly resultProperties: Set<string> | undefined;
}

function readResultProperty(
  mode: Record<string, unknown>,
  at: string,
  context: ModeContext,
  report: Report,
): string | undefined {
  const property = text(mode.resultProperty);
  if (property === undefined) return undefined;
  if (context.resultProperties?.has(property) !== true) {
    report(
      joinPointer(at, "resultProperty"),
      `"${property}" is not a property of the replacement's success response, so the deprecated answer cannot be read from it`,
    );
    return undefined;
  }
  return property;
}

function readModes(raw: unknown, pointer: string, context: ModeContext, report: Report): MigrationMode[] {
  const { instructions } = context;
  if (!isRecord(raw) || Object.keys(raw).length === 0) {
    report(pointer, "`modes` must map mode names to `{ kind, description?, justificationProperty?, resultProperty? }`");
    return [];
  }
  return Object.entries(raw).flatMap(([name, mode]): MigrationMode[] => {
    const at = joinPointer(pointer, name);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) report(at, `mode name "${name}" must be a simple word`);
    if (!isRecord(mode) || typeof mode.kind !== "string") {
      report(at, "a mode needs a `kind`: the instruction it sends");
      return [];
    }
    if (instructions.length > 0 && !instructions.includes(mode.kind))
      report(joinPointer(at, "kind"), `kind "${mode.kind}" is not one of the replacement's instructions`);
    const justificationProperty = text(mode.justificationProperty);
    if (justificationProperty !== undefined && !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(justificationProperty)) {
      report(
        joinPointer(at, "justificationProperty"),
        "`justificationProperty` must be an identifier: it also names the helper's option",
      );
      return [];
    }
    const resultProperty = readResultProperty(mode, at, context, report);
    return [{ name, kind: mode.kind, description: text(mode.description), justificationProperty, resultProperty }];
  });
}

/** Reads `x-replacement.migration`; undefined when absent. Problems go to `report` with their pointer. */
export function readMigration(input: MigrationInput, report: Report): MigrationModel | undefined {
  const { extension, pointer } = input;
  if (extension === undefined) return undefined;
  if (!isRecord(extension)) {
    report(
      pointer,
      "`migration` must be a mapping with `modes` (and optional `fieldOperation`, `valueProperty`, `result`, `notes`)",
    );
    return undefined;
  }
  const source = requestBody(input.resolveSchema, input.source);
  const target = requestBody(input.resolveSchema, input.target);
  if (source === undefined || target === undefined) {
    report(pointer, "a migration needs a request body on both the deprecated operation and its replacement");
    return undefined;
  }
  const notes = isRecord(extension.notes) ? extension.notes : {};
  for (const name of Object.keys(notes)) {
    if (!source.fields.includes(name))
      report(joinPointer(pointer, "notes", name), `"${name}" is not a field of the deprecated request body`);
  }
  return {
    fieldOperation: text(extension.fieldOperation) ?? "update",
    valueProperty: text(extension.valueProperty) ?? "value",
    instructionsProperty: text(extension.instructionsProperty) ?? "instructions",
    commentProperty: target.fields.includes("comment") ? "comment" : undefined,
    modes: readModes(
      extension.modes,
      joinPointer(pointer, "modes"),
      { instructions: input.instructions, resultProperties: successProperties(input.resolveSchema, input.target) },
      report,
    ),
    result: text(extension.result),
    fields: source.fields.map((name) => ({ name, note: text(notes[name]) })),
    sourceContentType: source.contentType,
    targetContentType: target.contentType,
  };
}
