export { DEFAULT_BASE_URL, createClient } from "./client.js";
export type { Client, Credentials, ConstructorOperationRequest, ConstructorOperationResult, DeleteRequest, DeleteResult, GetItemRequest, GetItemResult, GetItem2Request, GetItem2Result, Op123goRequest, Op123goResult, ProtoRequest, ProtoResult, QuoteOpBackRequest, QuoteOpBackResult } from "./client.js";
export { ResponseParseError } from "./runtime/result.js";
export { StreamItemError } from "./runtime/stream.js";
export { RequestValidationError, ResponseValidationError, StreamItemValidationError } from "./runtime/validation.js";
export type { CallOptions, ClientOptions, ClientWarning, Invalid, Malformed, OperationMethod, OperationResult, ReconnectOptions, RetryOptions, ServerSentEvent, ValidateOptions, ValidationMode } from "./runtime/types.js";
export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export type { Class, ClientSchema, ClientSchema2, Constructor, CredentialsSchema, HasSpace, KebabName, MutualA, MutualB, Proto, Schema123start, WithQuotes } from "./types.js";
