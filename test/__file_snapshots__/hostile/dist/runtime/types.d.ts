import type { OperationValidators, ValidationIssue } from "../validators/standard.js";
import type { Encodings } from "./body.js";
import type { BodyContent, BodySerializer, HeadersOptions, Middleware, ParamsOption, ParseAs, PathSerializer, QuerySerializer, QuerySerializerOptions, RequestContent } from "./fetch-types.js";
import type { ParamSpec } from "./params.js";
import type { ResponseParseError } from "./result.js";
import type { ServerSentEvent } from "./stream.js";
import type { ResponseValidationError } from "./validation.js";
export type { HeadersOptions, Middleware, ServerSentEvent };
/**
* The body of a sequential media type (JSON Lines, JSON Text Sequences, server-sent events): its
* items, parsed as they arrive. `for await (const item of result.data)`; `break` cancels the body.
*/
export type Stream<Item> = AsyncIterable<Item>;
export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";
export interface RetryOptions {
	/** Attempts in all, the first included. Default 4. */
	maxAttempts?: number | undefined;
	/** No retry starts once this much time has passed since the first attempt. Default 60 000 ms. */
	maxElapsedMs?: number | undefined;
	/** First backoff step; doubles per attempt, with full jitter. Default 500 ms. */
	baseDelayMs?: number | undefined;
	/** Largest backoff step (a server's Retry-After is honoured even when longer). Default 30 000 ms. */
	maxDelayMs?: number | undefined;
}
/**
* What a call does with a value that breaks the document's schema: `"fail"` (a request is refused
* before anything is sent; a response is an `invalid` result), `"report"` (a warning, through
* `onWarning`, and the call goes on as without validation), `"off"`.
*/
export type ValidationMode = "fail" | "report" | "off";
/** Validation at run time, with the compiled validators of `<pkg>/validators`. */
export interface ValidateOptions {
	/**
	* The validators, by operation: `operationValidators` from `<pkg>/validators` for every
	* operation, or `{ getThing: getThingValidators }` for those to check (a bundle then carries only
	* those). An operation not listed is not checked.
	*/
	with: {
		readonly [operation: string]: OperationValidators | undefined;
	};
	/** Parameters and request bodies. Default `"fail"`. */
	requests?: ValidationMode | undefined;
	/** Response bodies, each item of a stream as it arrives. Default `"fail"`. */
	responses?: ValidationMode | undefined;
}
/** Options any single call may add to openapi-fetch's. */
export interface CallOptions {
	/** Abort the whole call (retries included) after this long. Overrides the client's `timeoutMs`. */
	timeoutMs?: number | undefined;
	/** Retry policy for this call, or `false` for none. Overrides the client's `retry`. */
	retry?: RetryOptions | false | undefined;
	/**
	* For a server-sent events answer: when the connection breaks mid-stream, send the request again
	* with `Last-Event-ID` and go on yielding, after the server's `retry` time (else `delayMs`,
	* default 3000 ms), at most `maxAttempts` times in a row (default 3). Off by default.
	*/
	reconnect?: boolean | ReconnectOptions | undefined;
	/** This call's validation modes, over the client's `validate` (which names the validators); `false` for none. */
	validate?: {
		requests?: ValidationMode | undefined;
		responses?: ValidationMode | undefined;
	} | false | undefined;
}
export interface ReconnectOptions {
	maxAttempts?: number | undefined;
	delayMs?: number | undefined;
}
/** A warning the client raises, e.g. the first call of a deprecated operation, or a value validation found wrong (`"report"` mode). */
export interface ClientWarning {
	readonly code: string;
	readonly message: string;
	readonly operation: string;
	/** For a validation warning: where the value breaks its schema. */
	readonly issues?: readonly ValidationIssue[];
}
export interface ClientOptions {
	/** Defaults to the spec's first server. */
	baseUrl?: string | undefined;
	/**
	* Access token for the document's default security scheme, placed where that scheme says (for HTTP
	* Basic, `"username:password"`). Never logged or exposed on the client. `credentials` gives one per scheme.
	*/
	token?: string | undefined;
	/** Extra headers sent with every request; they override the spec's header defaults. */
	headers?: HeadersOptions | undefined;
	/** A fetch implementation (defaults to `globalThis.fetch`). */
	fetch?: ((input: Request) => Promise<Response>) | undefined;
	/** openapi-fetch middleware, applied in order. */
	middleware?: readonly Middleware[] | undefined;
	/** Retries on 429 (any method), and on network errors and 502/503/504 (idempotent methods). `false` turns them off. */
	retry?: RetryOptions | false | undefined;
	/** Abort each call (retries included) after this long. Default: no timeout. */
	timeoutMs?: number | undefined;
	/** Send these methods as POST with `X-HTTP-Method-Override` (`true`: PATCH, PUT and DELETE), for proxies that block them. */
	methodOverride?: boolean | readonly HttpMethod[] | undefined;
	/** Set to false to silence deprecation warnings. Default true. */
	deprecationWarnings?: boolean | undefined;
	/** Receives warnings instead of `process.emitWarning` / `console.warn`. */
	onWarning?: ((warning: ClientWarning) => void) | undefined;
	/**
	* Checks requests and responses against the document's schemas with the compiled validators of
	* `<pkg>/validators` (`{ with: operationValidators }`); off by default. `<pkg>/operations`' transport
	* needs the `validation` feature for it.
	*/
	validate?: ValidateOptions | undefined;
}
/** Every status of a class, as literals: a response a spec documents by pattern (`4XX`) or as `default` is one of them minus the documented ones, so `switch (result.status)` still narrows. */
export type Status2xx = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 209 | 210 | 211 | 212 | 213 | 214 | 215 | 216 | 217 | 218 | 219 | 220 | 221 | 222 | 223 | 224 | 225 | 226 | 227 | 228 | 229 | 230 | 231 | 232 | 233 | 234 | 235 | 236 | 237 | 238 | 239 | 240 | 241 | 242 | 243 | 244 | 245 | 246 | 247 | 248 | 249 | 250 | 251 | 252 | 253 | 254 | 255 | 256 | 257 | 258 | 259 | 260 | 261 | 262 | 263 | 264 | 265 | 266 | 267 | 268 | 269 | 270 | 271 | 272 | 273 | 274 | 275 | 276 | 277 | 278 | 279 | 280 | 281 | 282 | 283 | 284 | 285 | 286 | 287 | 288 | 289 | 290 | 291 | 292 | 293 | 294 | 295 | 296 | 297 | 298 | 299;
export type Status3xx = 300 | 301 | 302 | 303 | 304 | 305 | 306 | 307 | 308 | 309 | 310 | 311 | 312 | 313 | 314 | 315 | 316 | 317 | 318 | 319 | 320 | 321 | 322 | 323 | 324 | 325 | 326 | 327 | 328 | 329 | 330 | 331 | 332 | 333 | 334 | 335 | 336 | 337 | 338 | 339 | 340 | 341 | 342 | 343 | 344 | 345 | 346 | 347 | 348 | 349 | 350 | 351 | 352 | 353 | 354 | 355 | 356 | 357 | 358 | 359 | 360 | 361 | 362 | 363 | 364 | 365 | 366 | 367 | 368 | 369 | 370 | 371 | 372 | 373 | 374 | 375 | 376 | 377 | 378 | 379 | 380 | 381 | 382 | 383 | 384 | 385 | 386 | 387 | 388 | 389 | 390 | 391 | 392 | 393 | 394 | 395 | 396 | 397 | 398 | 399;
export type Status4xx = 400 | 401 | 402 | 403 | 404 | 405 | 406 | 407 | 408 | 409 | 410 | 411 | 412 | 413 | 414 | 415 | 416 | 417 | 418 | 419 | 420 | 421 | 422 | 423 | 424 | 425 | 426 | 427 | 428 | 429 | 430 | 431 | 432 | 433 | 434 | 435 | 436 | 437 | 438 | 439 | 440 | 441 | 442 | 443 | 444 | 445 | 446 | 447 | 448 | 449 | 450 | 451 | 452 | 453 | 454 | 455 | 456 | 457 | 458 | 459 | 460 | 461 | 462 | 463 | 464 | 465 | 466 | 467 | 468 | 469 | 470 | 471 | 472 | 473 | 474 | 475 | 476 | 477 | 478 | 479 | 480 | 481 | 482 | 483 | 484 | 485 | 486 | 487 | 488 | 489 | 490 | 491 | 492 | 493 | 494 | 495 | 496 | 497 | 498 | 499;
export type Status5xx = 500 | 501 | 502 | 503 | 504 | 505 | 506 | 507 | 508 | 509 | 510 | 511 | 512 | 513 | 514 | 515 | 516 | 517 | 518 | 519 | 520 | 521 | 522 | 523 | 524 | 525 | 526 | 527 | 528 | 529 | 530 | 531 | 532 | 533 | 534 | 535 | 536 | 537 | 538 | 539 | 540 | 541 | 542 | 543 | 544 | 545 | 546 | 547 | 548 | 549 | 550 | 551 | 552 | 553 | 554 | 555 | 556 | 557 | 558 | 559 | 560 | 561 | 562 | 563 | 564 | 565 | 566 | 567 | 568 | 569 | 570 | 571 | 572 | 573 | 574 | 575 | 576 | 577 | 578 | 579 | 580 | 581 | 582 | 583 | 584 | 585 | 586 | 587 | 588 | 589 | 590 | 591 | 592 | 593 | 594 | 595 | 596 | 597 | 598 | 599;
export type HttpStatus = Status2xx | Status3xx | Status4xx | Status5xx;
/** A 2xx answer: `data` is its body. */
export interface Success<
	Status extends number,
	Data
