import type { AuthModel, OperationModel } from "../model/api-model.js";

export interface DeprecationText {
  /** The `@deprecated` tag text of the client method. */
  readonly tag: string;
  /** The run-time warning, printed once per process. */
  readonly warning: string;
  /** A stable warning code, e.g. OPENAPI_DEP_CREATE_ITERATION. */
  readonly code: string;
}

function listOf(items: readonly string[], quote: (item: string) => string): string {
  const quoted = items.map(quote);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1] ?? ""}`;
}

export function warningCode(methodName: string): string {
  return `OPENAPI_DEP_${methodName.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toUpperCase()}`;
}

/** The run-time warning of a deprecated security scheme a call sends a credential by (`OPENAPI_DEP_AUTH_LEGACY_KEY`). */
export function schemeDeprecationSpec(scheme: AuthModel): { code: string; message: string } | undefined {
  if (scheme.deprecation === undefined) return undefined;
  return { code: warningCode(`auth_${scheme.schemeName.replace(/\W+/g, "_")}`), message: scheme.deprecation };
}

/** What a deprecated operation says, to the editor and at run time; undefined when not deprecated. */
export function deprecationText(operation: OperationModel): DeprecationText | undefined {
  if (!operation.deprecated) return undefined;
  const self = `${operation.methodName} (${operation.httpMethod} ${operation.path})`;
  const code = warningCode(operation.methodName);
  const { replacement } = operation;
  if (replacement === undefined) {
    return { tag: "This operation is deprecated by the API.", warning: `${self} is deprecated by the API.`, code };
  }
  const target = `${replacement.httpMethod} ${replacement.path}`;
  const instructions = replacement.instructions;
  const plural = instructions.length === 1 ? "instruction" : "instructions";
  const withTag =
    instructions.length === 0 ? "" : ` with the ${listOf(instructions, (kind) => `\`${kind}\``)} ${plural}`;
  const withWarning = instructions.length === 0 ? "" : ` with the ${listOf(instructions, (kind) => kind)} ${plural}`;
  const see = replacement.docsUrl === undefined ? "" : ` See ${replacement.docsUrl}`;
  return {
    tag: `Use {@link Client.${replacement.methodName}} (\`${target}\`)${withTag} instead.`,
    warning: `${self} is deprecated: use ${replacement.methodName} (${target})${withWarning} instead.${see}`,
    code,
  };
}
