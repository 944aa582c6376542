export { DEFAULT_BASE_URL, createClient } from "./client.js";
export type { Client, Credentials, CreatePetRequest, CreatePetResult, DeletePetRequest, DeletePetResult, GetPetRequest, GetPetResult, ListPetsRequest, ListPetsResult, UploadPhotoRequest, UploadPhotoResult } from "./client.js";
export { ResponseParseError } from "./runtime/result.js";
export { StreamItemError } from "./runtime/stream.js";
export { RequestValidationError, ResponseValidationError, StreamItemValidationError } from "./runtime/validation.js";
export type { CallOptions, ClientOptions, ClientWarning, Invalid, Malformed, OperationMethod, OperationResult, ReconnectOptions, RetryOptions, ServerSentEvent, ValidateOptions, ValidationMode } from "./runtime/types.js";
export type { $defs, components, operations, paths, webhooks } from "./schema.js";
export type { ErrorSchema, NewPet, Owner, Pet } from "./types.js";
