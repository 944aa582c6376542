// How a reading operation pages, where the document lets it be read: which query parameter asks for
// a page, and where the next one comes from. `<pkg>/query` writes an infinite query from it. The
// conventions recognised, by the parameter's name (case, `_` and `-` ignored):
//   cursor: `cursor`, `after`, `page_token`, `next_token`, `continuation_token`, `marker`, with the
//           next value at a property of the 2xx JSON answer named `next_cursor`, `next_page_token`,
//           `next_token`, `continuation_token`, `next_marker`, `end_cursor` or `cursor`, at its top
//           level or one object below (`meta`, `pagination`, `page_info`, `response_metadata`, …);
//   page:   an integer `page` (or `page_number`), the next one counted on while the answer's items
//           (the answer itself when it is an array, else its one array property) are not empty;
//   offset: an integer `offset` (or `skip`), advanced by the number of items read.
import type { SpecProblem } from "../errors.js";
import { escapePointerToken } from "../errors.js";
import type { PaginationOptions } from "../load-config.js";
import type { PaginationModel, ParameterModel } from "./api-model.js";
import type { SchemaResolver } from "./resolve-operation.js";

const normalized = (name: string): string => name.toLowerCase().replace(/[_-]/g, "");

const CURSOR_PARAMS = new Set(["cursor", "after", "pagetoken", "nexttoken", "continuationtoken", "marker"]);
const CURSOR_FIELDS = new Set([
  "nextcursor",
  "nextpagetoken",
  "nexttoken",
  "continuationtoken",
  "nextmarker",
  "endcursor",
  "cursor",
]);
const MORE_FIELDS = new Set(["hasmore", "hasnextpage", "hasnext", "moreavailable"]);
const PAGE_PARAMS = new Set(["page", "pagenumber"]);
const OFFSET_PARAMS = new Set(["offset", "skip"]);

/** A schema's properties, its `allOf` members' included (answers are often an envelope and a page, composed). */
function propertiesOf(schema: Record<string, unknown> | undefined, resolve?: SchemaResolver): [string, unknown][] {
  const properties = schema?.properties;
  const own = typeof properties === "object" && properties !== null ? Object.entries(properties) : [];
  const members = Array.isArray(schema?.allOf) && resolve !== undefined ? schema.allOf : [];
  return [...own, ...members.flatMap((member: unknown) => propertiesOf(resolve?.(member), resolve))];
}

/** Where an answer says whether more pages follow: a boolean `has_more` (or the like) at its top or one object below. */
function morePath(answer: Record<string, unknown> | undefined, resolve: SchemaResolver): string[] | undefined {
  const isMore = ([name, schema]: [string, unknown]): boolean =>
    MORE_FIELDS.has(normalized(name)) && typeIs(resolve(schema), "boolean");
  const top = propertiesOf(answer, resolve);
  const direct = top.find(isMore);
  if (direct !== undefined) return [direct[0]];
  for (const [name, schema] of top) {
    const nested = propertiesOf(resolve(schema), resolve).find(isMore);
    if (nested !== undefined) return [name, nested[0]];
  }
  return undefined;
}

function typeIs(schema: Record<string, unknown> | undefined, type: string): boolean {
  const declared = schema?.type;
  return declared === type || (Array.isArray(declared) && declared.includes(type));
}

/** The path of the next cursor in an answer: a recognised property at the top or one object below. */
function cursorPath(answer: Record<string, unknown> | undefined, resolve: SchemaResolver): string[] | undefined {
  const top = propertiesOf(answer);
  const direct = top.find(
    ([name, schema]) => CURSOR_FIELDS.has(normalized(name)) && !typeIs(resolve(schema), "object"),
  );
  if (direct !== undefined) return [direct[0]];
  for (const [name, schema] of top) {
    const nested = propertiesOf(resolve(schema), resolve).find(
      ([inner, innerSchema]) => CURSOR_FIELDS.has(normalized(inner)) && !typeIs(resolve(innerSchema), "object"),
    );
    if (nested !== undefined) return [name, nested[0]];
  }
  return undefined;
}

