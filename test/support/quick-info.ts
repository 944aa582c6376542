import path from "node:path";
import ts from "typescript";
import { STRICT_OPTIONS } from "./typecheck.js";

export interface QuickInfo {
  /** The signature line(s) an editor shows first. */
  readonly signature: string;
  /** The documentation and tags below it. */
  readonly documentation: string;
  /** Both, as the editor's hover shows them. */
  readonly text: string;
}

/**
 * What an editor's hover shows at the first occurrence of `marker` in `source` (a consumer file
 * written into `dir`), from TypeScript's language service, as VS Code asks for it.
 */
export function quickInfoAt(dir: string, source: string, marker: string): QuickInfo {
  const file = path.join(dir, "hover.ts");
  const host: ts.LanguageServiceHost = {
    getCompilationSettings: () => STRICT_OPTIONS,
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const text = name === file ? source : ts.sys.readFile(name);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => dir,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (name) => name === file || ts.sys.fileExists(name),
    readFile: (name) => (name === file ? source : ts.sys.readFile(name)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const position = source.indexOf(marker);
  if (position === -1) throw new Error(`marker ${marker} not in the source`);
  const info = service.getQuickInfoAtPosition(file, position);
  if (info === undefined) throw new Error(`no quick info at ${marker}`);
  const signature = ts.displayPartsToString(info.displayParts);
  const tags = (info.tags ?? []).map((tag) => `@${tag.name} ${ts.displayPartsToString(tag.text)}`.trim());
  const documentation = [ts.displayPartsToString(info.documentation), ...tags]
    .filter((part) => part !== "")
    .join("\n\n");
  return { signature, documentation, text: `${signature}\n${documentation}` };
}
