#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  looksLocalWords
} from "./cli-chunk-WHRPCUPG.js";
import {
  buildGraph,
  buildOptions,
  count,
  plural,
  styleFor
} from "./cli-chunk-W5FVNKT3.js";
import {
  UsageError,
  byCodePoint
} from "./cli-chunk-FDJSJCXQ.js";
import {
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// src/cli/commands/graph.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { once } from "node:events";

// src/report/graph-json.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var GRAPH_SCHEMA = "blast-radius/graph@1";
var ROWS_PER_PIECE = 2e3;
var IMPORTERS_PER_PIECE = 500;
function list(rows, row) {
  return {
    all: () => rows.map(row),
    *pieces() {
      for (let start = 0; start < rows.length; start += ROWS_PER_PIECE)
        yield JSON.stringify(rows.slice(start, start + ROWS_PER_PIECE).map(row)).slice(1, -1);
    }
  };
}
var edgeRow = ({ from, to, kind, kinds, line }) => ({
  from,
  to,
  kind,
  ...kinds && { kinds },
  ...line !== void 0 && { line }
});
function edgeList(graph) {
  return {
    all: () => graph.edges.map(edgeRow),
    *pieces() {
      const paths = graph.files.map((file) => JSON.stringify(file.path));
      const kindTexts = /* @__PURE__ */ new Map();
      const kindText = (kinds) => {
        let text = kindTexts.get(kinds);
        if (text === void 0) {
          text = `,"kind":${JSON.stringify(kinds[0])}${kinds.length > 1 ? `,"kinds":${JSON.stringify(kinds)}` : ""}`;
          kindTexts.set(kinds, text);
        }
        return text;
      };
      for (let start = 0; start < paths.length; start += IMPORTERS_PER_PIECE) {
        const rows = [];
        graph.eachEdge(
          (from, to, kinds, line) => rows.push(`{"from":${paths[from]},"to":${paths[to]}${kindText(kinds)}${line ? `,"line":${line}` : ""}}`),
          start,
          start + IMPORTERS_PER_PIECE
        );
        if (rows.length) yield rows.join(",");
      }
    }
  };
}
function lists(graph) {
  return {
    files: list(graph.files, ({ path, language }) => ({ path, language })),
    edges: edgeList(graph),
    unresolved: list(graph.unresolved, ({ from, specifier, line, looksLocal }) => ({
      from,
      specifier,
      line,
      ...looksLocal && { looksLocal }
    })),
    skipped: list(graph.skipped, ({ path, reason }) => ({ path, reason })),
    partial: list(graph.partial, ({ path, line }) => ({ path, line })),
    dynamic: list(graph.dynamic, ({ from, specifier, line }) => ({ from, specifier, line })),
    roots: list(graph.roots, ({ language, project, files, roots, fixture, problems }) => ({
      language,
      project,
      files,
      roots: roots.map(({ dir, why }) => ({ dir, why })),
      ...fixture !== void 0 && { fixture },
      problems
    }))
  };
}
function statsOf(graph) {
  return { ...graph.stats, looksLocal: graph.unresolved.filter((u) => u.looksLocal === true).length };
}
function* graphJsonText(graph) {
  yield `{"schema":${JSON.stringify(GRAPH_SCHEMA)}`;
  for (const [name, rows] of Object.entries(lists(graph))) {
    yield `,${JSON.stringify(name)}:[`;
    let first = true;
    for (const piece of rows.pieces()) {
      if (!first) yield ",";
      yield piece;
      first = false;
    }
    yield "]";
  }
  yield `,"stats":${JSON.stringify(statsOf(graph))}}
`;
}

// src/report/graph-text.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TOP = 10;
function graphText(graph, style) {
  const byKind = graph.kinds.map(({ kind }) => `${count(graph.edgeCount(kind))} ${kind}`).join(", ");
  const lines = [
    style.bold(`${plural(graph.files.length, "file")}, ${plural(graph.edgeCount(), "import edge")}`) + ` (${byKind}) in ${count(graph.stats.ms)} ms`
  ];
  const importers = /* @__PURE__ */ new Map();
  for (const edge of graph.edges) importers.set(edge.to, (importers.get(edge.to) ?? 0) + 1);
  const top = [...importers].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b)).slice(0, TOP);
  if (top.length) {
    lines.push("", style.bold("Most imported"));
    for (const [path, n] of top) lines.push(`  ${count(n).padStart(7)}  ${path}`);
  }
  lines.push(...rootLines(graph, style));
  if (graph.cache) {
    const { hits, misses, reason, resolutionsReused } = graph.cache;
    const kept = resolutionsReused?.length ? `; resolution kept: ${resolutionsReused.map((id) => graph.languageName(id)).join(", ")}` : "";
    lines.push(
      style.dim(`cache: ${count(hits)} files known, ${count(misses)} read${kept}${reason ? ` (earlier cache ignored: ${reason})` : ""}`)
    );
  }
  const local = graph.unresolved.filter((u) => u.looksLocal === true).length;
  lines.push("", `${plural(graph.unresolved.length - local, "import")} of names outside the repository (standard library, third party)`);
  if (local) lines.push(style.yellow(`${looksLocalWords(local)}: their edges are missing (see --json, looksLocal)`));
  if (graph.skipped.length) {
    lines.push(style.yellow(`${plural(graph.skipped.length, "file")} skipped:`));
    for (const { path, reason } of graph.skipped.slice(0, TOP)) lines.push(`  ${path}: ${reason}`);
    if (graph.skipped.length > TOP) lines.push(style.dim(`  \u2026and ${graph.skipped.length - TOP} more (see --json)`));
  }
  if (graph.partial.length) {
    lines.push(style.yellow(`${plural(graph.partial.length, "file")} with a syntax error (the imports that could be read in them count):`));
    for (const { path, line } of graph.partial.slice(0, TOP)) lines.push(`  ${path}:${line}`);
  }
  const unread = Object.entries(graph.unread);
  if (unread.length) lines.push(style.yellow(`Not read (no adapter yet): ${unread.map(([e, n]) => `${n} .${e}`).join(", ")}`));
  if (!graph.files.length) lines.push(style.red("No source files found: this graph says nothing about any change."));
  return lines.join("\n") + "\n";
}
function rootLines(graph, style) {
  const shown = (dir) => dir === "" ? "." : `${dir}/`;
  const lines = [];
  for (const language of [...new Set(graph.roots.map((p) => p.language))]) {
    const projects = graph.roots.filter((p) => p.language === language);
    lines.push("", style.bold(`Where ${graph.languageName(language)} modules are found`));
    for (const project of projects.filter((p) => p.fixture === void 0)) {
      const source = project.files.length ? ` (${project.files.join(", ")})` : "";
      for (const root of project.roots) lines.push(`  ${shown(root.dir)}  ${root.why}${source}`);
      for (const problem of project.problems) lines.push(style.yellow(`  ${shown(project.project)}  ${problem}`));
    }
    const fixtures = projects.filter((p) => p.fixture !== void 0);
    for (const project of fixtures.slice(0, TOP))
      lines.push(style.dim(`  ${shown(project.project)}  a fixture (${project.fixture}): no roots`));
    if (fixtures.length > TOP) lines.push(style.dim(`  \u2026and ${plural(fixtures.length - TOP, "more fixture")} (see --json)`));
  }
  return lines;
}

// src/cli/commands/graph.ts
async function graphCommand(args, io) {
  if (args.positionals.length) throw new UsageError(`graph takes no file names (got ${args.positionals.join(" ")})`);
  const graph = await buildGraph(args.repoDir, buildOptions(args, io));
  if (!args.json) {
    io.stdout.write(graphText(graph, styleFor(io.stdout, io.env)));
    return;
  }
  for (const piece of graphJsonText(graph)) if (!io.stdout.write(piece)) await once(io.stdout, "drain");
}
export {
  graphCommand
};
