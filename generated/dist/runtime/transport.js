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
