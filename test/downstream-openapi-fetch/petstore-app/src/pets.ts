import { client } from "./client.js";

export async function listTagged(): Promise<string> {
  const { data, error } = await client.GET("/pets", {
    params: { query: { tags: ["cat", "small"], limit: 5 }, header: { "X-Request-Id": "req-1" } },
  });
  if (error) return `failed: ${error.message}`;
  return data.map((pet) => pet.name).join(",");
}

export async function adopt(): Promise<string> {
  const { data, error, response } = await client.POST("/pets", {
    body: { name: "Rex", tag: "dog", birthday: null },
  });
  if (error) return `${response.status}: ${error.code}`;
  return `${response.status} ${data.name}`;
}

export async function petName(): Promise<string | undefined> {
  const result = await client.GET("/pets/{petId}", { params: { path: { petId: "pet 7/b" } } });
  return result.data?.name ?? `${result.response.status} ${result.error?.message}`;
}

export async function remove(): Promise<number> {
  const { response } = await client.DELETE("/pets/{petId}", { params: { path: { petId: "7" } } });
  return response.status;
}

export async function removeThroughRequest(): Promise<number> {
  const { response } = await client.request("delete", "/pets/{petId}", { params: { path: { petId: "8" } } });
  return response.status;
}
