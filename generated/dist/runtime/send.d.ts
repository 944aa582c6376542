import type { FetchAnswer, Outgoing, Sender } from "./call.js";
/** The body as `parseAs` reads it; an error body as text, then JSON where it parses (openapi-fetch's own reading), and its text. */
export declare function answer(request: Request, response: Response, parseAs: string): Promise<FetchAnswer>;
/** The request openapi-fetch makes of these options (those fetch does not know stay on it, where a custom fetch or a middleware may read them). */
export declare function outgoingRequest(outgoing: Outgoing): Request;
/** A transport's send without middleware (middleware.ts has the send with it): the request, fetch, the answer. */
export declare const createSend: Sender;
