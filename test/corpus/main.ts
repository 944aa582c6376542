// `npm run corpus -- [DIR|FILE…]`: generates every entry document (default: all of ../shared/corpus),
// type-checks the output under strict and validates every fixture builder with ajv, on two worker
// processes. One line per document, then the summary; exit 1 on any shortfall.
import { type ChildProcess, fork } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { REPO_ROOT } from "../support/temp-dirs.js";
import { checkDocument, type DocumentResult } from "./check-document.js";
import { checkTypes } from "./check-types.js";
import { type CorpusEntry, findEntries } from "./entries.js";
import { formatResult, summarize } from "./report.js";

const CORPUS_ROOT = path.resolve(REPO_ROOT, "../shared/corpus");
/** A document that takes longer than this is reported as a crash (a hang is one). */
const DOCUMENT_TIMEOUT_MS = 300_000;
const WORKERS = Math.max(1, Math.min(2, os.availableParallelism()));

interface Job {
  readonly entry: CorpusEntry;
  readonly cacheDir: string;
}

async function runWorker(): Promise<void> {
  process.on("message", (job: Job) => {
    void checkDocument(job.entry, job.cacheDir)
      .then(async (result) => ({ ...result, types: await checkTypes(job.entry.file, job.entry.name) }))
      .then((result) => process.send?.(result));
  });
}

/**
 * Runs jobs on `WORKERS` long-lived child processes (TypeScript and its libs stay loaded between
 * documents); a worker that dies or hangs is replaced and its document counts as a crash.
 */
function runPool(jobs: readonly Job[], onResult: (index: number, result: DocumentResult) => void): Promise<void> {
  const script = fileURLToPath(import.meta.url);
  let next = 0;
  let busy = 0;
  return new Promise((resolve) => {
    const spawnWorker = (): void => {
      const child: ChildProcess = fork(script, [], {
        env: { ...process.env, CORPUS_WORKER: "1" },
        stdio: ["ignore", "ignore", "inherit", "ipc"],
      });
      let current: { index: number; timer: NodeJS.Timeout } | undefined;
      const finish = (result: DocumentResult, replace: boolean): void => {
        if (current === undefined) return;
        clearTimeout(current.timer);
        onResult(current.index, result);
        current = undefined;
        busy -= 1;
        if (replace) {
          child.removeAllListeners();
          child.kill("SIGKILL");
          if (next < jobs.length) spawnWorker();
          else if (busy === 0) resolve();
        } else {
          take();
        }
      };
      const take = (): void => {
        if (next >= jobs.length) {
          child.kill();
          if (busy === 0) resolve();
          return;
        }
        const index = next++;
        const job = jobs[index] as Job;
        busy += 1;
        const timer = setTimeout(
          () =>
            finish(
              {
                name: job.entry.name,
                exit: 3,
                message: `no answer within ${DOCUMENT_TIMEOUT_MS / 1000} s`,
                ms: DOCUMENT_TIMEOUT_MS,
              },
              true,
            ),
          DOCUMENT_TIMEOUT_MS,
        );
        current = { index, timer };
        child.send(job);
      };
      child.on("message", (result: DocumentResult) => finish(result, false));
      child.on("exit", (code, signal) => {
        if (current !== undefined)
          finish(
            {
              name: jobs[current.index]?.entry.name ?? "",
              exit: 3,
              message: `worker exited (${signal ?? code})`,
              ms: 0,
            },
            true,
          );
      });
      take();
    };
    if (jobs.length === 0) resolve();
    for (let worker = 0; worker < Math.min(WORKERS, jobs.length); worker += 1) spawnWorker();
  });
}

async function main(): Promise<number> {
  const targets = process.argv.slice(2);
  if (targets.length === 0 && !existsSync(CORPUS_ROOT)) {
    console.log(`corpus: skipped, ${CORPUS_ROOT} is absent`);
    return 0;
  }
  const entries = findEntries(
    targets.length === 0 ? [CORPUS_ROOT] : targets.map((target) => path.resolve(target)),
    CORPUS_ROOT,
  );
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), "corpus-steps-"));
  const results: (DocumentResult | undefined)[] = entries.map(() => undefined);
  let printed = 0;
  const started = performance.now();
  try {
    await runPool(
      entries.map((entry) => ({ entry, cacheDir })),
      (index, result) => {
        results[index] = result;
        // Printed in the documents' order, as soon as every earlier one is known.
        for (; printed < entries.length && results[printed] !== undefined; printed += 1) {
          console.log(formatResult(entries[printed] as CorpusEntry, results[printed] as DocumentResult));
        }
      },
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const summary = summarize(entries, results as DocumentResult[]);
  console.log(`\n${summary.line} (${Math.round((performance.now() - started) / 1000)} s)`);
  return summary.shortfall ? 1 : 0;
}

if (process.env.CORPUS_WORKER === "1") await runWorker();
else process.exitCode = await main();
