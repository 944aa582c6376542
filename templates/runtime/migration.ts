// Shared by the generated migration helpers: a request body as field updates, and a replacement's
// answer read as the deprecated operation's.
import { ResponseParseError } from "./result.js";

/** `{ a: 1, b: "x" }` → `{ a: { operation, value: 1 }, b: { operation, value: "x" } }`; undefined fields are left out. */
export function fieldUpdates(body: object, operation: string): Record<string, { operation: string; value: unknown }> {
  const updates: Record<string, { operation: string; value: unknown }> = {};
  for (const [field, value] of Object.entries(body)) {
    if (value === undefined) continue;
    // defineProperty: a field named `__proto__` stays a field.
    Object.defineProperty(updates, field, {
      value: { operation, value },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return updates;
}

type PropertyOf<Body, Key extends string> = Body extends { readonly [P in Key]?: infer Value }
  ? NonNullable<Value>
  : never;

/**
 * A result whose successful `data` is `data[Key]` of the original answer, the whole answer kept as
 * `fullData`; error and malformed members are unchanged.
 */
export type SelectedResult<Result, Key extends string> = Result extends {
  data: infer Whole;
  status: infer Status;
  response: Response;
}
  ? {
      status: Status;
      data: PropertyOf<Whole, Key>;
      fullData: Whole;
      error?: never;
      malformed?: false;
      invalid?: false;
      response: Response;
    }
  : Result & { fullData?: never };

interface AnswerShape {
  readonly status: number;
  readonly data?: unknown;
  readonly malformed?: boolean;
  readonly response: Response;
}

/**
 * Resolves to `answer` with a successful body's `property` as its `data` (the whole body as
 * `fullData`). A successful body without that property is malformed, as the deprecated operation
 * would never have answered without it.
 */
export async function selectData<Result extends AnswerShape, Key extends string>(
  answer: Promise<Result>,
  property: Key,
): Promise<SelectedResult<Result, Key>> {
  const result: AnswerShape = await answer;
  if (!result.response.ok || result.malformed === true) return result as SelectedResult<Result, Key>;
  const whole = result.data;
  const part = typeof whole === "object" && whole !== null ? (whole as Record<string, unknown>)[property] : undefined;
  if (part === undefined || part === null || !Object.hasOwn(whole as object, property)) {
    const text = JSON.stringify(whole) ?? "";
    const error = new ResponseParseError(
      result.status,
      text,
      `it has no \`${property}\``,
      "lacks what the migrated call reads",
    );
    return { status: 0, error, malformed: true, response: result.response } as unknown as SelectedResult<Result, Key>;
  }
  return { status: result.status, data: part, fullData: whole, response: result.response } as SelectedResult<
    Result,
    Key
  >;
}
