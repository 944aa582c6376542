export { DEFAULT_BASE_URL, createClient } from "./client.js";
export type { Client, ListItemsRequest, ListItemsResult, NewLineRequest, NewLineResult } from "./client.js";
export { ResponseParseError } from "./runtime/result.js";
export { StreamItemError } from "./runtime/stream.js";
export { RequestValidationError, ResponseValidationError, StreamItemValidationError } from "./runtime/validation.js";
export type { CallOptions, ClientOptions, ClientWarning, Invalid, Malformed, OperationMethod, OperationResult, ReconnectOptions, RetryOptions, ServerSentEvent, ValidateOptions, ValidationMode } from "./runtime/types.js";
export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export type { HugeEnum, Weird } from "./types.js";
