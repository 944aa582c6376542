export interface paths {
	"/items/{item-id}": {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description *\/ globalThis.__pwned = 'param'; /* */
				"item-id": string;
			};
			cookie?: never;
		};
		/**
		* Get *\/ globalThis.__pwned = 'summary'; /* item
		* @description {{#each this}}{{/each}} and `${globalThis.__pwned}`
		*/
		get: operations["get-item"];
		put: operations["getItem"];
		post?: never;
		delete: operations["delete"];
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/weird/'quote'/{id}": {
		parameters: {
			query?: never;
			header?: never;
			path: {
				id: number;
			};
			cookie?: never;
		};
		get: operations["123go"];
		put?: never;
		post: operations["constructor"];
		delete?: never;
		/** @deprecated */
		options: operations["quote\"op'\\back"];
		head?: never;
		patch: operations["__proto__"];
		trace?: never;
	};
}
export type webhooks = Record<string, never>;
export interface components {
	schemas: {
		/** @description Prototype *\/ globalThis.__pwned = 'schema'; /* */
		__proto__: {
			__proto__?: string;
			constructor?: string;
			"quote\"d"?: string;
			"new\nline"?: string;
			default?: number;
			"back\\slash"?: string;
			self?: components["schemas"]["__proto__"];
		};
		/** @enum {string} */
		constructor: "a\"b" | "*/" | "${x}" | "`" | "new\nline" | "__proto__";
		"with \"quotes\"": {
			class: string;
			items?: components["schemas"]["Mutual-A"][];
		};
		"has space": string;
		"kebab-name": number;
		class: boolean;
		"123start": {
			123?: string;
		};
		/** @description Collides with the package's own Client export. */
		Client: string;
		/** @description Collides with the package's own Credentials type (DigitalOcean has one). */
		Credentials: string | null;
		client: string;
		"Mutual-A": {
			b?: components["schemas"]["Mutual_B"];
		};
		Mutual_B: {
			a?: components["schemas"]["Mutual-A"];
		};
	};
	responses: never;
	parameters: never;
	requestBodies: never;
	headers: never;
	pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
	"get-item": {
		parameters: {
			query?: {
				"filter[\"name\"]"?: string;
				class?: string;
			};
			header?: never;
			path: {
				/** @description *\/ globalThis.__pwned = 'param'; /* */
				"item-id": string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description ok */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["__proto__"];
				};
			};
		};
	};
	getItem: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description *\/ globalThis.__pwned = 'param'; /* */
				"item-id": string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/json": components["schemas"]["with \"quotes\""];
			};
		};
		responses: {
			/** @description ok */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	delete: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				/** @description *\/ globalThis.__pwned = 'param'; /* */
				"item-id": string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description gone */
			204: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	"123go": {
		parameters: {
			query?: never;
			header?: never;
			path: {
				id: number;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description ok */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["123start"];
				};
			};
		};
	};
	constructor: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				id: number;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description ok */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	"quote\"op'\\back": {
		parameters: {
			query?: never;
			header?: never;
			path: {
				id: number;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description ok */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	__proto__: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				id: number;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description ok */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
}
