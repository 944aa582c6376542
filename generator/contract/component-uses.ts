// Component schemas compared once each: a walk that reaches `#/components/schemas/X` on both sides
// records the place and queues X, instead of entering it again for every operation and every path
// (on Stripe's document one added field was reported 636 times). A change inside X is then reported
// once, with every place that uses it and every operation it reaches.
import { isRecord } from "../load/json-pointer.js";
import type { Change, Direction, Place, Usage } from "./change.js";
import { compareSchemas, type ReachComponent } from "./compare-schemas.js";

interface Found {
  readonly key: string;
  readonly change: Change;
}

function componentSchema(document: Record<string, unknown>, name: string): unknown {
  const components = isRecord(document.components) ? document.components : {};
  const schemas = isRecord(components.schemas) ? components.schemas : {};
  return Object.hasOwn(schemas, name) ? schemas[name] : undefined;
}

const keyOf = (direction: Direction, name: string): string => `${direction}|${name}`;

function byLocation(a: Place, b: Place): number {
  const [x, y] = [`${a.location}|${a.operation ?? a.schema ?? ""}`, `${b.location}|${b.operation ?? b.schema ?? ""}`];
  return x < y ? -1 : x > y ? 1 : 0;
}

export class ComponentUses {
  private readonly places = new Map<string, Place[]>();
  private readonly queue: { direction: Direction; name: string }[] = [];
  private readonly found: Found[] = [];
  private readonly reached = new Map<string, readonly string[]>();

  constructor(
    private readonly before: Record<string, unknown>,
    private readonly after: Record<string, unknown>,
  ) {}

  /** Records a place that uses component `name` in `direction`; the first queues it for comparison. */
  readonly reach: ReachComponent = (direction, name, place) => {
    const key = keyOf(direction, name);
    const list = this.places.get(key);
    if (list === undefined) {
      this.places.set(key, [place]);
      this.queue.push({ direction, name });
    } else if (!list.some((known) => byLocation(known, place) === 0)) list.push(place);
  };

  /** Compares every component reached (and those they reach), each once per direction; its changes carry their usage. */
  changes(): Change[] {
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      const { direction, name } = next;
      const key = keyOf(direction, name);
      compareSchemas(
        {
          direction,
          owner: { operation: undefined, schema: name },
          location: name,
          report: (change) => this.found.push({ key, change }),
          reachComponent: this.reach,
        },
        { document: this.before, schema: componentSchema(this.before, name) },
        { document: this.after, schema: componentSchema(this.after, name) },
      );
    }
    return this.found.map(({ key, change }) => ({ ...change, usage: this.usage(key) }));
  }

  private usage(key: string): Usage {
    const places = [...(this.places.get(key) ?? [])].sort(byLocation);
    const self = key.slice(key.indexOf("|") + 1);
    const schemas = new Set(places.flatMap((place) => (place.schema === undefined ? [] : [place.schema])));
    schemas.delete(self);
    return { operations: this.operationsReaching(key), schemas: [...schemas].sort(), places };
  }

  /** Every operation that reaches a component, through any chain of schemas (cycles included). */
  private operationsReaching(key: string): readonly string[] {
    const known = this.reached.get(key);
    if (known !== undefined) return known;
    const direction = key.slice(0, key.indexOf("|")) as Direction;
    const operations = new Set<string>();
    const visited = new Set([key]);
    const pending = [key];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      for (const place of this.places.get(current) ?? []) {
        if (place.operation !== undefined) operations.add(place.operation);
        const via = place.schema === undefined ? undefined : keyOf(direction, place.schema);
        if (via !== undefined && !visited.has(via)) {
          visited.add(via);
          pending.push(via);
        }
      }
    }
    const sorted = [...operations].sort();
    this.reached.set(key, sorted);
    return sorted;
  }
}
