import { migratedOperations, migrationNames, resultProperties } from "../emit/emit-migrations.js";
import type { ApiModel } from "../model/api-model.js";

/** One mode of a migration: the instruction it sends and where the deprecated answer sits in the replacement's. */
export interface TargetMode {
  readonly name: string;
  readonly kind: string;
  readonly resultProperty: string | undefined;
  /** What the mode does on the server, as the spec says it. */
  readonly description: string | undefined;
}

/** A deprecated client method the codemod rewrites, and what it becomes. */
export interface MigrationTarget {
  readonly deprecatedMethod: string;
  readonly replacementMethod: string;
  /** Request → replacement request. */
  readonly helper: string;
  /** Sends the replacement and answers like the deprecated method; undefined when the spec does not say where the answer sits. */
  readonly viaFunction: string | undefined;
  readonly modes: readonly TargetMode[];
  /** The mode the codemod writes (the first, unless `--mode` says otherwise). */
  readonly mode: TargetMode;
  /** How a request body is written as the replacement's body (for `--inline`). */
  readonly instructionsProperty: string;
  readonly valueProperty: string;
  readonly fieldOperation: string;
}

/** Every deprecated operation of the model that declares a migration, written in `mode` (default: each one's first). */
export function migrationTargets(model: ApiModel, mode?: string): MigrationTarget[] {
  return migratedOperations(model).flatMap(({ operation, migration }) => {
    const names = migrationNames(operation);
    const modes = migration.modes.map(({ name, kind, resultProperty, description }) => ({
      name,
      kind,
      resultProperty,
      description,
    }));
    const chosen = mode === undefined ? modes[0] : modes.find((candidate) => candidate.name === mode);
    if (chosen === undefined) return [];
    return [
      {
        deprecatedMethod: names.sourceMethod,
        replacementMethod: names.targetMethod,
        helper: names.functionName,
        viaFunction: resultProperties(migration) === undefined ? undefined : names.viaFunction,
        modes,
        mode: chosen,
        instructionsProperty: migration.instructionsProperty,
        valueProperty: migration.valueProperty,
        fieldOperation: migration.fieldOperation,
      },
    ];
  });
}

/** Every mode name any migration of the model knows, for `--mode`'s message. */
export function knownModes(model: ApiModel): string[] {
  return [...new Set(migratedOperations(model).flatMap(({ migration }) => migration.modes.map((mode) => mode.name)))];
}
