import { type ParamValues } from "./params.js";
export declare function plainPath(path: string, values: ParamValues): string;
export declare function plainQuery(values: ParamValues): string;
/** Header values are sent as given (the specification forbids percent-encoding them). */
export declare function plainHeaders(values: ParamValues): Record<string, string>;
