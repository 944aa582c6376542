import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { runCli } from "../generator/cli.js";
import type { Change } from "../generator/contract/change.js";
import { sharedPresent, UPSTREAM } from "./support/shared-files.js";
import { makeTempDir, REPO_ROOT, removeDir } from "./support/temp-dirs.js";

// biome-ignore lint/suspicious/noExplicitAny: the tests edit documents at any depth, as YAML gives them
type Spec = Record<string, any>;

const FANOUT = path.join(REPO_ROOT, "test/specs/diff-fanout/openapi.yaml");
const dir = makeTempDir("contract-scale");
afterAll(() => removeDir(dir));

function written(text: string): string {
  const file = path.join(dir, `new-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, text);
  return file;
}

function edited(change: (spec: Spec) => void): string {
  const spec = parse(readFileSync(FANOUT, "utf8")) as Spec;
  change(spec);
  return written(stringify(spec));
}

async function diff(before: string, after: string): Promise<{ lines: string[]; changes: Change[] }> {
  let text = "";
  let json = "";
  await runCli(["diff", before, after], { stdout: (line) => (text += `${line}\n`), stderr: () => undefined });
  await runCli(["diff", before, after, "--json"], { stdout: (out) => (json += out), stderr: () => undefined });
  return { lines: text.trimEnd().split("\n"), changes: (JSON.parse(json) as { changes: Change[] }).changes };
}

const addNote = (s: Spec): void => {
  s.components.schemas.Money.properties.note = { type: "string" };
};

describe("a change to a component schema is reported once, with what uses it", () => {
  it("a field added to a schema ten places use: one line per direction, every place kept in --json", async () => {
    const { lines, changes } = await diff(FANOUT, edited(addNote));
    // Before: one line per operation reaching Money (10 lines, each at a different path).
    expect(lines).toEqual([
      "Schema Money, used by 8 operations and 5 schemas:",
      "  non-breaking  Money.note: field added  [request-field-added]",
      "  non-breaking  Money.note: field added  [response-field-added]",
      "0 breaking, 0 warning(s) and 2 non-breaking change(s): the generated package needs a minor version bump.",
    ]);
    const response = changes.find((change) => change.kind === "response-field-added");
    expect(response?.usage?.operations).toEqual([
      "createInvoice",
      "createRefund",
      "getBalance",
      "getCustomer",
      "getInvoice",
      "listCustomers",
      "listInvoiceLines",
      "listInvoices",
    ]);
    expect(response?.usage?.schemas).toEqual(["Customer", "Invoice", "LineItem", "Refund"]);
    expect(response?.usage?.places).toEqual([
      { schema: "Customer", location: "Customer.balance" },
      { schema: "Invoice", location: "Invoice.subtotal" },
      { schema: "Invoice", location: "Invoice.total" },
      { schema: "LineItem", location: "LineItem.price" },
      { schema: "LineItem", location: "LineItem.tax" },
      { schema: "Refund", location: "Refund.amount" },
      { operation: "getBalance", location: "getBalance 200 response" },
    ]);
    const request = changes.find((change) => change.kind === "request-field-added");
    expect(request?.usage).toEqual({
      operations: ["createInvoice", "createRefund"],
      schemas: ["InvoiceInput"],
      places: [
        { schema: "InvoiceInput", location: "InvoiceInput.lines[].price" },
        { operation: "createRefund", location: "createRefund request body.amount" },
      ],
    });
  });

  it("groups by operation and by schema, worst first; a long path is shortened in text, whole in --json", async () => {
    const after = edited((s) => {
      addNote(s);
      delete s.paths["/customers/{id}/balance"];
      s.components.schemas.Tax = { type: "object", properties: { rate: { type: "number" } } };
      const deep = s.components.schemas.Report.properties.quarterly_breakdown_by_sales_region.properties;
      const entry = deep.subsidiaries_and_affiliated_entities.additionalProperties.properties;
      const details = entry.reconciled_transactions_by_payment_method.items.properties;
      details.settlement_currency_conversion_details.properties.applied_exchange_rate = { type: "string" };
    });
    const { lines, changes } = await diff(FANOUT, after);
    expect(lines).toEqual([
      "Operation getBalance:",
      "  BREAKING      getBalance: GET /customers/{id}/balance removed  [operation-removed]",
      "Schema Report, used by operation getReport:",
      "  BREAKING      Report.….applied_exchange_rate: type number became string  [type-changed]",
      "Schema Money, used by 7 operations and 5 schemas:",
      "  non-breaking  Money.note: field added  [request-field-added]",
      "  non-breaking  Money.note: field added  [response-field-added]",
      "Schema Tax:",
      "  non-breaking  Tax: schema added  [schema-added]",
      "2 breaking, 0 warning(s) and 3 non-breaking change(s): the generated package needs a major version bump.",
    ]);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(120);
    expect(changes.find((change) => change.kind === "type-changed")?.location).toBe(
      "Report.quarterly_breakdown_by_sales_region.subsidiaries_and_affiliated_entities{}.reconciled_transactions_by_payment_method[].settlement_currency_conversion_details.applied_exchange_rate",
    );
  });
});

describe.skipIf(!sharedPresent(UPSTREAM, "diff at scale on the upstream document"))(
  "diff at scale: the upstream document with one component changed",
  () => {
    it("a field added to Link (161 $refs, in 187 operations' answers) is one change, not 187 lines", async () => {
      const text = readFileSync(UPSTREAM, "utf8");
      const link = "    Link:\n      example:\n        href: href\n        type: type\n      properties:\n";
      expect(text.split(link).length).toBe(2);
      const after = written(text.replace(link, `${link}        title:\n          type: string\n`));
      const { lines, changes } = await diff(UPSTREAM, after);
      expect(lines).toEqual([
        "Schema Link, used by 187 operations and 142 schemas:",
        "  non-breaking  Link.title: field added  [response-field-added]",
        "0 breaking, 0 warning(s) and 1 non-breaking change(s): the generated package needs a minor version bump.",
      ]);
      expect(changes).toHaveLength(1);
      expect(changes[0]?.usage?.places).toHaveLength(161);
      expect(changes[0]?.usage?.places).toContainEqual({
        schema: "RootResponse",
        location: "RootResponse.links{}",
      });
    });
  },
);
