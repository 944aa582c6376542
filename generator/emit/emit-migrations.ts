import type { ApiModel, MigrationModel, OperationModel, ReplacementModel } from "../model/api-model.js";
import { pascalCase, splitWords } from "../model/naming.js";
import { type DocBlock, stringLiteral } from "./code-text.js";
import type { TemplateSet } from "./template-engine.js";

export interface MigrationView {
  readonly sourceMethod: string;
  readonly targetMethod: string;
  readonly functionName: string;
  readonly optionsType: string;
  /** The function that sends the replacement and answers like the deprecated operation. */
  readonly viaFunction: string;
  readonly viaResultType: string;
}

/** The names a migration is emitted under, shared by the helper, the README and the codemod. */
export function migrationNames(operation: OperationModel): MigrationView {
  const base = pascalCase(operation.methodName);
  return {
    sourceMethod: operation.methodName,
    targetMethod: operation.replacement?.methodName ?? "",
    functionName: `migrate${base}`,
    optionsType: `Migrate${base}Options`,
    viaFunction: `${operation.methodName}Via${pascalCase(operation.replacement?.methodName ?? "")}`,
    viaResultType: `${base}Via${pascalCase(operation.replacement?.methodName ?? "")}Result`,
  };
}

export function migratedOperations(
  model: ApiModel,
): { operation: OperationModel; replacement: ReplacementModel; migration: MigrationModel }[] {
  return model.operations.flatMap((operation) => {
    const replacement = operation.replacement;
    const migration = replacement?.migration;
    return replacement === undefined || migration === undefined || migration.modes.length === 0
      ? []
      : [{ operation, replacement, migration }];
  });
}

function helperDoc(operation: OperationModel, replacement: ReplacementModel, migration: MigrationModel): DocBlock {
  const modes = migration.modes.map(
    (mode, index) =>
      `- \`${mode.name}\`${index === 0 ? " (default)" : ""} sends \`${mode.kind}\`${mode.description === undefined ? "." : `: ${mode.description}`}`,
  );
  return {
    paragraphs: [
      `Turns a \`${operation.methodName}\` request into the equivalent \`${replacement.methodName}\` request: every field of the body becomes an \`${migration.fieldOperation}\` operation on the field of the same name. Use it as \`client.${replacement.methodName}(${migrationNames(operation).functionName}(request, options))\`.`,
      `Modes (\`options.mode\`):\n${modes.join("\n")}`,
      migration.result,
    ],
  };
}

/** Where each mode's answer holds the deprecated answer, when every mode says so (else the function is not emitted). */
export function resultProperties(migration: MigrationModel): { mode: string; property: string }[] | undefined {
  const properties = migration.modes.flatMap((mode) =>
    mode.resultProperty === undefined ? [] : [{ mode: mode.name, property: mode.resultProperty }],
  );
  return properties.length === migration.modes.length && properties.length > 0 ? properties : undefined;
}

function targetResultType(model: ApiModel, replacement: ReplacementModel): string {
  return model.operations.find((operation) => operation.operationId === replacement.operationId)?.resultTypeName ?? "";
}

function viaView(model: ApiModel, operation: OperationModel, replacement: ReplacementModel, migration: MigrationModel) {
  const properties = resultProperties(migration);
  if (properties === undefined) return undefined;
  const names = migrationNames(operation);
  const where = properties.map(({ mode, property }) => `\`${property}\` (${mode})`).join(", ");
  return {
    functionName: names.viaFunction,
    resultType: names.viaResultType,
    targetResultType: targetResultType(model, replacement),
    propertiesConstant: `${splitWords(operation.methodName).join("_").toUpperCase()}_RESULT_PROPERTIES`,
    properties,
    propertyUnion: [...new Set(properties.map(({ property }) => stringLiteral(property)))].join(" | "),
    resultDoc: {
      paragraphs: [
        `What \`${names.viaFunction}\` resolves to: \`${replacement.methodName}\`'s result, with a successful \`data\` read from ${where} of its body, as \`${operation.methodName}\` answered it, and the whole body as \`fullData\`.`,
      ],
    },
    doc: {
      paragraphs: [
        `Does what \`${operation.methodName}\` did, through \`${replacement.methodName}\`: sends \`${names.functionName}(request, options)\` and resolves to \`${operation.methodName}\`'s answer, read from ${where} of \`${replacement.methodName}\`'s answer. Code that reads \`data\` keeps its meaning; the whole answer is \`fullData\`. Errors are \`${replacement.methodName}\`'s.`,
      ],
    } satisfies DocBlock,
  };
}

/** `src/migrations.ts` with one helper per deprecated operation that declares a migration, and its runtime piece. */
export function renderMigrations(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const migrations = migratedOperations(model).map(({ operation, replacement, migration }) => {
    const names = migrationNames(operation);
    return {
      ...names,
      sourceType: operation.requestTypeName,
      targetType:
        model.operations.find((candidate) => candidate.operationId === replacement.operationId)?.requestTypeName ?? "",
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
      justifications: [
        ...new Set(
          migration.modes.flatMap((mode) =>
            mode.justificationProperty === undefined ? [] : [mode.justificationProperty],
          ),
        ),
      ],
      doc: helperDoc(operation, replacement, migration),
      via: viaView(model, operation, replacement, migration),
    };
  });
  return new Map([
    [
      "src/migrations.ts",
      templates.render("migrations.ts", {
        migrations,
        anyReadsResult: migrations.some((migration) => migration.via !== undefined),
        clientImports: [
          ...new Set(
            migrations.flatMap((migration) => [
              migration.sourceType,
              migration.targetType,
              ...(migration.via === undefined ? [] : ["Client", migration.via.targetResultType]),
            ]),
          ),
        ].sort(),
      }),
    ],
    ["src/runtime/migration.ts", templates.render("runtime/migration.ts", {})],
  ]);
}
