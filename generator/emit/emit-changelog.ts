// The generated package's CHANGELOG.md (and, while changes are unreleased, the released version's
// document it is diffed from), rendered from contract/package-changelog.ts's model.
import type { ChangelogModel, NewSection } from "../contract/package-changelog.js";
import { CHANGELOG_FILE, RELEASED_DOCUMENT_FILE } from "../write/previous-output.js";
import type { TemplateSet } from "./template-engine.js";

function summary(section: NewSection): string {
  if (section.first) return "The first generation of this package.";
  if (section.bump === undefined) return "Changes that could not be classified.";
  if (section.bump === "major") return "Breaking changes: code that calls this package may no longer compile or work.";
  if (section.bump === "minor") return "Additions and changes that keep callers' code working.";
  return "Nothing that callers' code can see changed.";
}

export function renderChangelog(model: ChangelogModel, templates: TemplateSet): Map<string, string> {
  const files = new Map<string, string>();
  if (model.released !== undefined) files.set(RELEASED_DOCUMENT_FILE, model.released);
  if (model.kind === "kept") files.set(CHANGELOG_FILE, model.text);
  else
    files.set(
      CHANGELOG_FILE,
      templates.render("CHANGELOG.md", {
        packageName: model.packageName,
        sections: model.sections.map((section) => ({ ...section, summary: summary(section) })),
        written: model.written,
      }),
    );
  return files;
}
