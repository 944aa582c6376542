import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoopbackServer, startLoopbackServer } from "../support/loopback-server.js";
import { createWireJudge } from "./wire-judge.js";

// The corpus's second judge on raw requests sent with plain fetch to a loopback server (not our
// client): it must accept what the specification's serializations produce where
// express-openapi-validator has a named limit, and refuse wrong values, so it is no rubber stamp.

const integerList = { type: "array", items: { type: "integer" } };
const DOCUMENT = {
  openapi: "3.1.0",
  info: { title: "wire judge", version: "1" },
  paths: {
    "/items#one": { get: { parameters: [{ name: "a", in: "query", required: true, schema: { type: "string" } }] } },
    "/items#two": { get: { parameters: [{ name: "b", in: "query", required: true, schema: { type: "integer" } }] } },
    "/cookies": {
      get: {
        parameters: [
          { name: "ids", in: "cookie", explode: false, schema: integerList },
          { name: "tags", in: "cookie", schema: { type: "array", items: { type: "string" } } },
        ],
      },
    },
    "/search": {
      get: {
        parameters: [
          { name: "include[]", in: "query", schema: { type: "array", items: { type: "string" } } },
          { name: "filter", in: "query", schema: { type: "object", additionalProperties: { type: "string" } } },
        ],
      },
    },
    "/things/{id}": {
      parameters: [
        {
          name: "id",
          in: "path",
          required: true,
          schema: { oneOf: [{ type: "integer" }, { type: "string", readOnly: true }] },
        },
      ],
      put: {
        requestBody: {
          required: true,
          content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
        },
      },
    },
    "/upload": {
      post: {
        requestBody: {
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                properties: {
                  meta: { type: "object", required: ["n"], properties: { n: { type: "integer" } } },
                  rows: { type: "array", items: integerList },
                  file: { type: "string", format: "binary" },
                },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "integer", readOnly: true }, name: { type: "string" } },
      },
    },
  },
};

let server: LoopbackServer;
const judge = createWireJudge(DOCUMENT, "");

beforeAll(async () => {
  server = await startLoopbackServer();
  server.respond(() => ({ status: 204 }));
});
afterAll(() => server.close());

/** Sends with fetch, then judges what the server recorded against `template`. */
async function judged(method: string, template: string, url: string, init: RequestInit = {}) {
  const before = server.requests.length;
  await fetch(`${server.baseUrl}${url}`, { method, ...init });
  const recorded = server.requests[before];
  if (recorded === undefined) throw new Error("nothing recorded");
  return judge(method, template, recorded);
}

function multipart(parts: Record<string, Blob | string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return form;
}

describe("wire judge", () => {
  it("routes a path key's #fragment as the path without it, judging the operation asked for", async () => {
    expect((await judged("GET", "/items#two", "/items?b=7")).accepted).toBe(true);
    const wrong = await judged("GET", "/items#two", "/items?a=x");
    expect(wrong.problems).toEqual(["query parameter b: missing", "query parameter a: not documented"]);
  });

  it("reads lists in cookies, exploded or not, and refuses a wrong item", async () => {
    const cookie = { headers: { cookie: "ids=1,2; tags=a; tags=b" } };
    expect((await judged("GET", "/cookies", "/cookies", cookie)).accepted).toBe(true);
    const wrong = await judged("GET", "/cookies", "/cookies", { headers: { cookie: "ids=1,x" } });
    expect(wrong.problems).toEqual(["cookie parameter ids: /1 must be integer"]);
  });

  it("reads bracketed names and an exploded free-form object in the query", async () => {
    const verdict = await judged("GET", "/search", "/search?include%5B%5D=a&include%5B%5D=b&colour=red&size=L");
    expect(verdict).toEqual({ accepted: true, problems: [] });
  });

  it("reads a oneOf path parameter as the one branch its text fits, and ignores readOnly in requests", async () => {
    const body = { method: "PUT", headers: { "content-type": "application/json" }, body: '{"name":"n"}' };
    expect((await judged("PUT", "/things/{id}", "/things/5", body)).accepted).toBe(true);
    const wrong = await judged("PUT", "/things/{id}", "/things/5", { ...body, body: '{"id":1}' });
    expect(wrong.problems).toEqual(["body (application/json): (value) must have required property 'name'"]);
  });

  it("parses multipart parts that carry JSON (lists of them too) and files", async () => {
    const json = (value: unknown) => new Blob([JSON.stringify(value)], { type: "application/json" });
    const good = multipart({ meta: json({ n: 1 }), rows: json([1, 2]), file: new Blob(["bytes"]) });
    expect((await judged("POST", "/upload", "/upload", { body: good })).accepted).toBe(true);
    const bad = multipart({ meta: json({ n: "one" }) });
    expect((await judged("POST", "/upload", "/upload", { body: bad })).problems).toEqual([
      "body (multipart/form-data): /meta/n must be integer",
    ]);
  });

  it("calls an object inside an exploded form object undetermined rather than guessing", async () => {
    const nested = {
      ...DOCUMENT,
      paths: {
        "/deep": {
          get: {
            parameters: [{ name: "p", in: "query", schema: { type: "object", properties: { q: { type: "object" } } } }],
          },
        },
      },
    };
    await fetch(`${server.baseUrl}/deep?q=%7B%7D`);
    const verdict = await createWireJudge(nested, "")("GET", "/deep", server.requests.at(-1) as never);
    expect(verdict.undetermined).toMatch(/property q is an object or a list inside an exploded form object/);
  });
});
