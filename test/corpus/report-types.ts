// How the `types` check reads in the corpus report: a clause on each document's line, detail lines
// for what differs, and a clause on the summary line.
import type { TypesCheck } from "./check-types.js";

export interface WithTypes {
  readonly types?: TypesCheck;
}

function typesOk(types: TypesCheck): boolean {
  return types.differences.length === 0 && types.compileErrors.length === 0;
}

/** The document's line with its `types` clause after the first line, and its shortfalls indented below. */
export function withTypesClause(line: string, result: WithTypes): string {
  const types = result.types;
  if (types === undefined) return line;
  const clause = types.readByOpenapiTypescript
    ? `types ${types.identical}/${types.compared} byte-identical to openapi-typescript${types.known > 0 ? ` (${types.known} known)` : ""}`
    : `types exit ${types.oursExit} (openapi-typescript does not read it)`;
  const end = line.indexOf("\n");
  const [first, rest] = end === -1 ? [line, ""] : [line.slice(0, end), line.slice(end)];
  const details = [
    ...types.differences.map((text) => `types differ: ${text}`),
    ...types.compileErrors.slice(0, 3).map((text) => `types with createClient: ${text}`),
  ];
  const verdict = typesOk(types) ? "" : " TYPES FAIL";
  return `${first} [${clause}${verdict}]${rest}${details.map((text) => `\n    ${text}`).join("")}`;
}

/** `types: D/R documents byte-identical (I/C runs, K known), T/W compile with createClient`, and whether anything fell short. */
export function summarizeTypes(results: readonly WithTypes[]): { clause: string; shortfall: boolean } {
  const checked = results.flatMap((result) => (result.types === undefined ? [] : [result.types]));
  const read = checked.filter((types) => types.readByOpenapiTypescript);
  const sameDocuments = read.filter((types) => types.identical === types.compared).length;
  const runs = read.reduce((sum, types) => sum + types.compared, 0);
  const same = read.reduce((sum, types) => sum + types.identical, 0);
  const known = read.reduce((sum, types) => sum + types.known, 0);
  const written = checked.filter((types) => types.oursExit === 0 && !types.knownCompileFailure);
  const compiled = written.filter((types) => types.compileErrors.length === 0).length;
  const notCompiling = checked.filter((types) => types.knownCompileFailure).length;
  const clause =
    `types: ${sameDocuments}/${read.length} documents byte-identical to openapi-typescript (${same}/${runs} runs, ${known} known differences), ` +
    `${compiled}/${written.length} compile with createClient (${notCompiling} whose openapi-typescript output fails strict, listed)`;
  return { clause, shortfall: checked.some((types) => !typesOk(types)) };
}
