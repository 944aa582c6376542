// Not the generated client: methods that happen to share the name stay as they are.
const registry = {
  createIteration: (count: number): number => count + 1,
};

export const next = registry.createIteration(1);

export class IterationPlanner {
  private readonly planned: string[] = [];

  createIteration(request: { params: unknown; body: { hypothesis: string } }): Promise<{ data: { _id: string } }> {
    this.planned.push(request.body.hypothesis);
    return Promise.resolve({ data: { _id: `planned-${this.planned.length}` } });
  }
}

export async function planned(): Promise<string> {
  const planner = new IterationPlanner();
  const { data } = await planner.createIteration({ params: {}, body: { hypothesis: "Local" } });
  return data._id;
}
