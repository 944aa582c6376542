// Not the generated client: a method that happens to share the name stays as it is.
const registry = {
  createIteration: (count: number): number => count + 1,
};

export const next = registry.createIteration(1);
