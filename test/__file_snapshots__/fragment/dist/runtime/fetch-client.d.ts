import { type Fetch, type Sender } from "./call.js";
/** `fetch`, keeping the text of each JSON error body (a copy is read; openapi-fetch reads the original). */
export declare function keepErrorText(fetch: Fetch): Fetch;
/** A send through openapi-fetch's client, with the client's middleware: given what the call wrote, it makes the same request send.ts makes. */
export declare const openapiFetchSend: Sender;
