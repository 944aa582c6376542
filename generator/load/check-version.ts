import type { SourceLocation } from "../errors.js";
import { type Finding, findingList } from "./findings.js";
import { isRecord } from "./json-pointer.js";

export type SpecVersion = "oas2" | "oas3_0" | "oas3_1" | "oas3_2";

export interface VersionCheck {
  /** Undefined when the document is refused (the findings say why). */
  readonly version: SpecVersion | undefined;
  readonly findings: readonly Finding[];
}

/**
 * Which specification the entry document follows, from `openapi` (3.0.x, 3.1.x, 3.2.x) or `swagger`
 * (2.0). A version written as a YAML number (`openapi: 3.1`, `swagger: 2.0`) is read as the
 * version it spells, with a warning, and set right in the data so the bundler recognises it.
 */
export function checkVersion(
  root: unknown,
  literal: (pointer: string) => string | undefined,
  locate: (pointer: string) => SourceLocation,
): VersionCheck {
  const list = findingList();
  if (!isRecord(root)) {
    list.error({
      kind: "not OpenAPI",
      message: "not an OpenAPI document: expected a mapping at the top level",
      at: locate(""),
    });
    return { version: undefined, findings: list.findings };
  }
  const field = root.openapi !== undefined ? "openapi" : root.swagger !== undefined ? "swagger" : undefined;
  if (field === undefined) {
    list.error({
      kind: "not OpenAPI",
      message: "not an OpenAPI document: the `openapi` version field is missing",
      at: locate(""),
    });
    return { version: undefined, findings: list.findings };
  }
  const raw = root[field];
  const written = typeof raw === "string" ? raw : (literal(`/${field}`) ?? String(raw));
  const version =
    field === "swagger"
      ? /^2\.0(\.\d+)?$/.test(written)
        ? "oas2"
        : undefined
      : /^3\.0(\.\d+)?$/.test(written)
        ? "oas3_0"
        : /^3\.1(\.\d+)?$/.test(written)
          ? "oas3_1"
          : /^3\.2(\.\d+)?$/.test(written)
            ? "oas3_2"
            : undefined;
  if (version === undefined) {
    const expected = field === "swagger" ? "2.0" : "3.0.x, 3.1.x or 3.2.x";
    list.error({
      kind: "unsupported version",
      message: `unsupported ${field === "swagger" ? "Swagger" : "OpenAPI"} version ${JSON.stringify(written)}: expected ${expected}`,
      at: locate(`/${field}`),
    });
    return { version, findings: list.findings };
  }
  const canonical = field === "swagger" ? "2.0" : /^\d+\.\d+\.\d+$/.test(written) ? written : `${written}.0`;
  if (raw !== canonical) {
    const shown = typeof raw === "string" ? JSON.stringify(written) : `${written} (a number)`;
    list.warn({ kind: "version field", message: `${field} ${shown} read as "${canonical}"`, at: locate(`/${field}`) });
    // Set right at once, not at repair time: the bundler reads the version to know the document.
    root[field] = canonical;
  }
  return { version, findings: list.findings };
}
