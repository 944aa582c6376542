import { defineConfig } from "vitest/config";
import { SummaryReporter } from "./test/support/summary-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/.tmp/**", "node_modules/**"],
    reporters: ["default", new SummaryReporter()],
    // Fails the test in which a DeprecationWarning is printed: npm test's output has no stray lines.
    setupFiles: ["test/support/no-deprecation-warnings.ts"],
    // Type-checking generated packages and spawning the CLI take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
