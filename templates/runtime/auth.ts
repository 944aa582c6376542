// A credential sent in the query string or a cookie, for a document with a security scheme that says so.
import type { AuthSpec, Middleware } from "./types.js";

let warned = false;

/** `text` is the credential as sent (its scheme's prefix included). */
export function authMiddleware(auth: AuthSpec, text: string): Middleware {
  return {
    onRequest({ request }) {
      if (auth.in === "query") {
        const url = new URL(request.url);
        url.searchParams.set(auth.name, text);
        return new Request(url, request);
      }
      const cookie = `${auth.name}=${encodeURIComponent(text)}`;
      const existing = request.headers.get("Cookie");
      request.headers.set("Cookie", existing === null ? cookie : `${existing}; ${cookie}`);
      // A browser drops a Cookie header set by script: say so once rather than send no credential unnoticed.
      if (!request.headers.has("Cookie") && !warned) {
        warned = true;
        console.warn(
          `Warning [cookie-credential-not-sent]: the token goes in the cookie "${auth.name}", which a browser's fetch cannot set; let the server set that cookie and call with credentials: "include".`,
        );
      }
      return request;
    },
  };
}