> {
	status: Status;
	data: Data;
	error?: never;
	malformed?: false;
	invalid?: false;
	response: Response;
}
/** Any other documented answer: `error` is its body. */
export interface Failure<
	Status extends number,
	Body
> {
	status: Status;
	error: Body;
	data?: never;
	malformed?: false;
	invalid?: false;
	response: Response;
}
/**
* A body that is not the JSON the API describes. `status` is 0 so that it never shares a case
* with a documented status; the HTTP status is `error.status` (and `response.status`).
*/
export interface Malformed {
	status: 0;
	error: ResponseParseError;
	data?: never;
	malformed: true;
	invalid?: false;
	response: Response;
}
/**
* A body that breaks the document's schema, with response validation on (`"fail"`). A malformed
* answer too (`malformed: true`), told apart by `invalid: true`: `error` keeps the HTTP status
* (`error.status`), the body as parsed (`error.body`) and where it breaks the schema (`error.issues`).
*/
export interface Invalid {
	status: 0;
	error: ResponseValidationError;
	data?: never;
	malformed: true;
	invalid: true;
	response: Response;
}
/**
* `body`, as openapi-fetch's `RequestBodyOption` types it but without its `Writable<>`, which only
* strips openapi-typescript's read/write markers (never emitted here) and shows as `& {}` on every
* object of a compiler message or hover.
*/
type BodyOption<Operation> = [BodyContent<Operation>] extends [never] ? {
	body?: never;
} : Operation extends {
	requestBody: object;
} ? {
	body: BodyContent<Operation>;
} : {
	body?: BodyContent<Operation>;
};
/** openapi-fetch's per-call options (its `FetchOptions`), `body` typed as above. */
type FetchInit<Operation> = ParamsOption<Operation> & BodyOption<Operation> & {
	baseUrl?: string;
	querySerializer?: QuerySerializer<Operation> | QuerySerializerOptions;
	bodySerializer?: BodySerializer<Operation>;
	pathSerializer?: PathSerializer;
	parseAs?: ParseAs;
	fetch?: (input: Request) => Promise<Response>;
	headers?: HeadersOptions;
	middleware?: Middleware[];
} & Omit<RequestInit, "body" | "headers">;
/** One request shape per media type: `contentType` names it (optional for the default), and `body` is that media type's. */
type ByContentType<
	Init,
	Content,
	Default
