export interface paths {
	"/pets": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		/** List pets */
		get: operations["listPets"];
		put?: never;
		/** Add a pet */
		post: operations["createPet"];
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/pets/{petId}": {
		parameters: {
			query?: never;
			header?: never;
			path: {
				petId: string;
			};
			cookie?: never;
		};
		get: operations["getPet"];
		put?: never;
		post?: never;
		/** @deprecated */
		delete: operations["deletePet"];
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
	"/pets/{petId}/photo": {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		get?: never;
		put: operations["uploadPhoto"];
		post?: never;
		delete?: never;
		options?: never;
		head?: never;
		patch?: never;
		trace?: never;
	};
}
export type webhooks = Record<string, never>;
export interface components {
	schemas: {
		NewPet: {
			name: string;
			tag?: string | null;
			/** Format: date */
			birthday?: string | null;
		};
		Pet: components["schemas"]["NewPet"] & {
			/** Format: int64 */
			id: number;
			/** @enum {string} */
			status: "available" | "pending" | "sold";
			owner?: components["schemas"]["Owner"];
		};
		Owner: {
			name?: string;
			pets?: components["schemas"]["Pet"][];
		} | null;
		Error: {
			code: number;
			message: string;
		};
	};
	responses: {
		/** @description An error */
		Error: {
			headers: {
				[name: string]: unknown;
			};
			content: {
				"application/json": components["schemas"]["Error"];
			};
		};
	};
	parameters: never;
	requestBodies: never;
	headers: never;
	pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
	listPets: {
		parameters: {
			query?: {
				/** @description Only pets with all of these tags */
				tags?: string[];
				limit?: number;
			};
			header?: {
				"X-Request-Id"?: string;
			};
			path?: never;
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description A page of pets */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Pet"][];
				};
			};
			default: components["responses"]["Error"];
		};
	};
	createPet: {
		parameters: {
			query?: never;
			header?: never;
			path?: never;
			cookie?: never;
		};
		requestBody: {
			content: {
				"application/json": components["schemas"]["NewPet"];
			};
		};
		responses: {
			/** @description Created */
			201: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Pet"];
				};
			};
			422: components["responses"]["Error"];
		};
	};
	getPet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				petId: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description The pet */
			200: {
				headers: {
					[name: string]: unknown;
				};
				content: {
					"application/json": components["schemas"]["Pet"];
				};
			};
			404: components["responses"]["Error"];
		};
	};
	deletePet: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				petId: string;
			};
			cookie?: never;
		};
		requestBody?: never;
		responses: {
			/** @description Deleted */
			204: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
	uploadPhoto: {
		parameters: {
			query?: never;
			header?: never;
			path: {
				petId: string;
			};
			cookie?: never;
		};
		requestBody?: {
			content: {
				"application/x-www-form-urlencoded": {
					caption?: string;
				};
			};
		};
		responses: {
			/** @description Stored */
			204: {
				headers: {
					[name: string]: unknown;
				};
				content?: never;
			};
		};
	};
}
