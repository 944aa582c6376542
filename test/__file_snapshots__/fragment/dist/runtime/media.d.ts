export type MediaKind = "json" | "text" | "form" | "multipart" | "binary";
/** The media type without parameters, in lower case: `Application/JSON; charset=utf-8` is `application/json`. */
export declare function essence(contentType: string): string;
/**
* JSON (and every `+json`, and `*\/*`, which most documents mean as JSON), form-urlencoded,
* multipart, text (`text/*` and XML, sent and read as strings), and everything else as bytes.
*/
export declare function mediaKind(contentType: string): MediaKind;
