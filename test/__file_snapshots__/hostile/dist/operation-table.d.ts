import type { MockOperation } from "./testing/mock-core.js";
export declare const OPERATION_TABLE: readonly MockOperation[];
