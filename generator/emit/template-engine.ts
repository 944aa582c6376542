import { type Dirent, existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Handlebars from "handlebars";
import { SpecError } from "../errors.js";
import {
  type DocBlock,
  dataLiteral,
  docComment,
  identifier,
  markdownInline,
  propertyKey,
  singleQuotedLiteral,
  stringLiteral,
} from "./code-text.js";

export interface TemplateSet {
  /** Renders `templates/<name>.hbs` with a view model prepared by typed code. */
  render(name: string, view: object): string;
  /** Every template and partial's text, for the input hash. */
  readonly sources: ReadonlyMap<string, string>;
}

/**
 * Templates hold only the shape of the output. They are compiled with `noEscape` (HTML escaping
 * is wrong for code) and `strict` (a misspelt field is an error, not an empty string); spec text
 * reaches them only through the code-safe helpers below. A `.ts` file under the templates
 * directory (not `.hbs`) is a static source, the same for every spec (the client runtime, the
 * fixture engine, the mock server): it is emitted as the `header` partial followed by its text,
 * and the generator and the tests can import it as the TypeScript module it is.
 */
export function loadTemplates(templatesDir: string, overridesDir?: string): TemplateSet {
  const handlebars = Handlebars.create();
  registerHelpers(handlebars);
  const sources = new Map<string, string>();
  // A file in the overrides directory replaces the built-in one at the same relative path.
  const read = (relative: string): string => {
    const override = overridesDir === undefined ? undefined : path.join(overridesDir, relative);
    return readFileSync(
      override !== undefined && existsSync(override) ? override : path.join(templatesDir, relative),
      "utf8",
    );
  };
  for (const file of listTemplates(path.join(templatesDir, "partials"))) {
    const text = read(`partials/${file}`);
    sources.set(`partials/${file}`, text);
    handlebars.registerPartial(file.replace(/\.hbs$/, ""), text);
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of listTemplates(templatesDir, ["partials"])) {
    const text = read(file);
    sources.set(file, text);
    compiled.set(file.replace(/\.hbs$/, ""), handlebars.compile(text, { noEscape: true, strict: true }));
  }
  if (!sources.has("partials/header.hbs")) throw missingTemplate(templatesDir, "the header partial");
  const header = handlebars.compile("{{> header}}", { noEscape: true, strict: true })({});
  for (const file of listTemplates(templatesDir, ["partials"], ".ts")) {
    const text = read(file);
    sources.set(file, text);
    compiled.set(file, () => header + text);
  }
  return {
    sources,
    render(name, view) {
      const template = compiled.get(name);
      if (template === undefined) throw missingTemplate(templatesDir, name);
      return template(view, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
    },
  };
}

/** A templates directory without one the package needs: bad input (exit 2), said where. */
function missingTemplate(templatesDir: string, name: string): SpecError {
  return new SpecError(
    [
      {
        message: `no template for ${name} here: --templates replaces the whole set (copy templates/ and edit it); a config file's \`templates\` replaces single files`,
        location: { file: templatesDir, pointer: "" },
      },
    ],
    "bad templates",
  );
}

/** `.hbs` (or `extension`) files below `dir` as relative paths with `/`, sorted; `skip` names top-level folders to leave out. */
function listTemplates(dir: string, skip: readonly string[] = [], extension = ".hbs"): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.endsWith(".d.ts"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !skip.some((folder) => file.startsWith(`${folder}/`)))
    .sort();
}

function registerHelpers(handlebars: typeof Handlebars): void {
  handlebars.registerHelper("str", (text: unknown) => stringLiteral(String(text)));
  handlebars.registerHelper("ident", (text: unknown) => identifier(String(text)));
  handlebars.registerHelper("key", (text: unknown) => propertyKey(String(text)));
  handlebars.registerHelper("lit", (value: unknown) => dataLiteral(value));
  handlebars.registerHelper("jsonText", (text: unknown) => singleQuotedLiteral(String(text)));
  // A doc block ends with its own line break, so templates write `{{doc x 2}}  member` and an
  // empty block leaves no blank line.
  handlebars.registerHelper("doc", (block: DocBlock, indent: unknown) => {
    const text = docComment(block, typeof indent === "number" ? indent : 0);
    return text === "" ? "" : `${text}\n`;
  });
  handlebars.registerHelper("json", (value: unknown) => JSON.stringify(value, null, 2));
  handlebars.registerHelper("md", (text: unknown) => markdownInline(String(text)));
}
