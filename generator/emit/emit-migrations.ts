import type { ApiModel, MigrationModel, OperationModel, ReplacementModel } from "../model/api-model.js";
import { pascalCase } from "../model/naming.js";
import { stringLiteral, type DocBlock } from "./code-text.js";
import type { TemplateSet } from "./template-engine.js";

export interface MigrationView {
  readonly sourceMethod: string;
  readonly targetMethod: string;
  readonly functionName: string;
  readonly optionsType: string;
}

/** The names a migration is emitted under, shared by the helper, the README and the codemod. */
export function migrationNames(operation: OperationModel): MigrationView {
  const base = pascalCase(operation.methodName);
  return {
    sourceMethod: operation.methodName,
    targetMethod: operation.replacement?.methodName ?? "",
    functionName: `migrate${base}`,
    optionsType: `Migrate${base}Options`,
  };
}

export function migratedOperations(model: ApiModel): { operation: OperationModel; replacement: ReplacementModel; migration: MigrationModel }[] {
  return model.operations.flatMap((operation) => {
    const replacement = operation.replacement;
    const migration = replacement?.migration;
    return replacement === undefined || migration === undefined || migration.modes.length === 0 ? [] : [{ operation, replacement, migration }];
  });
}

function helperDoc(operation: OperationModel, replacement: ReplacementModel, migration: MigrationModel): DocBlock {
  const modes = migration.modes.map(
    (mode, index) => `- \`${mode.name}\`${index === 0 ? " (default)" : ""} sends \`${mode.kind}\`${mode.description === undefined ? "." : `: ${mode.description}`}`,
  );
  return {
    paragraphs: [
      `Turns a \`${operation.methodName}\` request into the equivalent \`${replacement.methodName}\` request: every field of the body becomes an \`${migration.fieldOperation}\` operation on the field of the same name. Use it as \`client.${replacement.methodName}(${migrationNames(operation).functionName}(request, options))\`.`,
      `Modes (\`options.mode\`):\n${modes.join("\n")}`,
      migration.result,
    ],
  };
}

/** `src/migrations.ts` with one helper per deprecated operation that declares a migration, and its runtime piece. */
export function renderMigrations(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const migrations = migratedOperations(model).map(({ operation, replacement, migration }) => {
    const names = migrationNames(operation);
    const base = pascalCase(operation.methodName);
    return {
      ...names,
      sourceType: `${base}Request`,
      targetType: `${pascalCase(replacement.methodName)}RequestFrom${base}`,
      sourceOperationId: operation.operationId,
      targetOperationId: replacement.operationId,
      sourceContentType: migration.sourceContentType,
      targetContentType: migration.targetContentType,
      fieldOperation: migration.fieldOperation,
      valueProperty: migration.valueProperty,
      instructionsProperty: migration.instructionsProperty,
      commentProperty: migration.commentProperty,
      modes: migration.modes,
      defaultMode: migration.modes[0]?.name ?? "",
      modeUnion: migration.modes.map((mode) => stringLiteral(mode.name)).join(" | "),
      modeDoc: { paragraphs: [`Which instruction to send (default \`${migration.modes[0]?.name ?? ""}\`).`] },
      justifications: [...new Set(migration.modes.flatMap((mode) => (mode.justificationProperty === undefined ? [] : [mode.justificationProperty])))],
      doc: helperDoc(operation, replacement, migration),
    };
  });
  return new Map([
    ["src/migrations.ts", templates.render("migrations.ts", { migrations })],
    ["src/runtime/migration.ts", templates.render("runtime/migration.ts", {})],
  ]);
}