/** The path of a page's items: [] for an answer that is an array, else its one array property. */
function itemsPath(answer: Record<string, unknown> | undefined, resolve: SchemaResolver): string[] | undefined {
  if (typeIs(answer, "array")) return [];
  const arrays = propertiesOf(answer, resolve).filter(([, schema]) => typeIs(resolve(schema), "array"));
  return arrays.length === 1 && arrays[0] !== undefined ? [arrays[0][0]] : undefined;
}

/** The first 2xx JSON answer's schema, resolved. */
function successSchema(
  responses: readonly { key: string; media: readonly { kind: string; schema: unknown }[] }[],
  resolve: SchemaResolver,
): Record<string, unknown> | undefined {
  const success = responses.find((response) => /^2/.test(response.key));
  const media = success?.media.find((candidate) => candidate.kind === "json");
  return media === undefined ? undefined : resolve(media.schema);
}

export function readPagination(
  parameters: readonly ParameterModel[],
  responses: readonly { key: string; media: readonly { kind: string; schema: unknown }[] }[],
  resolve: SchemaResolver,
): PaginationModel | undefined {
  const answer = successSchema(responses, resolve);
  if (answer === undefined) return undefined;
  const query = parameters.filter((parameter) => parameter.in === "query");
  const named = (names: ReadonlySet<string>): ParameterModel | undefined =>
    query.find((parameter) => names.has(normalized(parameter.name)));
  const more = morePath(answer, resolve);
  const withMore = more === undefined ? {} : { more };
  const cursor = named(CURSOR_PARAMS);
  const next = cursor === undefined ? undefined : cursorPath(answer, resolve);
  if (cursor !== undefined && next !== undefined)
    return { kind: "cursor", param: cursor.name, path: next, start: null, ...withMore };
  const items = itemsPath(answer, resolve);
  if (items === undefined) return undefined;
  const integer = (parameter: ParameterModel | undefined): ParameterModel | undefined =>
    parameter !== undefined &&
    (typeIs(resolve(parameter.schema), "integer") || typeIs(resolve(parameter.schema), "number"))
      ? parameter
      : undefined;
  const first = (parameter: ParameterModel, otherwise: number): number => {
    const schema = resolve(parameter.schema);
    const given = [schema?.default, schema?.minimum].find(
      (value) => typeof value === "number" && Number.isInteger(value),
    );
    return typeof given === "number" ? given : otherwise;
  };
  const page = integer(named(PAGE_PARAMS));
  if (page !== undefined) return { kind: "page", param: page.name, path: items, start: first(page, 1), ...withMore };
  const offset = integer(named(OFFSET_PARAMS));
  if (offset !== undefined)
    return { kind: "offset", param: offset.name, path: items, start: first(offset, 0), ...withMore };
  return undefined;
}

/**
 * The config's paging for an operation: false (none), a setting (its `param` must be one of the
 * operation's query parameters, else a problem located in the config file), or null where the config
 * says nothing and the conventions decide.
 */
export function configuredPagination(
  options: PaginationOptions | undefined,
  operationId: string,
  parameters: readonly ParameterModel[],
  problems: SpecProblem[],
): PaginationModel | undefined | null {
  if (options === undefined || !Object.hasOwn(options.byOperation, operationId)) return null;
  const setting = options.byOperation[operationId];
  if (setting === undefined) return null;
  if (setting === false) return undefined;
  if (!parameters.some((parameter) => parameter.in === "query" && parameter.name === setting.param)) {
    problems.push({
      message: `${operationId} has no query parameter "${setting.param}"`,
      location: { file: options.file, pointer: `/pagination/${escapePointerToken(operationId)}/param` },
    });
    return undefined;
  }
  const path = (dotted: string): string[] => (dotted === "" ? [] : dotted.split("."));
  if ("next" in setting) return { kind: "cursor", param: setting.param, path: path(setting.next), start: null };
  return {
    kind: setting.count,
    param: setting.param,
    path: path(setting.items),
    start: setting.start ?? (setting.count === "page" ? 1 : 0),
  };
}
