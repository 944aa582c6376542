// `npm run bench`: benchmarks that print tables with ratios against a baseline measured in the
// same run. They never gate tests on wall-clock time.
import os from "node:os";
import { benchClientLoad } from "./client-load.mjs";
import { benchConsumer } from "./consumer.mjs";
import { benchConsumerScale } from "./consumer-scale.mjs";
import { benchEntrySizes } from "./entry-sizes.mjs";
import { benchGeneration } from "./generation.mjs";
import { benchOperationsEntry } from "./operations-entry.mjs";
import { benchSizeSeries } from "./size-series.mjs";
import { benchTypesCommand } from "./types-command.mjs";
import { benchValidators } from "./validators.mjs";

function table(header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => `| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(" | ")} |`;
  return [line(header), `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`, ...rows.map(line)].join("\n");
}

const sections = [
  benchGeneration,
  benchConsumer,
  benchOperationsEntry,
  benchEntrySizes,
  benchConsumerScale,
  benchClientLoad,
  benchValidators,
  benchTypesCommand,
  benchSizeSeries,
];
// `npm run bench -- <name>`: one section (generation, consumer, operations, sizes, scale, load, validators, types, series).
const only = process.argv[2];
const named = {
  generation: benchGeneration,
  consumer: benchConsumer,
  operations: benchOperationsEntry,
  sizes: benchEntrySizes,
  scale: benchConsumerScale,
  load: benchClientLoad,
  validators: benchValidators,
  types: benchTypesCommand,
  series: benchSizeSeries,
};
if (only !== undefined && !(only in named)) {
  console.error(`no bench section "${only}": one of ${Object.keys(named).join(", ")}`);
  process.exit(2);
}
console.log(
  `bench on ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`,
);
for (const section of only === undefined ? sections : [named[only]]) {
  const result = await section();
  console.log(`${result.title}\n\n${table(result.header, result.rows)}\n`);
  for (const note of result.notes) console.log(`- ${note}`);
  console.log("");
}
