/** UTF-8 bytes in base64 (RFC 7617 allows UTF-8 user-ids and passwords): HTTP Basic's, given to a transport whose document has a Basic scheme. */
export function base64(text) {
	let binary = "";
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary);
}
/**
* Several schemes, alternatives of them, HTTP Basic: `token` and `credentials` as the text each
* scheme sends (its prefix, then the value: Basic's `base64(username:password)`), `credentials`
* winning for the default scheme; each call sends the first requirement it has every credential
* for (none when there is none, or when the only one met is the anonymous `{}`); without any
* requirement, the default scheme. The secrets are every text a credential puts on the wire, and
* the password and token as given.
*/
export const everyScheme = (table, token, credentials, parts, options) => {
	const encode = parts.base64 ?? String;
	const texts = {};
	const given = Object.entries(credentials ?? {});
	if (token !== undefined && !given.some(([name, credential]) => name === table.defaultScheme && credential !== undefined)) given.push([table.defaultScheme, token]);
	const secrets = [];
	for (const [name, credential] of given) {
		if (credential === undefined) continue;
		const auth = Object.hasOwn(table.schemes, name) ? table.schemes[name] : undefined;
		const raw = typeof credential === "string" ? credential : `${credential.username}:${credential.password}`;
		// A Basic token is "username:password": its password is a secret of its own.
		const password = typeof credential === "string" ? raw.split(":").slice(1).join(":") : credential.password;
		const written = auth?.basic === true || typeof credential !== "string" ? encode(raw) : raw;
		secrets.push(typeof credential === "string" ? raw : password, auth?.basic === true ? password : "");
		if (auth === undefined) continue;
		Object.defineProperty(texts, name, {
			value: auth.prefix + written,
			enumerable: true
		});
		secrets.push(written);
	}
	const chosen = (security) => {
		for (const names of security ?? table.security ?? [[table.defaultScheme]]) {
			const met = names.flatMap((name) => {
				const auth = Object.hasOwn(table.schemes, name) ? table.schemes[name] : undefined;
				const text = Object.hasOwn(texts, name) ? texts[name] : undefined;
				return auth === undefined || text === undefined ? [] : [[auth, text]];
			});
			if (names.length > 0 && met.length === names.length) return met;
		}
		return [];
	};
	const sent = (security, operation) => {
		const headers = {};
		const middleware = [];
		for (const [scheme, text] of chosen(security)) {
			if (scheme.in === "header") headers[scheme.name] = text;
			else if (parts.authMiddleware !== undefined) middleware.push(parts.authMiddleware(scheme, text));
			if (scheme.deprecation !== undefined) parts.warn?.({
				...scheme.deprecation,
				operation
			}, options);
		}
		return {
			headers,
			middleware
		};
	};
	return {
		secrets,
		sent
	};
};
/**
* One scheme sent in a header, not HTTP Basic nor deprecated (the generated entry picks this policy
* only then): what {@link everyScheme} does for it, in less code. A call sends the credential where
* a requirement names that scheme alone.
*/
export const oneScheme = (table, token, credentials) => {
	const name = table.defaultScheme;
	const given = credentials?.[name] ?? token;
	const auth = table.schemes[name];
	return {
		secrets: typeof given === "string" ? [given] : [],
		sent: (security) => ({
			headers: typeof given === "string" && auth !== undefined && (security ?? table.security ?? [[name]]).some((names) => names.length > 0 && names.every((each) => each === name)) ? { [auth.name]: auth.prefix + given } : {},
			middleware: []
		})
	};
};
