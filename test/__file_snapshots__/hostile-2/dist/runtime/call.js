import { outgoingFor } from "./outgoing.js";
import { withoutSecret } from "./redact.js";
import { toResult } from "./result.js";
export { withoutSecret };
/** The serializers openapi-fetch takes, giving what the call already wrote: what its middleware is shown as `options`. */
export function writtenSerializers(outgoing) {
	return {
		// openapi-fetch hands the base and the path template: the template is replaced by the serialized path.
		pathSerializer: (url) => url.slice(0, url.length - outgoing.schemaPath.length) + outgoing.path,
		querySerializer: () => outgoing.query,
		bodySerializer: () => outgoing.body
	};
}
/** A transport's credentials: the policy's, or none for a document with no scheme the client can send. */
function transportCredentials(defaults, options) {
	const { auth, policy } = defaults;
	if (auth !== undefined && policy !== undefined) return policy(auth, options.token, options.credentials, defaults, options);
	return {
		secrets: options.token === undefined ? [] : [options.token],
		sent: () => ({
			headers: {},
			middleware: []
		})
	};
}
/** Each option that needs a feature, and the feature. */
const NEEDS = {
	retry: "retries",
	methodOverride: "methodOverride",
	validate: "validation",
	middleware: "middleware"
};
/** An option whose feature the transport was not given would silently do nothing: it is refused instead. */
function requireFeatures(features, given) {
	for (const option in NEEDS) {
		const value = given[option];
		const feature = NEEDS[option];
		// An empty list (of middleware, of methods to override) asks for nothing.
		if (value !== undefined && value !== false && value.length !== 0 && !features.some((entry) => entry.feature === feature)) throw new TypeError(`\`${option}\` needs the ${feature} feature: createTransport(options, ${feature})`);
	}
}
/** Every call's shared state: the send, the credentials, the features' fetch. */
export function createCallTransport(defaults, options, features, sender) {
	requireFeatures(features, options);
	const credentials = transportCredentials(defaults, options);
	const baseFetch = options.fetch ?? ((request) => globalThis.fetch(request));
	const fetchFor = (retry) => features.reduce((fetch, feature) => feature.wrapFetch?.(fetch, options, retry) ?? fetch, baseFetch);
	const state = {
		defaults,
		options,
		credentials,
		fetchFor,
		transportFetch: fetchFor(undefined)
	};
	const send = (features.find((feature) => feature.sender)?.sender ?? sender)(options.middleware ?? []);
	// async: a refusal (an option without its feature) is a rejected promise, as every other failure of a call.
	const call = async (name, spec, given = {}, wire = {}) => {
		const init = given;
		if (spec.deprecation !== undefined) wire.warn?.({
			...spec.deprecation,
			operation: name
		}, options);
		requireFeatures(features, init);
		for (const feature of features) feature.checkRequest?.(name, spec, init, options);
		const outgoing = outgoingFor(name, spec, init, wire, state);
		const decoder = wire.success?.(spec, send, outgoing, init.reconnect);
		return send(outgoing).then((answer) => {
			for (const feature of features) feature.onResponse?.(name, answer.response, options);
			return toResult(answer, init.parseAs === undefined, decoder).then((result) => features.reduce((current, feature) => feature.checkResult?.(name, current, init, options) ?? current, result));
		}, (error) => {
			throw withoutSecret(error, credentials.secrets);
		});
	};
	return { call };
}
