/** `token` and `credentials` as one table by scheme name; `credentials` wins for the default scheme. */
export function givenCredentials(table, token, credentials) {
	const given = {};
	for (const [name, credential] of Object.entries(credentials ?? {})) Object.defineProperty(given, name, {
		value: credential,
		enumerable: true
	});
	if (token !== undefined && given[table.defaultScheme] === undefined) Object.defineProperty(given, table.defaultScheme, {
		value: token,
		enumerable: true
	});
	return given;
}
/** UTF-8 bytes in base64 (RFC 7617 allows UTF-8 user-ids and passwords). */
function base64(text) {
	let binary = "";
	for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
	return btoa(binary);
}
/** The text a scheme's header, parameter or cookie carries: Basic's `base64(username:password)`, else the value. */
export function credentialText(auth, credential) {
	if (typeof credential === "string") return auth.prefix + (auth.basic === true ? base64(credential) : credential);
	return auth.prefix + base64(`${credential.username}:${credential.password}`);
}
/**
* The schemes and credentials a call sends: the first requirement (the operation's own, else the
* document's) the caller has every credential for; none when there is none, or when the requirement
* met first is the anonymous one (`{}`) and no other is met. Without any requirement, the default scheme.
*/
export function chooseCredentials(table, operationSecurity, given) {
	const alternatives = operationSecurity ?? table.security ?? [[table.defaultScheme]];
	for (const names of alternatives) {
		if (names.length === 0) continue;
		const chosen = names.flatMap((name) => {
			const auth = Object.hasOwn(table.schemes, name) ? table.schemes[name] : undefined;
			const credential = Object.hasOwn(given, name) ? given[name] : undefined;
			return auth === undefined || credential === undefined ? [] : [[auth, credential]];
		});
		if (chosen.length === names.length) return chosen;
	}
	return [];
}
/** Every text a credential puts on the wire, and the password and token as given: what errors must not repeat. */
export function secretsOf(table, given) {
	return Object.entries(given).flatMap(([name, credential]) => {
		const auth = Object.hasOwn(table.schemes, name) ? table.schemes[name] : undefined;
		if (credential === undefined) return [];
		// A Basic token is "username:password": its password is a secret of its own.
		const password = auth?.basic === true && typeof credential === "string" ? credential.split(":").slice(1).join(":") : "";
		const raw = typeof credential === "string" ? [credential, password] : [credential.password];
		const written = auth === undefined ? [] : [credentialText(auth, credential).slice(auth.prefix.length)];
		return [...raw, ...written].filter((secret) => secret !== "");
	});
}
