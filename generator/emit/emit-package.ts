import type { ApiModel, ExampleValue, OperationModel } from "../model/api-model.js";
import { markdownInline, propertyKey, stringLiteral } from "./code-text.js";
import { deprecationText } from "./deprecation-text.js";
import { fixtureBuilderNames, fixtureBuilderOf } from "./emit-fixtures.js";
import { migratedOperations, migrationNames, resultProperties } from "./emit-migrations.js";
import { operationFunctionNames } from "./emit-operations.js";
import { isReading, queryExportNames } from "./emit-query.js";
import { operationValidatorNames } from "./emit-validators.js";
import { exampleOperation } from "./example-operation.js";
import type { TemplateSet } from "./template-engine.js";

export const GENERATOR_NAME = "openapi-client-codegen";
/** The openapi-fetch range the generated runtime is written against. */
const OPENAPI_FETCH_RANGE = "^0.17.0";

/** Semantic Versioning 2.0's version grammar (pre-release and build metadata included). */
export const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

/** The version given for the package, else the API's when it is semver, else 0.0.0. */
function packageVersion(model: ApiModel): string {
  return model.packageVersion ?? (SEMVER.test(model.apiVersion) ? model.apiVersion : "0.0.0");
}

export function packageManifest(model: ApiModel, generatorVersion: string): Record<string, unknown> {
  const entry = { types: "./dist/index.d.ts", default: "./dist/index.js" };
  const operations = { types: "./dist/operations.d.ts", default: "./dist/operations.js" };
  const fixtures = { types: "./dist/fixtures.d.ts", default: "./dist/fixtures.js" };
  const testing = { types: "./dist/testing.d.ts", default: "./dist/testing.js" };
  const msw = { types: "./dist/msw.d.ts", default: "./dist/msw.js" };
  const validators = { types: "./dist/validators.d.ts", default: "./dist/validators.js" };
  const query = { types: "./dist/query.d.ts", default: "./dist/query.js" };
  return {
    name: model.packageName,
    version: packageVersion(model),
    description: `Typed client for ${model.title}, generated from its OpenAPI description.`,
    type: "module",
    sideEffects: false,
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: {
      ".": entry,
      "./operations": operations,
      "./fixtures": fixtures,
      "./testing": testing,
      "./msw": msw,
      "./validators": validators,
      "./query": query,
      "./package.json": "./package.json",
    },
    files: ["dist", "src", "README.md", "CHANGELOG.md", "openapi.json"],
    dependencies: { "openapi-fetch": OPENAPI_FETCH_RANGE },
    // The ./testing entry runs a node:http server; its declarations need Node's types. The ./msw
    // entry needs msw 2 (which runs on Node 18+), only for those who import it.
    // ./query is typed with TanStack Query's core (every adapter depends on it), and a streamed
    // operation's query runs its streamedQuery.
    peerDependencies: { "@tanstack/query-core": "^5.102.0", "@types/node": ">=18", msw: "^2.0.0" },
    peerDependenciesMeta: {
      "@tanstack/query-core": { optional: true },
      "@types/node": { optional: true },
      msw: { optional: true },
    },
    generator: { name: GENERATOR_NAME, version: generatorVersion },
  };
}

