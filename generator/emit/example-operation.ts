// The operation a generated README and doc comments show as their example call: one a reader can
// paste and run without harm. A safe read first (GET, HEAD, QUERY), then a write that deletes
// nothing, then anything; not deprecated where another will do; among those, the document's order.
import type { ApiModel, OperationModel } from "../model/api-model.js";
import { isReadingMethod } from "../model/build-operations.js";

function rank(operation: OperationModel): number {
  const harm = isReadingMethod(operation.httpMethod) ? 0 : operation.httpMethod === "DELETE" ? 2 : 1;
  return harm * 2 + (operation.deprecated ? 1 : 0);
}

/** The best example among `operations` (default: all of the model's); undefined when there are none. */
export function exampleOperation(
  model: ApiModel,
  operations: readonly OperationModel[] = model.operations,
): OperationModel | undefined {
  let best: OperationModel | undefined;
  for (const operation of operations) if (best === undefined || rank(operation) < rank(best)) best = operation;
  return best;
}
