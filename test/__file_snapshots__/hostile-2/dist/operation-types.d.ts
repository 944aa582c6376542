import type { paths } from "./schema.js";
import type { HugeEnum } from "./types.js";
import type * as Runtime from "./runtime/types.js";
/** The request of `listItems` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type ListItemsRequest = Runtime.OperationRequest<paths["/émoji/{🔑}/items.json"], "GET">;
/** What `listItems` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type ListItemsResult = Runtime.Success<200, HugeEnum> | Runtime.Malformed | Runtime.Invalid;
/** The request of `newLine` (the client's method, and `<pkg>/operations`' function): `params` (path, query, header), `body`, and per-call options. */
export type NewLineRequest = Runtime.OperationRequest<paths["/items"], "POST">;
/** What `newLine` resolves to: one member per documented status, so `switch (result.status)` narrows it (`status: 0` is a malformed body). */
export type NewLineResult = Runtime.Success<201, undefined> | Runtime.Malformed | Runtime.Invalid;
