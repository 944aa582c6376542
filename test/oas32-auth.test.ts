import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderSpec } from "../generator/generate.js";
import { type GeneratedPackage, generatePackage } from "./support/generated-package.js";
import { type LoopbackServer, startLoopbackServer } from "./support/loopback-server.js";

// OpenAPI 3.2's `deprecated: true` on a security scheme, and its OAuth 2 device authorization flow
// and `oauth2MetadataUrl`: a located warning at generation, the client's docs, and a run-time
// warning when a call sends the token by the deprecated scheme (test/specs/oas32/auth.yaml).

type Warning = { code: string; message: string; operation: string };
type Client = Record<"ping" | "openPing", () => Promise<{ status: number }>>;
type Entry = {
  createClient(options: { baseUrl: string; token?: string; onWarning?: (warning: Warning) => void }): Client;
};

const SPEC = "test/specs/oas32/auth.yaml";
let server: LoopbackServer;
let generated: GeneratedPackage;
beforeAll(async () => {
  server = await startLoopbackServer();
  server.respond(() => ({ status: 204 }));
  generated = await generatePackage(SPEC, "oas32-auth");
});
afterAll(() => server.close());

describe("a deprecated security scheme", () => {
  it("warns at generation, located at its `deprecated`, and --strict does not refuse for it", async () => {
    expect(generated.warnings.map((warning) => [warning.kind, warning.message, warning.location.line])).toEqual([
      [
        "deprecated security scheme",
        'security scheme "legacyKey" is deprecated: the client sends its token this way and warns once at run time',
        24,
      ],
    ]);
    await expect(renderSpec({ specPath: SPEC, strict: true })).resolves.toBeDefined();
  });

  it("is named in createClient's docs, beside the device authorization flow's URLs and the metadata URL", () => {
    const client = readFileSync(path.join(generated.dir, "src", "client.ts"), "utf8");
    expect(client).toContain(
      " * - `legacyKey`: API key in header `X-Legacy-Key`. **Deprecated.** Use the device flow instead.",
    );
    expect(client).toContain(
      "device authorization flow (deviceAuthorizationUrl https://auth.example.com/device; tokenUrl https://auth.example.com/token; scopes read)",
    );
    expect(client).toContain("server metadata at https://auth.example.com/.well-known/oauth-authorization-server");
  });

  it("warns once at run time when a call sends the token by it; not without a token, nor for an anonymous operation", async () => {
    const { createClient } = await generated.importEntry<Entry>("dist/index.js");
    const seen: Warning[] = [];
    const anonymous = createClient({ baseUrl: server.baseUrl, onWarning: (warning) => seen.push(warning) });
    await anonymous.ping();
    const client = createClient({
      baseUrl: server.baseUrl,
      token: "secret-token",
      onWarning: (warning) => seen.push(warning),
    });
    await client.openPing();
    expect(seen).toEqual([]);
    await client.ping();
    await client.ping();
    expect(server.requests.at(-1)?.headers["x-legacy-key"]).toBe("secret-token");
    expect(seen).toEqual([
      {
        code: "OPENAPI_DEP_AUTH_LEGACY_KEY",
        operation: "ping",
        message:
          'the security scheme "legacyKey" the client sends its token by is deprecated. Use the device flow instead.',
      },
    ]);
    expect(JSON.stringify(seen)).not.toContain("secret-token");
  });
});
