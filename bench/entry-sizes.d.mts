/** Minified and gzip bytes of one consumer's bundle. */
export interface EntrySize {
  readonly min: number;
  readonly gzip: number;
}
export declare const BUDGET_FILE: string;
export declare function measureEntrySizes(packageDir?: string): Promise<Record<string, EntrySize>>;
export declare function readBudget(): Record<string, number>;
export declare function benchEntrySizes(): Promise<{
  title: string;
  header: string[];
  rows: string[][];
  notes: string[];
}>;
