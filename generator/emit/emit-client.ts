import type { ApiModel, OperationModel } from "../model/api-model.js";
import type { DocBlock } from "./code-text.js";
import { deprecationText } from "./deprecation-text.js";
import type { TemplateSet } from "./template-engine.js";

interface OperationView {
  readonly methodName: string;
  readonly httpMethod: string;
  readonly path: string;
  readonly requestContentType: string | undefined;
  readonly defaultHeaders: readonly { readonly name: string; readonly value: string }[];
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
    defaultHeaders: Object.entries(operation.defaultHeaders).map(([name, value]) => ({ name, value })),
    deprecation: deprecation === undefined ? undefined : { code: deprecation.code, message: deprecation.warning },
    doc: operationDoc(operation),
  };
}

/** The static runtime files, rendered from templates/runtime/ into src/runtime/. */
const RUNTIME_FILES = ["types", "result", "retry", "transport", "warnings", "client-runtime"] as const;

/** `client.ts` (the Client interface, operation table and createClient) and the static runtime. */
export function renderClient(model: ApiModel, templates: TemplateSet): Map<string, string> {
  const view = {
    defaultBaseUrl: model.defaultBaseUrl,
    auth: model.auth,
    clientDoc: { paragraphs: [`${model.title} ${model.apiVersion}`.trim(), model.description] },
    operations: model.operations.map(operationView),
  };
  const files = new Map([["src/client.ts", templates.render("client.ts", view)]]);
  for (const file of RUNTIME_FILES) files.set(`src/runtime/${file}.ts`, templates.render(`runtime/${file}.ts`, {}));
  return files;
}
