/** Sends the listed methods as POST with `X-HTTP-Method-Override: <method>`. */
export function withMethodOverride(fetchImpl, methods) {
	if (methods.size === 0) return fetchImpl;
	return async (request) => {
		if (!methods.has(request.method)) return fetchImpl(request);
		const headers = new Headers(request.headers);
		headers.set("X-HTTP-Method-Override", request.method);
		const body = request.body === null ? null : await request.arrayBuffer();
		return fetchImpl(new Request(request.url, {
			method: "POST",
			headers,
			body,
			signal: request.signal,
			redirect: request.redirect
		}));
	};
}
export function overriddenMethods(option) {
	if (option === true) return new Set([
		"PATCH",
		"PUT",
		"DELETE"
	]);
	return new Set(option === false || option === undefined ? [] : option);
}
/** The caller's signal and the timeout, as one signal; undefined when there is neither. */
export function callSignal(signal, timeoutMs) {
	const timeout = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
	if (signal == null) return timeout;
	return timeout === undefined ? signal : AbortSignal.any([signal, timeout]);
}
/** An error whose text mentions the token is replaced by one that does not (and has no cause to leak it through). */
export function withoutSecret(error, secret) {
	if (secret === undefined || secret === "" || !(error instanceof Error)) return error;
	const texts = [
		error.message,
		error.stack ?? "",
		String(error.cause ?? "")
	];
	if (!texts.some((text) => text.includes(secret))) return error;
	const cleaned = new Error(error.message.split(secret).join("[redacted]"));
	cleaned.name = error.name;
	return cleaned;
}
