// The generator's public module: `defineConfig` for codegen.config.ts (typed by config.d.ts).
export function defineConfig(config) {
  return config;
}
