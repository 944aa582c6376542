import type { CallInit, Fetch, Outgoing, TransportDefaults, TransportOptions, Wire } from "./call.js";
import type { SentCredentials } from "./credentials.js";
import type { CallOptions, OperationSpec } from "./types.js";
/** What a transport keeps for every call's request: its defaults, options, credentials and fetch. */
export interface CallState {
	readonly defaults: TransportDefaults;
	readonly options: TransportOptions;
	readonly credentials: SentCredentials;
	/** The features' fetch with a call's own retry policy. */
	readonly fetchFor: (retry: CallOptions["retry"]) => Fetch;
	readonly transportFetch: Fetch;
}
/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export declare function callSignal(signal: AbortSignal | null | undefined, timeoutMs: number | undefined): AbortSignal | undefined;
/** The request of one call, as its send takes it. */
export declare function outgoingFor(name: string, spec: OperationSpec, init: CallInit, wire: Wire, state: CallState): Outgoing;
