export { DEFAULT_BASE_URL, createClient } from "./client.js";
export type { Client, ListItemsRequest, ListItemsResult, NewLineRequest, NewLineResult } from "./client.js";
export { ResponseParseError } from "./runtime/result.js";
export { StreamItemError } from "./runtime/stream.js";
export type { CallOptions, ClientOptions, ClientWarning, OperationMethod, OperationResult, ReconnectOptions, RetryOptions, ServerSentEvent } from "./runtime/types.js";
export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export type { HugeEnum, Weird } from "./types.js";
