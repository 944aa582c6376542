import { migratedOperations, migrationNames } from "../emit/emit-migrations.js";
import type { ApiModel } from "../model/api-model.js";

/** A deprecated client method the codemod rewrites, and what it becomes. */
export interface MigrationTarget {
  readonly deprecatedMethod: string;
  readonly replacementMethod: string;
  readonly helper: string;
}

/** Every deprecated operation of the model that declares a migration. */
export function migrationTargets(model: ApiModel): MigrationTarget[] {
  return migratedOperations(model).map(({ operation }) => {
    const names = migrationNames(operation);
    return { deprecatedMethod: names.sourceMethod, replacementMethod: names.targetMethod, helper: names.functionName };
  });
}
