/** The plain intermediate representation the emitters render: no OpenAPI objects past this point. */
import type { SpecWarning } from "../errors.js";
import type { MediaKind, StreamFraming } from "./media-kind.js";

/** A method as the `paths` types key it: lower case (`get`, OpenAPI 3.2's `query`, an additional operation's `purge`). */
export type HttpMethod = string;

export interface ApiModel {
  readonly title: string;
  readonly apiVersion: string;
  readonly description: string | undefined;
  readonly packageName: string;
  /** The generated package's own version, when one was given; else it derives from `apiVersion`. */
  readonly packageVersion: string | undefined;
  /** First server URL (variables at their defaults) without a trailing slash; "" when none. */
  readonly defaultBaseUrl: string;
  readonly serverUrls: readonly string[];
  /** The scheme `token` is sent by. */
  readonly auth: AuthModel | undefined;
  /** Every declared scheme the client can send a credential by, in the document's order. */
  readonly authSchemes: readonly AuthModel[];
  /** The document's security requirements: alternatives, each the schemes it needs; undefined when it states none. */
  readonly security: readonly (readonly string[])[] | undefined;
  /** A line of docs per declared security scheme (how it is sent, OAuth 2 flows and URLs, deprecation). */
  readonly securityDocs: readonly string[];
  /** Sorted by method name. */
  readonly operations: readonly OperationModel[];
  /** Sorted by type name. */
  readonly schemas: readonly SchemaModel[];
  /** The README's sections by tag, where the document's tags form a tree (OpenAPI 3.2 `parent`); undefined for one flat table. */
  readonly tagGroups: readonly TagGroupModel[] | undefined;
  readonly fixtures: FixtureTable;
  /** How the document's schemas read: OpenAPI 3.0's dialect (`nullable`, boolean exclusive bounds; Swagger 2.0 converted), or 3.1's and 3.2's JSON Schema 2020-12. */
  readonly schemaDialect: "3.0" | "3.1";
  /** What the model found that the user should know (not the emitters): schemas with no valid value, say. */
  readonly warnings: readonly SpecWarning[];
}

/** One section of the README's operations: a tag (its `summary`, else its name), nested `depth` levels below a top-level tag. */
export interface TagGroupModel {
  readonly heading: string;
  readonly depth: number;
  /** Method names, in the client's order. */
  readonly operations: readonly string[];
}

/** A named state of a schema's fixtures (`x-fixture-traits`). */
export interface TraitModel {
  readonly set?: Readonly<Record<string, unknown>>;
  readonly include?: readonly string[];
  readonly omit?: readonly string[];
}

/** Component schemas reduced to what the fixture engine reads, keyed by their spec names. */
export interface FixtureTable {
  readonly schemas: Record<string, unknown>;
  readonly traits: Record<string, Record<string, TraitModel>>;
}

/** Where the token goes, from the security scheme. */
export interface AuthModel {
  readonly schemeName: string;
  readonly kind: "apiKey" | "basic" | "bearer";
  readonly in: "header" | "query" | "cookie";
  readonly name: string;
  /** Put before the token, e.g. "Bearer " for HTTP bearer; "" for an API key. */
  readonly prefix: string;
  /** The run-time warning when the scheme is deprecated (OpenAPI 3.2). */
  readonly deprecation: string | undefined;
}

export interface OperationModel {
  /** The spec's operationId, or one derived from method and path when absent. */
  readonly operationId: string;
  /** A safe, unique camelCase identifier for the client method. */
  readonly methodName: string;
  readonly method: HttpMethod;
  /** The method as sent: `GET`, `QUERY`, an additional operation's exactly as the document spells it. */
  readonly httpMethod: string;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  readonly replacement: ReplacementModel | undefined;
  /** The request media type sent when the caller names none (JSON when offered, else the first); undefined without a body. */
  readonly requestContentType: string | undefined;
  readonly hasRequestBody: boolean;
  /** Every parameter, path item's and operation's merged, with style and explode resolved. */
  readonly parameters: readonly ParameterModel[];
  readonly requestBody: RequestBodyModel | undefined;
  /** The security schemes its requirements name (its own `security`, else the document's); undefined when neither says. */
  readonly securitySchemes: readonly string[] | undefined;
  /** The operation's security requirements (its own, else the document's): alternatives, each the schemes it needs. */
  readonly securityRequirements: readonly (readonly string[])[] | undefined;
  /** Header parameters with a default value in the spec (an API version, say), sent unless the caller sets them. */
  readonly defaultHeaders: Readonly<Record<string, string>>;
  /** Names of the `{placeholders}` in the path, in order. */
  readonly pathParams: readonly string[];
  /** Documented responses in reading order, for the named result type. */
  readonly responses: readonly ResponseModel[];
  /** Exported names of the operation's request and result types (`PatchExperimentRequest`, …), unique among the package's exports. */
  readonly requestTypeName: string;
  readonly resultTypeName: string;
  /** How a README writes a call of it. */
  readonly example: ExampleRequest;
  /** What a contract mock needs: the request body and required parameters to check, responses to answer with. */
  readonly contract: OperationContract;
  /** JSON pointer of the operation in the bundled document. */
  readonly pointer: string;
  /** How a reading operation pages, where the document says so (see pagination.ts); undefined otherwise. */
  readonly pagination: PaginationModel | undefined;
}

