#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  analyzeRepository,
  chainOf,
  countByFolder,
  impactJson,
  wrapParts,
  writeSnapshot
} from "./cli-chunk-CFIMBV5H.js";
import {
  buildOptions,
  count,
  percent,
  plural,
  styleFor
} from "./cli-chunk-W5FVNKT3.js";
import {
  InvalidPathError,
  UsageError,
  toRepoPath
} from "./cli-chunk-FDJSJCXQ.js";
import {
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// src/cli/commands/impact.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";

// src/report/impact-text.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TOP_FOLDERS = 8;
function impactText(impact, graph, style) {
  const lines = [];
  const share = (n) => percent(n, graph.files.length);
  for (const file of impact.changed) {
    lines.push(style.bold(file.path));
    lines.push(
      `  ${style.cyan(count(file.total))} ${file.total === 1 ? "file" : "files"} in its blast radius (${share(file.total)} of ${count(graph.files.length)}), ${plural(file.direct, "direct importer")}, ${plural(file.rings.length, "ring")} deep`
    );
    if (file.rings.length)
      lines.push(...wrapParts(["  rings", ...file.rings.map((r, i) => `${i + 1}:${count(r.length)}`)], " ", " ".repeat(8)));
    lines.push("");
  }
  const { total, files } = impact.affected;
  const changed = impact.changed.length;
  lines.push(style.bold(`${plural(total, "file")} affected`) + ` by ${plural(changed, "changed file")} (${share(total)} of the graph)`);
  if (files.length) {
    const farthest = files[files.length - 1];
    const chain = chainOf(farthest, new Map(files.map((f) => [f.path, f])));
    lines.push("", style.bold("Farthest") + ` (ring ${farthest.ring}), each file importing the next:`);
    lines.push(
      ...wrapParts(
        chain.map((path, i) => i < chain.length - 1 ? `${path} \u2192` : path),
        " ",
        "    "
      ).map((l) => `  ${l}`)
    );
    lines.push("", style.bold("Where it lands"));
    const folders = countByFolder(files.map((f) => f.path));
    for (const [folder, n] of folders.slice(0, TOP_FOLDERS)) lines.push(`  ${count(n).padStart(7)}  ${folder}`);
    if (folders.length > TOP_FOLDERS) lines.push(style.dim(`  \u2026and ${folders.length - TOP_FOLDERS} more folders`));
  }
  return lines.join("\n") + "\n";
}

// src/cli/commands/impact.ts
async function impactCommand(args, io) {
  if (!args.positionals.length) throw new UsageError("impact needs at least one file (a path relative to the repository)");
  const named = args.positionals.map((name) => ({ name, path: repoPath(name) }));
  const { graph, impact } = await analyzeRepository(
    args.repoDir,
    named.map(({ path }) => ({ path, status: "modified" })),
    buildOptions(args, io)
  );
  for (const { name, path } of named) inGraph(graph, name, path);
  const json = impactJson(impact);
  if (args.out) {
    const out = resolve(io.cwd, args.out);
    await mkdir(out, { recursive: true });
    await writeFile(join(out, "impact.json"), JSON.stringify(json, null, 2) + "\n");
    await writeSnapshot(out, graph, impact);
  }
  io.stdout.write(args.json ? JSON.stringify(json) + "\n" : impactText(impact, graph, styleFor(io.stdout, io.env)));
}
function repoPath(name) {
  try {
    return toRepoPath(name);
  } catch (error) {
    if (error instanceof InvalidPathError) throw new UsageError(error.message);
    throw error;
  }
}
function inGraph(graph, name, path) {
  if (graph.has(path)) return;
  const skipped = graph.skipped.find((s) => s.path === path);
  if (skipped) throw new UsageError(`${name}: not in the graph (skipped: ${skipped.reason})`);
  const base = path.slice(path.lastIndexOf("/") + 1);
  const similar = graph.files.filter((f) => f.path.endsWith(`/${base}`) || f.path === base).slice(0, 3);
  const hint = similar.length ? ` Did you mean: ${similar.map((f) => f.path).join(", ")}?` : "";
  throw new UsageError(`${name}: not a file of the graph (paths are relative to the repository).${hint}`);
}
export {
  impactCommand
};
