// `src/query.ts`, the entry `<pkg>/query`: TanStack Query v5's options for every operation, built on
// the `<pkg>/operations` functions (so a bundle carries the operations it uses). An operation that
// reads (GET, HEAD, QUERY) gets query options and a key function, one whose pages the model could
// read an infinite query too, and every other a mutation. Names are the operation's function name
// in `<pkg>/operations` with a suffix, unique among the entry's exports.
import type { ApiModel, OperationModel } from "../model/api-model.js";
import { isReadingMethod } from "../model/build-operations.js";
import { uniqueNames } from "../model/naming.js";
import { stringLiteral } from "./code-text.js";
import { operationView } from "./emit-client.js";
import { operationFunctionNames } from "./emit-operations.js";
import type { TemplateSet } from "./template-engine.js";

/** Names the entry exports itself. */
const ENTRY_NAMES = new Set([
  "OperationError",
  "DataOf",
  "ErrorOf",
  "KeyParams",
  "QueryKeyOf",
  "QueryKeyFamily",
  "QueryKeyPart",
  "OperationQueryOptions",
  "OperationInfiniteQueryOptions",
  "OperationMutationOptions",
  "createTransport",
  "Transport",
]);

/** A streamed query only where every 2xx answer is a stream: a JSON answer is no async iterable. */
function streams(operation: OperationModel): boolean {
  const success = operation.responses.filter((response) => /^2/.test(response.key));
  return (
    success.length > 0 &&
    success.every(
      (response) => response.media.length > 0 && response.media.every((media) => media.stream !== undefined),
    )
  );
}

/** Whether an operation is read through a query (else a mutation). */
export function isReading(operation: OperationModel): boolean {
  return isReadingMethod(operation.httpMethod);
}

/** Each operation's exported names in `<pkg>/query`: query options, key, infinite query options, or mutation options. */
export function queryExportNames(model: ApiModel): string[][] {
  return exportNames(model, operationFunctionNames(model));
}

function exportNames(model: ApiModel, functionNames: readonly string[]): string[][] {
  const base = (index: number): string => functionNames[index] ?? model.operations[index]?.methodName ?? "";
  // Every operation's plain names first, the infinite ones after: a page parameter added to one
  // operation never moves another's name.
  const plain = model.operations.map((operation, index) =>
    isReadingMethod(operation.httpMethod)
      ? [`${base(index)}QueryOptions`, `${base(index)}QueryKey`]
      : [`${base(index)}MutationOptions`],
  );
  const plainNames = uniqueNames(plain.flat(), ENTRY_NAMES);
  const paged = model.operations.flatMap((operation, index) =>
    isReadingMethod(operation.httpMethod) && operation.pagination ? [index] : [],
  );
  const infiniteNames = uniqueNames(
    paged.map((index) => `${base(index)}InfiniteQueryOptions`),
    new Set([...ENTRY_NAMES, ...plainNames]),
  );
  let next = 0;
  return plain.map((names, index) => {
    const own = names.map(() => plainNames[next++] ?? "");
    const infinite = paged.indexOf(index);
    return infinite === -1 ? own : [...own, infiniteNames[infinite] ?? ""];
  });
}

export function renderQuery(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const typeNames = new Map(model.schemas.map((schema) => [schema.name, schema.typeName]));
  const functionNames = operationFunctionNames(model);
  const names = exportNames(model, functionNames);
  const operations = model.operations.map((operation, index) => {
    const view = operationView(operation, typeNames, model);
    const [first = "", second = "", third] = names[index] ?? [];
    const reading = isReadingMethod(operation.httpMethod);
    const paging = reading ? operation.pagination : undefined;
    return {
      name: operation.methodName,
      functionName: functionNames[index] ?? operation.methodName,
      requestType: view.requestType,
      resultType: view.resultType,
      doc: view.doc,
      query: reading ? { optionsName: first, keyName: second, stream: streams(operation) } : undefined,
      infinite:
        paging === undefined || third === undefined
          ? undefined
          : {
              name: third,
              // The literal has no null (a cursor's first page): pages.ts reads a missing start as none.
              paging: {
                kind: paging.kind,
                param: paging.param,
                path: paging.path,
                ...(paging.start === null ? {} : { start: paging.start }),
                ...(paging.more === undefined ? {} : { more: paging.more }),
              },
              pageParam:
                paging.kind === "cursor"
                  ? `Query.QueryParamOf<$client.${view.requestType}, ${stringLiteral(paging.param)}> | null`
                  : "number",
            },
      mutation: reading ? undefined : { name: first },
    };
  });
  const has = (test: (operation: (typeof operations)[number]) => boolean): boolean => operations.some(test);
  const streamed = has((operation) => operation.query?.stream === true);
  const infinite = has((operation) => operation.infinite !== undefined);
  return new Map([
    [
      "src/query.ts",
      templates.render("query.ts", {
        operations,
        queries: has((operation) => operation.query !== undefined && !operation.query.stream),
        streamed,
        infinite,
        mutations: has((operation) => operation.mutation !== undefined),
        keys: has((operation) => operation.query !== undefined),
      }),
    ],
    ["src/query/options.ts", templates.render("query/options.ts", {})],
    // Only where an operation needs them: stream.ts runs TanStack's own streamedQuery.
    ...(infinite ? [["src/query/pages.ts", templates.render("query/pages.ts", {})] as const] : []),
    ...(streamed ? [["src/query/stream.ts", templates.render("query/stream.ts", {})] as const] : []),
  ]);
}
