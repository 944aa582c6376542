// Preloaded with `node --import`: appends every module specifier the process resolves to the
// file named by RECORD_IMPORTS, so a test can tell which packages a run loaded.
import { register } from "node:module";

register(`data:text/javascript,${encodeURIComponent(`
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  appendFileSync(${JSON.stringify(process.env.RECORD_IMPORTS)}, specifier + "\\n");
  return next(specifier, context);
}`)}`);
