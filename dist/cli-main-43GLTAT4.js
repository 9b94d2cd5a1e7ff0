#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  InvalidPathError,
  UsageError,
  startCacheRead,
  startGitLists,
  toRepoFolder
} from "./cli-chunk-FDJSJCXQ.js";
import {
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// src/cli/main.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { parseArgs } from "node:util";
import { stat } from "node:fs/promises";
import { join as join2, resolve } from "node:path";

// src/cli/cache-dir.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { join } from "node:path";
function defaultCacheDir(repoDir, env) {
  const base = env.XDG_CACHE_HOME || join(homedir(), ".cache");
  const id = createHash("sha1").update(repoDir).digest("hex").slice(0, 16);
  return join(base, "blast-radius", id);
}

// src/core/parse-size.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var UNITS = { "": 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 };
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2].toLowerCase()] : void 0;
  if (!match || unit === void 0 || Number(match[1]) <= 0) {
    throw new RangeError(`not a size: '${text}' (write e.g. 2MB, 500KB or a number of bytes)`);
  }
  return Math.round(Number(match[1]) * unit);
}

// src/cli/main.ts
var USAGE = `Usage:
  blast-radius graph  [--repo DIR] [--json]
  blast-radius impact FILE... [--repo DIR] [--json] [--out DIR]
  blast-radius diff   [--repo DIR] [--base REF] [--head REF] [--format text|markdown|json] [--out DIR]

  graph    the whole import graph of the repository
  impact   the blast radius of the named files (paths relative to the repository)
  diff     the report for a git range: from the merge-base of --base (default: the default
           branch) and --head (default: the working tree, untracked files included)

Options:
  --repo DIR   the repository to analyse (default: the current folder)
  --json       machine-readable output (CONTRACTS.md \xA72)
  --out DIR    also write the results into DIR: impact.json (impact) or report.md and
               report.json (diff), with the 3D snapshot, snapshot.png and snapshot.html
  --base REF   diff: the branch or commit the change is measured from
  --head REF   diff: the commit to analyse, read from git's objects (nothing is checked out)
  --format F   diff: text (default), markdown (the PR comment) or json
  --cache DIR  where each file's extracted imports are kept between runs, by content
               (default: $XDG_CACHE_HOME or ~/.cache, under blast-radius/)
  --no-cache   read and parse every file, and keep nothing
  --max-file-size SIZE
               files larger than this are skipped and listed (default 2MB; e.g. 500KB, 10MB)
  --python-paths DIR
               a folder (relative to the repository) on every Python file's path, after the
               file's own entries and before the projects' roots; repeat it for more (added
               after any python-paths of .blast-radius.yml)
  --precision P
               diff: what drives the figures: files (default: every importer of a changed
               file) or names (only the importers that use its changed names; issue 17)
  --declarations FILE
               diff: the file declaring dependencies no code states, relative to the
               repository (default: .blast-radius.yml)
  -h, --help   this text

Environment: NO_COLOR turns colour off; BLAST_RADIUS_THREADS=N sets the extraction threads.
Exit status: 0 done, 2 bad usage or input (the message says which), 1 an internal failure.
`;
var OPTIONS = {
  repo: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  format: { type: "string" },
  cache: { type: "string" },
  "no-cache": { type: "boolean" },
  "max-file-size": { type: "string" },
  "python-paths": { type: "string", multiple: true },
  precision: { type: "string" },
  declarations: { type: "string" },
  help: { type: "boolean", short: "h" }
};
var COMMANDS = {
  graph: async () => (await import("./cli-graph-T74UVHG7.js")).graphCommand,
  impact: async () => (await import("./cli-impact-UJD2YKL7.js")).impactCommand,
  diff: async () => (await import("./cli-diff-SZEDD2KX.js")).diffCommand
};
async function main(argv, io) {
  try {
    const [name, ...rest] = argv;
    if (!name || name === "--help" || name === "-h") {
      io[name ? "stdout" : "stderr"].write(USAGE);
      return name ? 0 : 2;
    }
    const load = COMMANDS[name];
    if (!load) throw new UsageError(`unknown command '${name}'

${USAGE}`);
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${error.message}

${USAGE}`);
    }
    if (parsed.values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    const repoDir = resolve(io.cwd, parsed.values.repo ?? ".");
    if (!await stat(repoDir).then(
      (s) => s.isDirectory(),
      () => false
    )) {
      throw new UsageError(`--repo: not a folder: ${parsed.values.repo ?? "."}`);
    }
    const cacheDir = parsed.values["no-cache"] ? void 0 : resolve(io.cwd, parsed.values.cache ?? defaultCacheDir(repoDir, io.env));
    const gitLists = parsed.values.head === void 0 ? startGitLists(repoDir) : void 0;
    const cacheRead = cacheDir === void 0 ? void 0 : startCacheRead(cacheDir);
    const command = await load();
    await command(
      {
        repoDir,
        positionals: parsed.positionals,
        json: Boolean(parsed.values.json),
        out: parsed.values.out,
        threads: io.env.BLAST_RADIUS_THREADS ? Number(io.env.BLAST_RADIUS_THREADS) || 1 : void 0,
        maxFileBytes: parsed.values["max-file-size"] === void 0 ? void 0 : sizeOption(parsed.values["max-file-size"]),
        cacheDir,
        base: parsed.values.base,
        head: parsed.values.head,
        format: parsed.values.format,
        ...parsed.values.precision !== void 0 && { precision: precisionOption(parsed.values.precision) },
        ...parsed.values.declarations !== void 0 && { declarations: parsed.values.declarations },
        ...gitLists && { gitLists },
        ...cacheRead && { cacheRead },
        ...parsed.values["python-paths"] && {
          settings: {
            "python-paths": {
              values: await folderOptions("--python-paths", repoDir, parsed.values["python-paths"]),
              from: "--python-paths"
            }
          }
        }
      },
      io
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`blast-radius: ${error.message}
`);
      return 2;
    }
    io.stderr.write(`blast-radius: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`);
    return 1;
  }
}
function precisionOption(text) {
  if (text === "files" || text === "names") return text;
  throw new UsageError(`--precision: '${text}' is not one of files, names`);
}
function sizeOption(text) {
  try {
    return parseSize(text);
  } catch (error) {
    throw new UsageError(`--max-file-size: ${error.message}`);
  }
}
async function folderOptions(option, repoDir, values) {
  const folders = [];
  for (const value of values) {
    let folder;
    try {
      folder = toRepoFolder(value);
    } catch (error) {
      if (error instanceof InvalidPathError) throw new UsageError(`${option}: ${error.message} (a folder relative to the repository)`);
      throw error;
    }
    const isFolder = await stat(join2(repoDir, folder)).then(
      (s) => s.isDirectory(),
      () => false
    );
    if (!isFolder) throw new UsageError(`${option}: no such folder in the repository: ${value}`);
    folders.push(folder);
  }
  return folders;
}
export {
  USAGE,
  main
};
