import { isRecord as isJson } from "../../load/json-pointer.js";
import { stringLiteral } from "../code-text.js";
import { compileNode, messageLiteral } from "./compile-node.js";
import { callCheck, type FunctionWriter, pathOf, type Site } from "./function-writer.js";
import { type Json, refTokens, type ValidatorProgram } from "./validator-program.js";

/**
 * `allOf` parts are written in place (a `$ref` part is a call); a branch of `anyOf`/`oneOf`, `not`
 * and `if` is a check of its own, asked on the fast path (no issues) for its verdict. A value no
 * branch accepts is reported with one branch's issues: the one its discriminator tag names, else
 * the closest. The tag never decides the verdict.
 */
export function compileComposition(program: ValidatorProgram, schema: Json, site: Site, w: FunctionWriter): void {
  for (const part of Array.isArray(schema.allOf) ? schema.allOf : []) {
    if (isJson(part) && typeof part.$ref === "string" && Object.keys(part).length === 1)
      w.failWith(`!${callCheck(program.refFunction(part.$ref), site, program.helper("dropPath"))}`, undefined);
    else compileNode(program, part, site, w);
  }
  if (Array.isArray(schema.anyOf) && schema.anyOf.length > 0) compileAnyOf(program, schema, schema.anyOf, site, w);
  if (Array.isArray(schema.oneOf) && schema.oneOf.length > 0) compileOneOf(program, schema, schema.oneOf, site, w);
  if (schema.not !== undefined) {
    const check = program.schemaFunction(schema.not);
    w.failIf(`${check}(${site.value}, p, null)`, site, messageLiteral("must not match the schema in `not`"));
  }
  if (schema.if !== undefined && (schema.then !== undefined || schema.else !== undefined)) {
    const passed = w.fresh("c");
    w.line(`const ${passed} = ${program.schemaFunction(schema.if)}(${site.value}, p, null);`);
    if (schema.then !== undefined) w.block(`if (${passed})`, () => compileNode(program, schema.then, site, w));
    if (schema.else !== undefined) w.block(`if (!${passed})`, () => compileNode(program, schema.else, site, w));
  }
}

/** The call that reports why no branch accepted the value (run only when collecting issues). */
function branchReport(
  program: ValidatorProgram,
  schema: Json,
  branches: readonly unknown[],
  checks: readonly string[],
  site: Site,
): string {
  const tags = discriminatorTags(schema, branches);
  if (tags === undefined)
    return `${program.helper("branchIssues")}(o, ${site.value}, ${pathOf(site.segments)}, [${checks.join(", ")}], -1)`;
  const chosen = `${program.helper("taggedBranch")}(${site.value}, ${stringLiteral(tags.property)}, ${program.constant("t", `/* @__PURE__ */ new Map<string, number>(${JSON.stringify(tags.entries)})`)})`;
  const unknown = `{ property: ${stringLiteral(tags.property)}, message: ${messageLiteral(`must be one of ${tags.listed.map((tag) => JSON.stringify(tag)).join(", ")}`)} }`;
  return `${program.helper("branchIssues")}(o, ${site.value}, ${pathOf(site.segments)}, [${checks.join(", ")}], ${chosen}, ${unknown})`;
}

function compileAnyOf(
  program: ValidatorProgram,
  schema: Json,
  branches: readonly unknown[],
  site: Site,
  w: FunctionWriter,
): void {
  const checks = branches.map((branch) => program.schemaFunction(branch));
  const passes = checks.map((check) => `${check}(${site.value}, p, null)`).join(" || ");
  w.failWith(`!(${passes})`, branchReport(program, schema, branches, checks, site));
}

function compileOneOf(
  program: ValidatorProgram,
  schema: Json,
  branches: readonly unknown[],
  site: Site,
  w: FunctionWriter,
): void {
  const checks = branches.map((branch) => program.schemaFunction(branch));
  const count = w.fresh("n");
  w.line(`const ${count} = ${checks.map((check) => `(${check}(${site.value}, p, null) ? 1 : 0)`).join(" + ")};`);
  w.failWith(`${count} === 0`, branchReport(program, schema, branches, checks, site));
  w.failIf(
    `${count} > 1`,
    site,
    `${messageLiteral(`must match exactly one of ${branches.length} allowed shapes (oneOf), not `)} + ${count}`,
  );
}

/**
 * A discriminator's tags by branch: its mapping's keys (a `$ref` or a bare schema name), then each
 * `$ref` branch's schema name (OpenAPI's implicit mapping); undefined without a discriminator.
 */
export function discriminatorTags(
  schema: Json,
  branches: readonly unknown[],
): { property: string; entries: [string, number][]; listed: string[] } | undefined {
  const discriminator = schema.discriminator;
  if (!isJson(discriminator) || typeof discriminator.propertyName !== "string") return undefined;
  const refs = branches.map((branch) => (isJson(branch) && typeof branch.$ref === "string" ? branch.$ref : undefined));
  const names = refs.map((ref) => (ref === undefined ? undefined : refTokens(ref)?.join("/")));
  const entries = new Map<string, number>();
  const mapping = isJson(discriminator.mapping) ? discriminator.mapping : {};
  for (const [tag, target] of Object.entries(mapping)) {
    const index = refs.findIndex((ref, position) => ref === target || names[position] === target);
    if (index >= 0 && !entries.has(tag)) entries.set(tag, index);
  }
  names.forEach((name, index) => {
    if (name !== undefined && !entries.has(name)) entries.set(name, index);
  });
  // An unknown tag's message lists the mapping's keys where there is a mapping, else the schema names.
  const listed = Object.keys(mapping).length > 0 ? Object.keys(mapping) : [...entries.keys()];
  return entries.size === 0 ? undefined : { property: discriminator.propertyName, entries: [...entries], listed };
}
