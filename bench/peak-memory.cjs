// Preloaded (NODE_OPTIONS=--require) into a measured command: writes its peak resident set size
// in KiB to the file named by BENCH_PEAK_FILE when it exits. Works for any Node CLI, ours or not.
const { writeFileSync } = require("node:fs");

process.on("exit", () => {
  writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS));
});
