// Preloaded with `node --import`: appends every module specifier the process imports or requires
// to the file named by RECORD_IMPORTS, so a test can tell which packages a run loaded.
import { appendFileSync } from "node:fs";
import Module, { register } from "node:module";

const log = process.env.RECORD_IMPORTS;
register(
  `data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  appendFileSync(${JSON.stringify(log)}, specifier + "\\n");
  return next(specifier, context);
}`)}`,
);

// require() (createRequire included) does not pass through the hooks above in Node 20.
const load = Module._load;
Module._load = function recordedLoad(request, ...rest) {
  appendFileSync(log, `${request}\n`);
  return load.call(this, request, ...rest);
};