/** `{ name: literal, … }` of the operation's path parameters, for a `url(...)` example. */
function pathParamsLiteral(operation: OperationModel): string {
  const entries = operation.example.params
    .filter((param) => param.in === "path")
    .map((param) => `${propertyKey(param.name)}: ${exampleLiteral(param.value)}`);
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

function exampleLiteral(value: ExampleValue): string {
  if (typeof value === "object") return `[${value.map(exampleLiteral).join(", ")}]`;
  return typeof value === "string" ? stringLiteral(value) : String(value);
}

/**
 * A call of the operation that compiles as written: a literal per required parameter and the body
 * from its fixture builder. Undefined when the operation has a required part no literal can give.
 */
export function exampleCall(
  model: ApiModel,
  operation: OperationModel,
): { init: string; builder: string | undefined } | undefined {
  const { example } = operation;
  if (!example.writable) return undefined;
  const groups = (["path", "query", "header"] as const).flatMap((location) => {
    const entries = example.params
      .filter((param) => param.in === location)
      .map((param) => `${propertyKey(param.name)}: ${exampleLiteral(param.value)}`);
    return entries.length === 0 ? [] : [`${location}: { ${entries.join(", ")} }`];
  });
  const builder = fixtureBuilderOf(model, example.bodySchemaName)?.build;
  const parts = [
    ...(groups.length === 0 ? [] : [`params: { ${groups.join(", ")} }`]),
    ...(builder === undefined ? [] : [`body: ${builder}()`]),
  ];
  return { init: parts.length === 0 ? "" : `{ ${parts.join(", ")} }`, builder };
}

/** The README's fixtures example: a schema with traits if there is one, else the first. */
function fixtureExample(model: ApiModel): object | undefined {
  const withTraits = model.schemas.findIndex(
    (schema) => Object.keys(model.fixtures.traits[schema.name] ?? {}).length > 0,
  );
  const index = withTraits === -1 ? 0 : withTraits;
  const schema = model.schemas[index];
  const names = fixtureBuilderNames(model)[index];
  if (schema === undefined || names === undefined) return undefined;
  const traits = Object.keys(model.fixtures.traits[schema.name] ?? {}).sort();
  return {
    builder: names.build,
    listBuilder: names.list,
    trait: traits[traits.length - 1],
    traitList: traits.map((trait) => `\`${trait}\``).join(", "),
  };
}

const FRAMING_NAMES = {
  "json-lines": "JSON Lines",
  "json-seq": "JSON Text Sequences",
  "event-stream": "server-sent events",
} as const;

/** The README's `for await` example: the first operation whose success answer is a stream and whose call can be written. */
function streamExample(model: ApiModel): object | undefined {
  for (const operation of model.operations) {
    const success = operation.responses.find(
      (response) => /^2\d\d$/.test(response.key) && response.media.some((media) => media.stream !== undefined),
    );
    const stream = success?.media.find((media) => media.stream !== undefined)?.stream;
    const call = exampleCall(model, operation);
    if (success === undefined || stream === undefined || call === undefined) continue;
    return {
      methodName: operation.methodName,
      status: success.key,
      init: call.init === "" ? undefined : call.init.slice(2, -2),
      events: stream.framing === "event-stream",
      what: FRAMING_NAMES[stream.framing],
    };
  }
  return undefined;
}

/** The README's TanStack Query example: the first operation read by a query and the first by a mutation, each with a call that can be written. */
function queryExample(model: ApiModel): object | undefined {
  const names = queryExportNames(model);
  const pick = (reading: boolean) => {
    const index = model.operations.findIndex(
      (operation) =>
        isReading(operation) === reading && !operation.deprecated && exampleCall(model, operation) !== undefined,
    );
    const operation = model.operations[index];
    const call = operation === undefined ? undefined : exampleCall(model, operation);
    return call === undefined
      ? undefined
      : { name: names[index]?.[0] ?? "", keyName: names[index]?.[1], init: call.init, builder: call.builder };
  };
  const query = pick(true);
  const mutation = pick(false);
  if (query === undefined && mutation === undefined) return undefined;
  const builders = [...new Set([query?.builder, mutation?.builder].filter((name) => name !== undefined))];
  return { query, mutation, builders: builders.length === 0 ? undefined : builders.join(", ") };
}

/** The schema the README's validator example checks: the example call's body schema, else the first. */
function validatorExample(model: ApiModel, example: OperationModel | undefined): { typeName: string } | undefined {
  const named = model.schemas.find((schema) => schema.name === example?.example.bodySchemaName) ?? model.schemas[0];
  return named === undefined ? undefined : { typeName: named.typeName };
}

function operationRow(operation: OperationModel): object {
  return {
    methodName: operation.methodName,
    httpMethod: operation.httpMethod,
    path: operation.path,
    deprecated: operation.deprecated,
    replacement: operation.replacement?.methodName,
    summary: operation.summary ?? "",
  };
}

/** The README's list of schemes `credentials` takes, with what each needs; undefined for a single scheme. */
function credentialSchemesText(model: ApiModel): string | undefined {
  if (model.auth === undefined || model.authSchemes.length < 2) return undefined;
  const needs = { basic: "a username and password", bearer: "a token", apiKey: "a key" } as const;
  return model.authSchemes
    .map((scheme) => `\`${markdownInline(scheme.schemeName)}\`: ${needs[scheme.kind]}`)
    .join(", ");
}

function readmeView(model: ApiModel): object {
  const example = exampleOperation(
    model,
    model.operations.filter((operation) => operation.example.writable),
  );
  const call = example === undefined ? undefined : exampleCall(model, example);
  return {
    packageName: model.packageName,
    title: model.title,
    apiVersion: model.apiVersion,
    auth: model.auth,
    authBasic: model.auth?.kind === "basic",
    credentialSchemes: credentialSchemesText(model),
    defaultBaseUrl: model.defaultBaseUrl,
    otherServers: model.serverUrls.slice(1),
    example:
      example === undefined || call === undefined
        ? undefined
        : {
            methodName: example.methodName,
            functionName: operationFunctionNames(model)[model.operations.indexOf(example)],
            validatorsName: operationValidatorNames(model)[model.operations.indexOf(example)],
            ...call,
          },
    validatorExample: validatorExample(model, example),
    fixtureExample: fixtureExample(model),
    streamExample: streamExample(model),
    queryExample: queryExample(model),
    exampleMockOperation: example?.methodName ?? exampleOperation(model)?.methodName,
    exampleErrorStatus: example?.contract.responses.find((response) => response.status >= 400)?.status,
    examplePathParams: example === undefined ? undefined : pathParamsLiteral(example),
    mockChecksCredentials: model.auth !== undefined,
    migrations: migratedOperations(model).map(({ operation, migration }) => ({
      ...migrationNames(operation),
      requestType: operation.requestTypeName,
      sourceExample: exampleCall(model, operation),
      viaFunction: resultProperties(migration) === undefined ? undefined : migrationNames(operation).viaFunction,
      resultWhere: (resultProperties(migration) ?? [])
        .map(({ mode, property }) => `\`${property}\` (${mode})`)
        .join(" or "),
      modes: migration.modes,
      startMode: migration.modes[1]?.name,
      result: migration.result,
      fieldOperation: migration.fieldOperation,
      fields: migration.fields,
    })),
    operations: model.operations.map(operationRow),
    operationGroups: model.tagGroups?.map((group) => ({
      level: "#".repeat(Math.min(6, 3 + group.depth)),
      title: group.heading,
      operations: group.operations.flatMap((name) => {
        const operation = model.operations.find((candidate) => candidate.methodName === name);
        return operation === undefined ? [] : [operationRow(operation)];
      }),
    })),
    deprecated: model.operations.flatMap((operation) => {
      const text = deprecationText(operation);
      return text === undefined ? [] : [{ methodName: operation.methodName, warning: text.warning, code: text.code }];
    }),
  };
}

/** `package.json`, `README.md` and the `src/index.ts` barrel. */
export function renderPackageFiles(
  model: ApiModel,
  templates: TemplateSet,
  generatorVersion: string,
): Map<string, string> {
  return new Map([
    ["package.json", templates.render("package.json", { manifest: packageManifest(model, generatorVersion) })],
    ["README.md", templates.render("README.md", readmeView(model))],
    [
      "src/index.ts",
      templates.render("index.ts", {
        typeNames: model.schemas.map((schema) => schema.typeName),
        migrations: migratedOperations(model).map(({ operation, migration }) => ({
          ...migrationNames(operation),
          readsResult: resultProperties(migration) !== undefined,
        })),
        operationTypes: model.operations.flatMap((operation) => [operation.requestTypeName, operation.resultTypeName]),
        hasCredentials: model.auth !== undefined,
      }),
    ],
  ]);
}
