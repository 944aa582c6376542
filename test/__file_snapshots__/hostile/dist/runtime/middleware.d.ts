import { type Sender, type TransportFeature } from "./call.js";
/** A send that runs the client's middleware, then each call's own (a credential's among them), as openapi-fetch runs them. */
export declare const createMiddlewareSend: Sender;
/** `options.middleware` and each call's `middleware`, run as openapi-fetch runs them: `createTransport(options, middleware)`. */
export declare const middleware: TransportFeature;
