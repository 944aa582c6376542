import type { ApiModel, OperationModel } from "../model/api-model.js";
import { mockCredentials } from "./auth-view.js";
import { exampleOperation } from "./example-operation.js";
import type { TemplateSet } from "./template-engine.js";

function credentialsOf(operation: OperationModel, model: ApiModel): { credentials?: unknown } {
  const credentials = mockCredentials(operation, model);
  return credentials === undefined ? {} : { credentials };
}

/** `src/testing.ts` (the operations as the mock checks them) and the static mock server. */
export function renderTesting(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const operations = model.operations.map((operation) => ({
    name: operation.methodName,
    operationId: operation.operationId,
    method: operation.httpMethod,
    path: operation.path,
    parameters: operation.contract.parameters,
    ...credentialsOf(operation, model),
    ...(operation.contract.requestBody === undefined ? {} : { requestBody: operation.contract.requestBody }),
    responses: operation.contract.responses.map((response) => ({
      status: response.status,
      ...(response.key === undefined ? {} : { key: response.key }),
      ...(response.contentType === undefined ? {} : { contentType: response.contentType }),
      ...(response.schema === undefined ? {} : { schema: response.schema }),
      ...(response.headers === undefined ? {} : { headers: response.headers }),
      ...(response.example === undefined ? {} : { example: response.example }),
      ...(response.trait === undefined ? {} : { trait: response.trait }),
      ...(response.stream === undefined ? {} : { stream: response.stream }),
    })),
  }));
  const view = {
    operationLines: operations.map((operation) => JSON.stringify(operation)),
    exampleOperation: exampleOperation(model)?.methodName ?? "operationName",
  };
  return new Map([
    ["src/testing.ts", templates.render("testing.ts", view)],
    ["src/operation-table.ts", templates.render("operation-table.ts", view)],
    ["src/testing/mock-core.ts", templates.render("testing/mock-core.ts", {})],
    ["src/msw.ts", templates.render("msw.ts", view)],
    ["src/msw/handlers.ts", templates.render("msw/handlers.ts", {})],
    ["src/testing/mock-server.ts", templates.render("testing/mock-server.ts", {})],
    ["src/testing/mock-answers.ts", templates.render("testing/mock-answers.ts", {})],
    ["src/testing/request-checks.ts", templates.render("testing/request-checks.ts", {})],
    ["src/testing/answer-payload.ts", templates.render("testing/answer-payload.ts", {})],
    ["src/testing/wire-decode.ts", templates.render("testing/wire-decode.ts", {})],
    ["src/testing/body-decode.ts", templates.render("testing/body-decode.ts", {})],
    ["src/testing/schema-reading.ts", templates.render("testing/schema-reading.ts", {})],
    ["src/testing/bracket-names.ts", templates.render("testing/bracket-names.ts", {})],
  ]);
}