> = { [Type in keyof Content & string]: { [Key in keyof Init]: Key extends "body" ? Content[Type] : Init[Key] } & (Type extends Default ? {
	contentType?: Type;
} : {
	contentType: Type;
}) }[keyof Content & string];
/**
* One operation's request: openapi-fetch's options (`{ params: { path, query, header, cookie }, body }`)
* plus {@link CallOptions}. Where the operation takes several request media types, `contentType`
* picks one (`Default` when left out) and `body` is typed as that one's.
*/
export type OperationRequest<
	PathItem extends Record<string, any>,
	Method extends string,
	Default extends string = never
> = ([Default] extends [never] ? FetchInit<PathItem[Lowercase<Method>]> : ByContentType<FetchInit<PathItem[Lowercase<Method>]>, RequestContent<PathItem[Lowercase<Method>]>, Default>) & CallOptions;
/**
* `true` when a call must be given its request: something in it is required (in any one of a union of
* requests by media type). `{} extends T` asks that without a type per key, which a `Pick` per key of
* every operation's request made (#30: most of a consumer's type-check).
*/
export type RequiresInit<Request> = Request extends object ? {} extends Request ? false : true : false;
/** One operation's method, from its named request and result types. */
export type Method<
	Request,
	Result
> = true extends RequiresInit<Request> ? (init: Request) => Promise<Result> : (init?: Request) => Promise<Result>;
export type InitArgs<Init> = true extends RequiresInit<Init> ? [Init & CallOptions] : [(Init & CallOptions)?];
type Responses<Operation> = Operation extends {
	responses: infer R;
} ? R : Record<never, never>;
type Body<Response> = Response extends {
	content: infer Content;
} ? Content[keyof Content] : undefined;
type Status<Key> = Key extends number ? Key : number;
type IsSuccess<Key> = `${Key & (string | number)}` extends `2${string}` ? true : false;
/**
* What a call resolves to: one member per documented status, so `switch (result.status)` gives the
* body type of that status (`data` for 2xx, `error` otherwise). A body that is not valid JSON gives
* `status: 0`, `malformed: true` and a {@link ResponseParseError}. The generated client's own
* `<Operation>Result` types are the same with the spec's schema names kept.
*/
export type OperationResult<Operation> = { [Key in keyof Responses<Operation>]: IsSuccess<Key> extends true ? {
	status: Status<Key>;
	data: Body<Responses<Operation>[Key]>;
	error?: never;
	malformed?: false;
	invalid?: false;
	response: Response;
} : {
	status: Status<Key>;
	error: Body<Responses<Operation>[Key]>;
	data?: never;
	malformed?: false;
	invalid?: false;
	response: Response;
} }[keyof Responses<Operation>] | Malformed | Invalid;
/** openapi-fetch's `MaybeOptionalInit`: the options, or undefined where nothing in them is required. */
type OptionalWhenNothingRequired<Init> = true extends RequiresInit<Init> ? Init : Init | undefined;
/**
* One operation's method: openapi-fetch's options (`{ params: { path, query, header }, body, signal }`)
* plus {@link CallOptions} in, an {@link OperationResult} out.
*/
export type OperationMethod<
	PathItem extends Record<string, any>,
	Method extends string
