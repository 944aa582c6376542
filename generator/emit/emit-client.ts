import type { ApiModel, OperationModel } from "../model/api-model.js";
import type { DocBlock } from "./code-text.js";
import { deprecationText } from "./deprecation-text.js";
import type { TemplateSet } from "./template-engine.js";

interface OperationView {
  readonly methodName: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly requestContentType: string | undefined;
  readonly deprecation: { readonly code: string; readonly message: string } | undefined;
  readonly doc: DocBlock;
}

function operationDoc(operation: OperationModel): DocBlock {
  const deprecation = deprecationText(operation);
  const tags = [
    ...(deprecation === undefined ? [] : [{ name: "deprecated", text: deprecation.tag }]),
    ...(operation.replacement?.docsUrl === undefined ? [] : [{ name: "see", text: operation.replacement.docsUrl }]),
  ];
  return {
    paragraphs: [
      operation.summary,
      `\`${operation.method.toUpperCase()} ${operation.path}\`` +
        (operation.errorStatuses.length === 0 ? "" : ` (errors: ${operation.errorStatuses.join(", ")})`),
      operation.description,
    ],
    tags,
  };
}

function operationView(operation: OperationModel): OperationView {
  const deprecation = deprecationText(operation);
  return {
    methodName: operation.methodName,
    httpMethod: operation.method.toUpperCase(),
    path: operation.path,
    requestContentType: operation.requestContentType,
    deprecation: deprecation === undefined ? undefined : { code: deprecation.code, message: deprecation.warning },
    doc: operationDoc(operation),
  };
}

/** `client.ts` (the Client interface, operation table and createClient) and the static `runtime.ts`. */
export function renderClient(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const view = {
    defaultBaseUrl: model.defaultBaseUrl,
    auth: model.auth,
    clientDoc: { paragraphs: [`${model.title} ${model.apiVersion}`.trim(), model.description] },
    operations: model.operations.map(operationView),
  };
  return new Map([
    ["src/client.ts", templates.render("client.ts", view)],
    ["src/runtime.ts", templates.render("runtime.ts", {})],
  ]);
}