/** Which query parameter asks for a page, and where the next one comes from. */
export interface PaginationModel {
  /** cursor: the next value is read from the answer; page: counted on by one; offset: by the items read. */
  readonly kind: "cursor" | "page" | "offset";
  readonly param: string;
  /** In a 2xx JSON answer: the next cursor (cursor), or the page's items (page, offset; [] when the answer is the array). */
  readonly path: readonly string[];
  /** The first page's value where the caller gives none: null (no cursor), else the parameter's default, its minimum, or 1 (page) / 0 (offset). */
  readonly start: number | null;
  /** Where a 2xx answer says whether there are more pages (`has_more`, `has_next_page`, …), if it does. */
  readonly more?: readonly string[];
}

export type ExampleValue = string | number | boolean | readonly (string | number | boolean)[];

/** A call of the operation a README can show and a compiler accepts (see build-examples.ts). */
export interface ExampleRequest {
  /** A literal for each required parameter (path parameters always), by location. */
  readonly params: readonly {
    readonly in: "path" | "query" | "header";
    readonly name: string;
    readonly value: ExampleValue;
  }[];
  /** The request body's component schema: its fixture builder writes the body. */
  readonly bodySchemaName: string | undefined;
  readonly writable: boolean;
}

/** One documented response of an operation. */
export interface ResponseModel {
  /** As the spec writes it: "200", "4XX" or "default". */
  readonly key: string;
  /** Each media type, in the document's order. */
  readonly media: readonly MediaTypeModel[];
  readonly headers: readonly ResponseHeaderModel[];
}

/** `querystring` (OpenAPI 3.2) is one parameter that is the whole query string, serialized by its `content`. */
export type ParameterLocation = "path" | "query" | "querystring" | "header" | "cookie";
/** The specification's styles, and `tabDelimited` for Swagger 2.0's `collectionFormat: tsv` (see load/collection-formats.ts). */
export type ParameterStyle =
  | "matrix"
  | "label"
  | "simple"
  | "form"
  | "spaceDelimited"
  | "pipeDelimited"
  | "tabDelimited"
  | "deepObject"
  | "cookie";

/** A parameter with the specification's defaults filled in (style by location, explode by style). */
export interface ParameterModel {
  readonly name: string;
  readonly in: ParameterLocation;
  /** Always true for a path parameter. */
  readonly required: boolean;
  readonly deprecated: boolean;
  /** As written (a `$ref` into components stays); a `content` parameter's is its media type's. */
  readonly schema: unknown;
  readonly style: ParameterStyle;
  readonly explode: boolean;
  readonly allowReserved: boolean;
  /** Set for a parameter described by `content` (serialized as that media type, then encoded). */
  readonly contentType: string | undefined;
  readonly example: unknown;
  /** JSON pointer of the parameter object where it is written. */
  readonly pointer: string;
}

