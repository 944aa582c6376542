import * as ld from "launchdarkly-experiments-client";
import { iteration, path } from "./shared.js";

/** A service holding the client, reached through `this`. */
export class ExperimentsService {
  constructor(private readonly api: ld.Client) {}

  async start(hypothesis: string): Promise<string> {
    const result = await this.api.createIteration({ params: { path }, body: { ...iteration, hypothesis } });
    switch (result.status) {
      case 200:
        return `created ${result.data?._id ?? "?"}`;
      default:
        return `failed with ${result.status}`;
    }
  }
}

const client = ld.createClient({ baseUrl: process.env.LD_BASE_URL ?? ld.DEFAULT_BASE_URL, token: process.env.LD_API_TOKEN ?? "", retry: false });

export function startThroughService(): Promise<string> {
  return new ExperimentsService(client).start("Through a service");
}