> = <Init extends OptionalWhenNothingRequired<FetchInit<PathItem[Lowercase<Method> & keyof PathItem]>>>(...init: InitArgs<Init>) => Promise<OperationResult<PathItem[Lowercase<Method>]>>;
export interface OperationSpec {
	/** As sent: `GET`, OpenAPI 3.2's `QUERY`, an additional operation's method as the document spells it. */
	readonly method: string;
	readonly path: string;
	/** The request media type when the caller names none, where it is not application/json (a semantic patch, multipart). */
	readonly requestContentType?: string;
	/** Parameters sent in another style than their location's default, or as `content`. */
	readonly params?: readonly ParamSpec[];
	/** Encoding Objects of form and multipart bodies, by media type. */
	readonly encodings?: Readonly<Record<string, Encodings>>;
	/** The response media types the document gives the operation, as its `Accept` header. */
	readonly accept?: string;
	/** Header values the spec gives as defaults (e.g. an API version); caller headers win. */
	readonly defaultHeaders?: Readonly<Record<string, string>>;
	readonly deprecation?: {
		readonly code: string;
		readonly message: string;
	};
	/** The operation's own security requirements, where they differ from the document's: alternatives, each the schemes it needs. */
	readonly security?: readonly (readonly string[])[];
	/** Set when the operation's server-sent events carry JSON `data`, which is then parsed. */
	readonly eventData?: "json";
}
export type OperationTable<C> = { readonly [Name in keyof C]: OperationSpec };
export interface AuthSpec {
	readonly in: "header" | "query" | "cookie";
	readonly name: string;
	readonly prefix: string;
	/** HTTP Basic: the credential is sent as base64 of `username:password`. */
	readonly basic?: true;
	/** A deprecated scheme's warning, raised (once) by the first call that sends a credential by it. */
	readonly deprecation?: {
		readonly code: string;
		readonly message: string;
	};
}
/** An HTTP Basic scheme's credential, sent as `Authorization: Basic base64(username:password)`. */
export interface BasicCredential {
	readonly username: string;
	readonly password: string;
}
/** A token or API key, or HTTP Basic's username and password. */
export type Credential = string | BasicCredential;