/** How one property of a form or multipart body is sent (the Encoding Object). */
export interface EncodingModel {
  readonly contentType?: string;
  readonly style?: ParameterStyle;
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

export interface MediaTypeModel {
  readonly contentType: string;
  readonly kind: MediaKind;
  /** As written; undefined when the media type has none. */
  readonly schema: unknown;
  /** The component schema `schema` is a plain `$ref` to (shown by name), if so. */
  readonly schemaName: string | undefined;
  /** By property name, for form and multipart bodies. */
  readonly encoding: Readonly<Record<string, EncodingModel>>;
  readonly example: unknown;
  /** The Example Objects, resolved. */
  readonly examples: readonly Record<string, unknown>[];
  /** `x-fixture-trait`: the named state of its schema an answer of this media type is in. */
  readonly trait: string | undefined;
  /** Set for a sequential media type (JSON Lines, JSON Text Sequences, server-sent events): a body that is a stream of items. */
  readonly stream: StreamModel | undefined;
}

/** What each item of a stream is, and how its bytes are framed. */
export interface StreamModel {
  readonly framing: StreamFraming;
  /**
   * Each item's schema; for server-sent events, the schema of an event's decoded `data` (its
   * `contentSchema`, or a string), since the event's other fields are the standard's own.
   */
  readonly itemSchema: unknown;
  /** For server-sent events: whether `data` is parsed as JSON or kept as text. */
  readonly data: "json" | "text" | undefined;
}

export interface RequestBodyModel {
  readonly required: boolean;
  readonly media: readonly MediaTypeModel[];
}

export interface ResponseHeaderModel {
  readonly name: string;
  readonly example: unknown;
  /** The header's schema, its own `$ref` followed. */
  readonly schema: unknown;
}

/** Where a deprecated operation's callers should go instead (from the `x-replacement` extension). */
export interface ReplacementModel {
  readonly operationId: string;
  readonly methodName: string;
  readonly method: HttpMethod;
  readonly httpMethod: string;
  readonly path: string;
  readonly instructions: readonly string[];
  readonly docsUrl: string | undefined;
  /** How a request of the deprecated operation becomes one of the replacement (`x-replacement.migration`). */
  readonly migration: MigrationModel | undefined;
}

/** A request body becomes field updates of one instruction, chosen by mode. */
export interface MigrationModel {
  /** The `operation` of every field update, e.g. "update". */
  readonly fieldOperation: string;
  /** The instruction property holding the field updates, e.g. "value". */
  readonly valueProperty: string;
  /** The replacement body's list of instructions, e.g. "instructions". */
  readonly instructionsProperty: string;
  /** The replacement body's free-text comment property, when it has one. */
  readonly commentProperty: string | undefined;
  readonly modes: readonly MigrationMode[];
  /** How the replacement's response differs from the deprecated one's. */
  readonly result: string | undefined;
  /** Every field of the deprecated request body, with how it carries over. */
  readonly fields: readonly { readonly name: string; readonly note: string | undefined }[];
  /** The JSON request media types of the two operations, to type the helper. */
  readonly sourceContentType: string;
  readonly targetContentType: string;
}

export interface MigrationMode {
  readonly name: string;
  readonly kind: string;
  readonly description: string | undefined;
  /** Instruction property for a free-text justification (an option of the helper), if the mode takes one. */
  readonly justificationProperty: string | undefined;
  /** The property of the replacement's success body that holds what the deprecated operation answered. */
  readonly resultProperty: string | undefined;
}

export interface SchemaModel {
  /** The key under components.schemas, exactly as in the spec. */
  readonly name: string;
  /** A safe, unique PascalCase identifier for the exported type alias. */
  readonly typeName: string;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  /** A plain object schema (no composition, enum or null): exported as an interface, so editors show its name. */
  readonly objectShaped: boolean;
  /** The discriminator's property of a `oneOf`/`anyOf` union, so its builder can return the branch an override names. */
  readonly discriminator: string | undefined;
}

export interface OperationContract {
  /** Every parameter, with how it is serialized and its schema (reduced as the fixture table's are). */
  readonly parameters: readonly {
    readonly name: string;
    readonly in: ParameterLocation;
    readonly required: boolean;
    readonly style: ParameterStyle;
    readonly explode: boolean;
    readonly contentType?: string;
    /** The parameter's own `example`, which a request built for a test prefers. */
    readonly example?: unknown;
    readonly schema: unknown;
  }[];
  readonly requestBody:
    | {
        readonly required: boolean;
        readonly media: readonly {
          readonly contentType: string;
          readonly schema: unknown;
          readonly encoding?: Readonly<Record<string, EncodingModel>>;
        }[];
      }
    | undefined;
  /**
   * Documented numeric statuses sorted, then patterns (`4XX`) and `default` (status 0, named by
   * `key`), each with its first JSON body schema (if any) and the header values the spec gives.
   */
  readonly responses: readonly {
    readonly status: number;
    readonly key?: string;
    readonly contentType: string | undefined;
    readonly schema: unknown;
    readonly headers?: Readonly<Record<string, string>>;
    /** The document's own example of the body (its `example`, else its first Example Object's value), which a mock prefers. */
    readonly example?: unknown;
    /** The state (`x-fixture-trait`) an answer is built in, when the response names one. */
    readonly trait?: string;
    /** For a sequential media type: how its items are framed (`schema` is then one item's, for events their `data`'s). */
    readonly stream?: { readonly framing: StreamFraming; readonly data?: "json" | "text" };
  }[];
}
