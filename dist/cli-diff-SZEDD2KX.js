#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  changedNamesParts,
  changedWords,
  declaredSentences,
  describeOutside,
  inReachWords,
  looksLocalWords,
  precisionSentence,
  ringBar,
  rowsCountChangedWords
} from "./cli-chunk-WHRPCUPG.js";
import {
  TEXT_WIDTH,
  analyzeRepository,
  areasOf,
  blobUrl,
  chainOf,
  countByFolder,
  elide,
  impactJson,
  mdCode,
  mdText,
  mdUrl,
  mermaidLabel,
  startCardRenderer,
  visible,
  wrapParts,
  writeSnapshot
} from "./cli-chunk-CFIMBV5H.js";
import {
  buildOptions,
  count,
  percent,
  plural,
  spellFields,
  styleFor,
  unreadLanguages
} from "./cli-chunk-W5FVNKT3.js";
import {
  GitError,
  UsageError,
  baseName,
  byCodePoint,
  dirOf,
  runGit,
  runGitBytes,
  toRepoPath
} from "./cli-chunk-FDJSJCXQ.js";
import {
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// src/cli/commands/diff.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdir, writeFile } from "node:fs/promises";
import { join as join2, resolve } from "node:path";

// src/git/changed-files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/git/hunks.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function parseHunks(diff) {
  const byPath = /* @__PURE__ */ new Map();
  let current;
  let run;
  let newLine = 0;
  let oldLeft = 0;
  let inHunk = false;
  const close = () => {
    if (run && current) current.push(run);
    run = void 0;
  };
  for (const line of diff.split("\n")) {
    if (inHunk && oldLeft > 0 && line.startsWith("-")) {
      run ??= { start: newLine - 1, count: 0, removed: [] };
      run.removed.push(line.slice(1));
      oldLeft--;
    } else if (inHunk && line.startsWith("+")) {
      if (!run) run = { start: newLine, count: 0, removed: [] };
      else if (run.count === 0) run.start = newLine;
      run.count++;
      newLine++;
    } else if (inHunk && line.startsWith(" ")) {
      close();
      oldLeft--;
      newLine++;
    } else if (line.startsWith("@@")) {
      close();
      const header = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/u.exec(line);
      inHunk = header !== null;
      newLine = header ? Number(header[2]) + (header[3] === "0" ? 1 : 0) : 0;
      oldLeft = header ? header[1] === void 0 ? 1 : Number(header[1]) : 0;
    } else if (line.startsWith("+++ ")) {
      close();
      inHunk = false;
      const name = line.slice(4);
      current = name.startsWith("b/") ? [] : void 0;
      if (current) byPath.set(name.slice(2), current);
    } else if (!line.startsWith("\\")) {
      close();
      inHunk = false;
    }
  }
  close();
  return byPath;
}

// src/git/changed-files.ts
var STATUS = { A: "added", M: "modified", D: "removed", R: "renamed", C: "copied" };
async function changedFiles(dir, range, untracked) {
  const diff = (...options) => runGitBytes(dir, [
    "diff",
    ...options,
    "-M",
    "--relative",
    "--no-ext-diff",
    "--no-color",
    "--end-of-options",
    range.base,
    ...range.head ? [range.head] : [],
    "--"
  ]);
  const [names, patch, others] = await Promise.all([
    diff("--name-status", "-z"),
    // The changed lines, for the names a change touches: no context, no renames' similarity to re-detect.
    diff("-U0", "--src-prefix=a/", "--dst-prefix=b/"),
    range.head ? void 0 : untrackedFiles(dir, untracked)
  ]);
  const hunks = parseHunks(new TextDecoder("utf-8").decode(patch));
  const changes = parseNameStatus(spellFields(names)).map((c) => {
    const found = c.status === "removed" ? void 0 : hunks.get(c.path);
    return found ? { ...c, hunks: found } : c;
  });
  if (others) {
    for (const path of spellFields(others).split("\0")) if (path) changes.push({ path, status: "added" });
  }
  return changes;
}
async function untrackedFiles(dir, given) {
  return await given ?? runGitBytes(dir, ["ls-files", "--others", "--exclude-standard", "-z"]);
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i = 0; i + 1 < fields.length; ) {
    const code = fields[i++];
    if (!code) continue;
    const letter = code[0];
    const status = STATUS[letter] ?? "changed";
    if (letter === "R" || letter === "C") {
      const previousPath = fields[i++];
      changes.push({ path: fields[i++], status, previousPath });
    } else changes.push({ path: fields[i++], status });
  }
  return changes;
}

// src/git/git-range.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var DEFAULT_BRANCHES = ["main", "master", "origin/main", "origin/master"];
async function resolveRange(dir, refs) {
  if ((await runGit(dir, ["rev-parse", "--is-inside-work-tree"]).catch(() => "")).trim() !== "true") {
    throw new GitError("diff needs a git work tree (--repo is not inside one)");
  }
  const prefix = (await runGit(dir, ["rev-parse", "--show-prefix"])).trim().replace(/\/$/u, "");
  const head = refs.head === void 0 ? void 0 : await commitOf(dir, refs.head, "--head");
  const baseRef = refs.base ?? await defaultBranch(dir);
  const baseCommit = await commitOf(dir, baseRef, "--base");
  let base;
  try {
    base = (await runGit(dir, ["merge-base", "--end-of-options", baseCommit, head ?? "HEAD"])).trim();
  } catch {
    throw new GitError(`${baseRef} and ${refs.head ?? "HEAD"} have no common history: pass --base`);
  }
  return { base, ...head !== void 0 && { head }, prefix };
}
async function commitOf(dir, ref, option) {
  if (ref.startsWith("-")) throw new GitError(`${option}: not a ref: ${ref}`);
  try {
    return (await runGit(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
  } catch {
    throw new GitError(`${option}: no commit named ${ref}`);
  }
}
async function defaultBranch(dir) {
  const remoteHead = await runGit(dir, ["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]).catch(() => "");
  if (remoteHead.trim()) return remoteHead.trim();
  for (const branch of DEFAULT_BRANCHES) {
    if (await runGit(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${branch}^{commit}`]).then(
      () => true,
      () => false
    ))
      return branch;
  }
  throw new GitError("cannot tell the default branch (no origin/HEAD, main or master): pass --base REF");
}

// src/report/comment.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/markdown-report.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/fit.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
var MORE_LINE = 200;
function fitLines(lines, budget, more) {
  const out = [];
  let size = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = typeof line === "string" ? line : line.text;
    const room = i === lines.length - 1 ? budget : budget - MORE_LINE;
    if (size + bytes(text) + 1 > room) {
      const left = lines.slice(i).reduce((sum, l) => sum + (typeof l === "string" ? 1 : l.files), 0);
      out.push(more(left));
      return out;
    }
    size += bytes(text) + 1;
    out.push(text);
  }
  return out;
}

// src/report/markdown-sections.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/chains.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function explainingChains(graph, affected, hubs, areas, areaOf, through, declared = /* @__PURE__ */ new Set()) {
  const byPath = new Map(affected.map((f) => [f.path, f]));
  const picked = [];
  for (const hub of hubs) {
    const file = byPath.get(hub);
    if (file) picked.push({ why: { hub }, chain: chainOf(file, byPath) });
  }
  const best = /* @__PURE__ */ new Map();
  for (const file of affected) {
    const area = areaOf(file.path);
    if (!areas.includes(area)) continue;
    const known = best.get(area);
    const rank = (f) => through.get(f.path) ?? 1;
    if (!known || rank(file) > rank(known) || rank(file) === rank(known) && (file.ring < known.ring || file.ring === known.ring && byCodePoint(file.path, known.path) < 0)) {
      best.set(area, file);
    }
  }
  for (const area of areas) {
    const file = best.get(area);
    if (file) picked.push({ why: { area }, chain: chainOf(file, byPath) });
  }
  const shown = picked.filter(
    ({ chain }, i) => !picked.some((other, j) => j !== i && isTail(chain, other.chain) && (other.chain.length > chain.length || j < i))
  );
  return shown.map(({ why: why2, chain }) => ({ why: why2, links: withKinds(graph, chain, declared) }));
}
function isTail(short, long) {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((path, i) => long[offset + i] === path);
}
function withKinds(graph, chain, declared) {
  return chain.map((path, i) => {
    if (i === 0) return { path };
    const edge = graph.edge(chain[i - 1], path);
    if (edge) return { path, kind: edge.kind, ...edge.line !== void 0 && { line: edge.line } };
    return { path, kind: declared.has(path) || declared.has(chain[i - 1]) ? "declared" : "removed" };
  });
}
function shortenChain(chain, keep = 6) {
  return chain.length <= 2 * keep + 1 ? [...chain] : [...chain.slice(0, keep), { hidden: chain.length - 2 * keep }, ...chain.slice(-keep)];
}
function chainSteps(links) {
  return links.map((link, i) => {
    const next = links[i + 1];
    const line = next && "line" in next ? next.line : void 0;
    return { path: link.path, ...link.kind !== void 0 && { kind: link.kind }, ...line !== void 0 && { line } };
  });
}

// src/report/languages.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function languageCounts(files, affected) {
  const languageOf = new Map(files.map((f) => [f.path, f.language]));
  const counts = /* @__PURE__ */ new Map();
  const entry = (language) => counts.get(language) ?? counts.set(language, { files: 0, affected: 0 }).get(language);
  for (const file of files) entry(file.language).files++;
  for (const file of affected) {
    const language = languageOf.get(file.path);
    if (language !== void 0) entry(language).affected++;
  }
  return [...counts].map(([language, n]) => ({ language, ...n })).sort((a, b) => b.files - a.files || (a.language < b.language ? -1 : a.language > b.language ? 1 : 0));
}
function filesByLanguage(counts, names) {
  return listed(counts.filter((c) => c.files > 0).map((c) => `${count(c.files)} ${names.languageName(c.language)}`));
}
function radiusByLanguage(counts, names) {
  const reached = counts.filter((c) => c.affected > 0).sort((a, b) => b.affected - a.affected);
  return listed(reached.map((c) => plural(c.affected, `${names.languageName(c.language)} file`)));
}
function dynamicMeaningWords(graph, dynamic) {
  const meanings = graph.dynamicMeanings;
  if (meanings.length === 1) return meanings[0].meaning;
  return meanings.map(({ languages, meaning }) => {
    const held = dynamic.filter((d) => languages.includes(graph.languageOf(d.from) ?? "")).length;
    return `${count(held)} in ${languages.map((l) => graph.languageName(l)).join(" and ")}: ${meaning}`;
  }).join("; ");
}
function listed(parts) {
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : "";
}

// src/report/mermaid.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var MERMAID_LIMITS = { nodes: 100, edges: 200, chars: 2e4 };
var RING_NODES = [15, 40, 40];
var LABEL_CHARS = 80;
var folder = (path) => `${dirOf(path) || "."}/`;
function levels(area) {
  return [
    ["file", "file", "file"],
    ["file", "file", area],
    ["file", area, area],
    [folder, area, area]
  ];
}
var CLASSES = ["changed", "ring1", "ring2"];
var CLASS_DEFS = [
  "  classDef changed fill:#fde2e1,stroke:#cf222e,color:#1f2328",
  "  classDef ring1 fill:#fff1d6,stroke:#bf8700,color:#1f2328",
  "  classDef ring2 fill:#eef1f4,stroke:#57606a,color:#1f2328"
];
function mermaidDiagram(graph, changed, affected, areaName, gone3 = /* @__PURE__ */ new Map()) {
  const ringOf = new Map([...changed, ...gone3.keys()].map((p) => [p, 0]));
  const sources = ringOf.size;
  for (const file of affected) if (file.ring <= 2) ringOf.set(file.path, file.ring);
  if (ringOf.size === sources) return void 0;
  const links = importLinks(graph, ringOf);
  for (const [path, { importers }] of gone3) for (const importer of importers) if (ringOf.get(importer) === 1) links.push([path, importer]);
  const folds = levels(areaName);
  for (const level of folds) {
    const drawing = draw(level, ringOf, links, false, LABEL_CHARS, gone3);
    if (drawing) return drawing;
  }
  for (let width = LABEL_CHARS; ; width = Math.floor(width / 2)) {
    const drawing = draw(folds[folds.length - 1], ringOf, links, true, width, gone3);
    if (drawing.block.length < MERMAID_LIMITS.chars || width < 8) return drawing;
  }
}
function importLinks(graph, ringOf) {
  const links = [];
  for (const [importer, ring] of ringOf) {
    if (ring === 0) continue;
    for (const imported of graph.importsOf(importer)) {
      if (ringOf.get(imported) === ring - 1) links.push([imported, importer]);
    }
  }
  return links;
}
function draw(folds, ringOf, links, merge, labelChars, gone3) {
  const groups = /* @__PURE__ */ new Map();
  for (const [path, ring] of ringOf) {
    const fold = folds[ring];
    const was = gone3.get(path)?.status;
    const label = fold === "file" ? was ? `${path} (${was === "removed" ? "removed" : "old name"})` : path : fold(path);
    const key = `${ring}:${label}`;
    const group = groups.get(key) ?? { ring, label, folded: fold !== "file", files: [] };
    group.files.push(path);
    groups.set(key, group);
  }
  const nodes = [];
  for (const ring of [0, 1, 2]) {
    const own = [...groups.values()].filter((g) => g.ring === ring).sort((a, b) => b.files.length - a.files.length || byCodePoint(a.label, b.label));
    if (own.length <= RING_NODES[ring]) nodes.push(...own.sort((a, b) => byCodePoint(a.label, b.label)));
    else if (!merge) return void 0;
    else {
      const kept = own.slice(0, RING_NODES[ring] - 1).sort((a, b) => byCodePoint(a.label, b.label));
      const rest2 = own.slice(kept.length);
      const files = rest2.flatMap((g) => g.files);
      nodes.push(...kept, {
        ring,
        label: `\u2026${plural(files.length, "more file")} in ${plural(rest2.length, "more group")}`,
        folded: false,
        files
      });
    }
  }
  const idOf = /* @__PURE__ */ new Map();
  nodes.forEach((node, i) => {
    node.files.forEach((path) => idOf.set(path, `n${i}`));
  });
  const edges = /* @__PURE__ */ new Map();
  for (const [imported, importer] of links) {
    const pair = [Number(idOf.get(imported).slice(1)), Number(idOf.get(importer).slice(1))];
    edges.set(pair.join(), pair);
  }
  const sorted = [...edges.values()].sort(([a, b], [c, d]) => a - c || b - d);
  if (!merge && sorted.length >= MERMAID_LIMITS.edges) return void 0;
  const drawn = sorted.slice(0, MERMAID_LIMITS.edges - 1);
  const block = [
    "```mermaid",
    "flowchart LR",
    ...nodes.map((node, i) => `  n${i}["${mermaidLabel(nodeText(node, labelChars))}"]:::${CLASSES[node.ring]}`),
    ...drawn.map(([imported, importer]) => `  n${importer} --> n${imported}`),
    ...CLASS_DEFS,
    "```"
  ].join("\n");
  if (!merge && block.length >= MERMAID_LIMITS.chars) return void 0;
  return { block, nodes: nodes.length, edges: drawn.length, edgesNotDrawn: sorted.length - drawn.length };
}
function nodeText(node, labelChars) {
  if (node.folded && node.files.length === 1) return elide(node.files[0], labelChars);
  const label = elide(node.label, labelChars);
  return node.folded ? `${label} \xB7 ${plural(node.files.length, "file")}` : label;
}

// src/report/report-facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/codeowners.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function parseCodeowners(file) {
  const rules = [];
  const errors = [];
  file.text.split(/\r?\n/u).forEach((raw, i) => {
    const line = i + 1;
    const tokens = tokenize(raw);
    if (!tokens.length) return;
    const [pattern, ...owners] = tokens;
    if (pattern.startsWith("!")) return void errors.push({ line, message: "negated patterns (!) are not supported" });
    if (/(^|[^\\])\[/u.test(pattern)) return void errors.push({ line, message: "character ranges ([ ]) are not supported" });
    const bad = owners.find((o) => !/^@[\w.-]+(\/[\w.-]+)?$|^[^@\s]+@[^@\s]+$/u.test(o));
    if (bad !== void 0) return void errors.push({ line, message: `"${bad}" is not a user, team or e-mail address` });
    rules.push({ line, matches: matcher(pattern), owners });
  });
  return {
    path: file.path,
    errors,
    ownersOf(path) {
      for (let i = rules.length - 1; i >= 0; i--) if (rules[i].matches(path)) return rules[i].owners;
      return [];
    }
  };
}
function tokenize(line) {
  const tokens = [];
  let word = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "\\" && i + 1 < line.length) {
      word += line[i + 1] === "#" || line[i + 1] === " " ? line[++i] : c;
    } else if (c === "#") break;
    else if (c === " " || c === "	") {
      if (word) tokens.push(word);
      word = "";
    } else word += c;
  }
  if (word) tokens.push(word);
  return tokens;
}
function matcher(pattern) {
  const folderOnly = pattern.endsWith("/");
  const body = pattern.replace(/\/+$/u, "");
  const anchored = body.includes("/");
  const parts = body.replace(/^\//u, "").split("/");
  let source = "";
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    if (part === "**") {
      source += last ? ".*" : "(?:.*/)?";
      return;
    }
    source += part.replace(/[.+^${}()|[\]\\]/gu, "\\$&").replace(/\*/gu, "[^/]*").replace(/\?/gu, "[^/]") + (last ? "" : "/");
  });
  const below = body.endsWith("/*") && !body.endsWith("/**") ? "" : folderOnly ? "/.*" : "(?:/.*)?";
  const regex = new RegExp(`^${anchored ? "" : "(?:.*/)?"}${source}${below}$`, "u");
  return (path) => regex.test(path);
}

// src/report/hubs.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var HUBS = 3;
function hubsOf(affected, limit = HUBS) {
  const through = throughCounts(affected);
  return affected.filter((f) => f.ring <= 2 && (through.get(f.path) ?? 1) > 1).map((f) => ({ path: f.path, ring: f.ring, through: through.get(f.path) ?? 1 })).sort((a, b) => b.through - a.through || a.ring - b.ring || byCodePoint(a.path, b.path)).slice(0, limit);
}
function throughCounts(affected) {
  const counts = new Map(affected.map((f) => [f.path, 1]));
  for (const file of [...affected].sort((a, b) => b.ring - a.ring)) {
    const mine = counts.get(file.path);
    if (counts.has(file.via)) counts.set(file.via, counts.get(file.via) + mine);
  }
  return counts;
}

// src/report/owners.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function ownersOf(codeowners, changed, affected, prefix = "") {
  const tally = /* @__PURE__ */ new Map();
  const add = (paths, key) => {
    for (const path of paths) {
      for (const owner of new Set(codeowners.ownersOf(prefix + path))) {
        const entry = tally.get(owner) ?? { changed: 0, affected: 0 };
        entry[key]++;
        tally.set(owner, entry);
      }
    }
  };
  add(changed, "changed");
  add(affected, "affected");
  return [...tally].map(([owner, n]) => ({ owner, ...n })).sort((a, b) => b.affected - a.affected || b.changed - a.changed || byCodePoint(a.owner, b.owner));
}

// src/report/tests-to-run.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function testRunOf(analysis, risk, confidence3) {
  const reasons = [...analysis.testScope.allBecause];
  if (confidence3.blindChanged > 0)
    reasons.push(`${plural(confidence3.blindChanged, "changed file")} of code the graph does not read, whose tests it cannot find`);
  if (risk.level === "unknown") reasons.push(`the risk is unknown: ${risk.why}`);
  if (reasons.length) return { all: true, reasons };
  return { all: false, files: analysis.testsToRun, runners: analysis.testScope.runners };
}

// src/report/confidence.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function assessConfidence(analysis) {
  const { graph, outsideGraph, readableOutside } = analysis;
  const outside2 = outsideGraph.map((change) => ({ change, why: outsideReason(graph, readableOutside, change) }));
  const unreadTotal = Object.values(graph.unread).reduce((a, b) => a + b, 0);
  const broken = new Set(analysis.gone.flatMap((g) => g.stillImportedBy.map(importKey)));
  return {
    outside: outside2,
    blindChanged: outside2.filter((o) => o.why.kind !== "not-code").length,
    unresolvedLocal: graph.unresolved.filter((u) => u.looksLocal === true && !broken.has(importKey(u))),
    unresolvedInReach: analysis.looksLocalInReach.filter((u) => !broken.has(importKey(u))).length,
    partial: graph.partial,
    skipped: graph.skipped,
    dynamic: graph.dynamic,
    unread: graph.unread,
    leftOut: countByReason(graph.leftOut),
    unreadTotal,
    graphFiles: graph.files.length,
    caveats: graph.caveats
  };
}
function importKey(u) {
  return JSON.stringify([u.from, u.line, u.specifier]);
}
function countByReason(files) {
  const counts = {};
  for (const { reason } of files) counts[reason] = (counts[reason] ?? 0) + 1;
  return counts;
}
function outsideReason(graph, readable, change) {
  const skipped = graph.skipped.find((s) => s.path === change.path) ?? graph.leftOut.find((s) => s.path === change.path);
  if (skipped) return { kind: "skipped", reason: skipped.reason };
  let path;
  try {
    path = toRepoPath(change.path);
  } catch {
    return { kind: "not-code" };
  }
  if (readable.has(path)) return { kind: "not-analysed" };
  const ending = Object.keys(unreadLanguages([{ path }]))[0];
  return ending === void 0 ? { kind: "not-code" } : { kind: "unread-language", ending };
}

// src/report/risk.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var RISK_LEVELS = ["low", "moderate", "high", "very high"];
var DEFAULT_RISK_THRESHOLDS = { moderate: 10, high: 50, veryHigh: 250 };
function assessRisk(facts, thresholds = DEFAULT_RISK_THRESHOLDS) {
  const undecodable = facts.undecodable ?? 0;
  if (facts.changes > 0 && undecodable > 0 && undecodable * 10 >= facts.graphFiles + undecodable) {
    return {
      level: "unknown",
      why: `${plural(undecodable, "source file")} could not be decoded as text, so the graph cannot see much of the code`
    };
  }
  if (facts.changes > 0 && facts.graphFiles === 0) {
    return { level: "unknown", why: "the graph holds no file it could read, so it cannot say what this change reaches" };
  }
  if (facts.inGraph === 0 && facts.blindChanged > 0) {
    return { level: "unknown", why: `${plural(facts.blindChanged, "changed file")} of code the graph does not read` };
  }
  const reasons = [];
  let level = facts.affected >= thresholds.veryHigh ? "very high" : facts.affected >= thresholds.high ? "high" : facts.affected >= thresholds.moderate ? "moderate" : "low";
  reasons.push(
    facts.inGraph === 0 && facts.removedSources === 0 ? "no changed file is source the graph reads" : `${plural(facts.affected, "file")} in the blast radius (levels start at ${count(thresholds.moderate)}, ${count(thresholds.high)}, ${count(thresholds.veryHigh)})`
  );
  if (facts.brokenImports > 0) {
    if (RISK_LEVELS.indexOf(level) < RISK_LEVELS.indexOf("high")) level = "high";
    const named = {
      removed: "a removed file",
      renamed: "a renamed file by its old name",
      both: "a removed file or a renamed one's old name"
    };
    reasons.push(
      `${plural(facts.brokenImports, "import")} still name${facts.brokenImports === 1 ? "s" : ""} ${named[facts.brokenBy ?? "removed"]}`
    );
  }
  if (facts.blindChanged > 0) reasons.push(`${plural(facts.blindChanged, "changed file")} of code not measured`);
  const gaps = [];
  if (facts.changesIncomplete) gaps.push("the list of changed files is incomplete, so files it misses may reach further");
  const measured = facts.inGraph > 0 || facts.removedSources > 0;
  if (measured && facts.unresolvedLocal > 0) {
    gaps.push(`${looksLocalWords(facts.unresolvedLocal)}, so the radius may be larger`);
  }
  if (gaps.length && level === "low") {
    return { level: "unknown", why: (facts.changesIncomplete ? gaps : [...reasons, ...gaps]).join("; ") };
  }
  return { level, atLeast: facts.blindChanged > 0 || gaps.length > 0, why: [...reasons, ...gaps].join("; ") };
}
function riskWord(risk) {
  return risk.level !== "unknown" && risk.atLeast ? `at least ${risk.level}` : risk.level;
}

// src/report/report-facts.ts
function reportFacts(input) {
  const { graph, changes, impact, importTimeImpact, gone: gone3 } = input.analysis;
  const statusOf = new Map(changes.map((c) => [c.path, c]));
  const brokenOf = new Map(gone3.map((g) => [g.path, g.stillImportedBy]));
  const atLoad = new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind));
  const changedPaths = new Set(input.analysis.inGraph);
  const reach = (sources, old) => {
    const seeds = [...new Set((old === void 0 ? [] : brokenOf.get(old) ?? []).map((u) => u.from))].map((path) => ({
      path,
      via: old
    }));
    const all = graph.downstream(sources, { seeds });
    const importTime = graph.downstream(sources, { seeds, kinds: atLoad }).length;
    const deepest = all.reduce((m, f) => Math.max(m, f.ring), 0);
    return {
      direct: all.filter((f) => f.ring === 1).length,
      total: all.length,
      deepest,
      importTime,
      lazyOrTypeOnly: all.length - importTime,
      broken: seeds.length && (brokenOf.get(old) ?? []).length,
      changedReached: all.filter((f) => changedPaths.has(f.path)).length
    };
  };
  const rows = impact.changed.map((file) => {
    const change = statusOf.get(file.path);
    const status = change?.status ?? "modified";
    return {
      path: file.path,
      status,
      ...change?.previousPath !== void 0 && { previousPath: change.previousPath },
      ...reach([file.path], change?.status === "renamed" ? change.previousPath : void 0)
    };
  });
  for (const file of gone3) {
    if (file.status !== "removed" || !file.stillImportedBy.length) continue;
    rows.push({ path: file.path, status: "removed", ...reach([], file.path) });
  }
  const affected = impact.affected.files;
  const ringCounts = [];
  for (const file of affected) ringCounts[file.ring - 1] = (ringCounts[file.ring - 1] ?? 0) + 1;
  const confidence3 = assessConfidence(input.analysis);
  const brokenImports = gone3.reduce((sum, g) => sum + g.stillImportedBy.length, 0);
  const brokenStatuses = new Set(gone3.filter((g) => g.stillImportedBy.length).map((g) => g.status));
  const thresholds = input.thresholds ?? DEFAULT_RISK_THRESHOLDS;
  const risk = assessRisk(
    {
      changes: changes.length,
      inGraph: input.analysis.inGraph.length,
      affected: affected.length,
      graphFiles: graph.files.length,
      blindChanged: confidence3.blindChanged,
      brokenImports,
      brokenBy: brokenStatuses.has("renamed") ? brokenStatuses.has("removed") ? "both" : "renamed" : "removed",
      removedSources: input.analysis.goneSources,
      unresolvedLocal: confidence3.unresolvedInReach,
      changesIncomplete: input.changesIncomplete,
      undecodable: graph.undecodable
    },
    thresholds
  );
  const through = throughCounts(affected);
  const hubs = hubsOf(affected);
  const { areas, areaOf, split } = areasOf(affected.map((f) => f.path));
  const testRun = testRunOf(input.analysis, risk, confidence3);
  const prefix = pathPrefix(input);
  const codeowners = input.analysis.codeowners && parseCodeowners(input.analysis.codeowners);
  return {
    input,
    graphFiles: graph.files.length,
    graphEdges: graph.stats.edges,
    languages: languageCounts(graph.files, affected),
    rows,
    affected,
    importTimeTotal: importTimeImpact.affected.total,
    ringCounts: Array.from(ringCounts, (n) => n ?? 0),
    folders: countByFolder(affected.map((f) => f.path)),
    tests: input.analysis.affectedTests,
    testRun,
    hubs,
    areas,
    areaOf,
    splitAreas: split,
    chains: explainingChains(
      graph,
      affected,
      hubs.map((h) => h.path),
      areas.slice(0, TOP_AREAS).map(([a]) => a),
      areaOf,
      through,
      /* @__PURE__ */ new Set([...input.analysis.declared.readers.keys(), ...input.analysis.declared.everything.map((e) => e.path)])
    ),
    ...codeowners && {
      owners: {
        file: codeowners.path,
        owners: ownersOf(
          codeowners,
          [...input.analysis.inGraph, ...gone3.map((g) => g.path)],
          affected.map((f) => f.path),
          prefix
        ),
        errors: codeowners.errors.length
      }
    },
    figures: {
      head: input.headSha ?? "",
      changed: input.analysis.inGraph.length,
      affected: affected.length,
      importTime: importTimeImpact.affected.total,
      tests: testRun.all ? "all" : testRun.files.length,
      risk: risk.level
    },
    gone: gone3,
    brokenImports,
    confidence: confidence3,
    thresholds,
    risk
  };
}
var TOP_AREAS = 3;
function areaWords(facts, area, code = (text) => text) {
  return `${code(area === "." ? "./" : `${area}/`)}${facts.splitAreas.has(area) ? " (rest)" : ""}`;
}
function pathPrefix(input) {
  const folder2 = (input.pathPrefix ?? "").replace(/^\.?\/+|\/+$/gu, "");
  return folder2 === "" || folder2 === "." ? "" : `${folder2}/`;
}
function laterKinds(facts) {
  const { graph } = facts.input.analysis;
  const later = graph.kinds.filter((k) => !k.atLoad);
  const present = later.filter((k) => graph.edgeCount(k.kind) > 0);
  const names = (present.length ? present : later).map((k) => k.kind);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0];
}
function shareOf(n, facts) {
  return percent(n, facts.graphFiles);
}

// src/report/trend.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var PREFIX = "[blast-radius-figures]: # (";
var SUFFIX = ")";
function figuresLine(figures, since) {
  const safe = (f) => ({ ...f, head: /^[0-9a-f]{4,64}$/u.test(f.head) ? f.head : "" });
  return `${PREFIX}${JSON.stringify({ v: 1, ...safe(figures), ...since && { since: safe(since) } })}${SUFFIX}`;
}
function wasNote(before, affected) {
  if (!before || before.affected === affected) return "";
  return ` (was ${count(before.affected)} at \`${before.head.slice(0, 7)}\`)`;
}
function riskWasNote(before, level) {
  if (!before || before.risk === level) return "";
  return ` (was ${before.risk} at \`${before.head.slice(0, 7)}\`)`;
}

// src/report/markdown-sections.ts
var TOP_FOLDERS = 8;
var NAMES_PER_LINE = 20;
function headline(facts) {
  const { rows, affected, risk, input } = facts;
  const source = changedWords(facts, " changed");
  const names = input.analysis.names;
  const narrowed = names?.precision === "names" ? `, by the changed names (${count(names.fileLevel.affected.total)} at file level)` : "";
  const reached = radiusByLanguage(facts.languages, facts.input.analysis.graph);
  const lines = [
    `## Blast radius: ${source} \u2192 ${plural(affected.length, "file")} (${shareOf(affected.length, facts)} of ${count(facts.graphFiles)})${narrowed}${wasNote(input.previous, affected.length)}`,
    "",
    ...reached ? [`${reached} in the blast radius.`, ""] : [],
    `**Risk: ${riskWord(risk)}**${riskWasNote(input.previous, risk.level)}: ${mdText(risk.why)}.` + (risk.level === "unknown" ? " This does not mean the change is safe: the graph cannot see it." : "")
  ];
  if (!affected.length && rows.length) lines.push("", "Nothing in the graph imports the changed files, directly or through others.");
  for (const sentence of declaredSentences(input.analysis)) lines.push("", `**${mdText(sentence)}**`);
  return lines.join("\n");
}
function whatToCheck(facts) {
  const { affected, hubs, areas } = facts;
  if (!affected.length) return void 0;
  const share = (n) => percent(n, affected.length);
  const hubText = hubs.map((h) => `${fileLink(facts, h.path)} (${count(h.through)}, ${share(h.through)})`).join(", ");
  const areaText = areas.slice(0, TOP_AREAS).map(([folder2, n]) => `${areaWords(facts, folder2, mdCode)} ${count(n)}`).join(" \xB7 ");
  const moreAreas = areas.length > TOP_AREAS ? ` \xB7 ${plural(areas.length - TOP_AREAS, "more area")}` : "";
  const lazy = affected.length - facts.importTimeTotal;
  const later = laterKinds(facts);
  return [
    "**What to check**",
    "",
    hubs.length ? `- **Hubs** (most of the radius reaches the change through them): ${hubText}` : "- **Hubs**: none; every affected file imports a changed file directly.",
    `- **Areas**: ${areaText}${moreAreas}`,
    ...later === void 0 ? [] : [
      `- **At import time**: ${count(facts.importTimeTotal)} (${share(facts.importTimeTotal)}) load the change when they are imported; ${count(lazy)} only through ${later} imports, which run later.`
    ]
  ].join("\n");
}
function notes(facts) {
  const notes2 = facts.input.notes ?? [];
  return notes2.length ? notes2.map((note) => `> [!NOTE]
> ${mdText(note)}`).join("\n\n") : void 0;
}
var SNAPSHOT_ALT = "3D snapshot of the import graph, the blast radius lit";
function snapshot(facts) {
  const links = facts.input.snapshot;
  if (!links?.imageUrl && !links?.viewUrl && !links?.stillUrl) return void 0;
  const image = links.image2xUrl && links.imageUrl ? `<img src="${mdUrl(links.image2xUrl)}" width="800" alt="${SNAPSHOT_ALT}">` : links.imageUrl && `![${SNAPSHOT_ALT}](${mdUrl(links.imageUrl)})`;
  const view = links.viewUrl && (links.viewIsFile ? `[Download the interactive 3D view](${mdUrl(links.viewUrl)}) (an HTML file: save it, then open it in a browser)` : `[Open the interactive 3D view${image ? "" : " of the blast radius"}](${mdUrl(links.viewUrl)})`);
  const still = !image && links.stillUrl ? `[The 3D snapshot (PNG)](${mdUrl(links.stillUrl)})` : void 0;
  if (image && links.viewUrl && !links.viewIsFile) {
    const linked = image.startsWith("<img") ? `<a href="${mdUrl(links.viewUrl)}">${image}</a>` : `[${image}](${mdUrl(links.viewUrl)})`;
    return `${linked}

${view}`;
  }
  return [image, still && view ? `${still} \xB7 ${view}` : still ?? view].filter(Boolean).join("\n\n");
}
var rest = (where) => where ? ` (${where})` : "";
function changedTable(facts, budget, where = "") {
  if (!facts.rows.length) return void 0;
  const rows = [...facts.rows].sort((a, b) => b.total - a.total || byCodePoint(a.path, b.path));
  const lines = rows.map((row) => tableRow(facts, row));
  const renamed = rows.filter((row) => row.previousPath !== void 0);
  const table2 = [
    "| Changed file | Status | Ring 1 | Total | Rings | At import time |",
    "|---|---|--:|--:|--:|--:|",
    ...fitLines(lines, budget, (n) => `| \u2026and ${plural(n, "more changed file")}${rest(where)} | | | | | |`)
  ];
  const counted = rowsCountChangedWords(facts);
  if (counted) table2.push("", counted);
  const names = changedNamesParts(facts.input.analysis, mdCode);
  const precision = precisionSentence(facts.input.analysis);
  if (names.length)
    table2.push(
      "",
      ...fitLines(
        names.map((n) => `- Names changed in ${n}`),
        budget / 4,
        (n) => `- \u2026and ${count(n)} more`
      ),
      ...precision === void 0 ? [] : ["", precision]
    );
  if (renamed.length) {
    table2.push(
      "",
      ...fitLines(
        renamed.map((row) => `- ${mdCode(row.path)} was ${mdCode(row.previousPath)}`),
        budget / 4,
        (n) => `- \u2026and ${count(n)} more renamed`
      )
    );
  }
  return table2.join("\n");
}
function tableRow(facts, row) {
  const name = row.status === "removed" ? mdCode(row.path) : fileLink(facts, row.path);
  const status = row.broken ? `${row.status}, \u26A0\uFE0F ${plural(row.broken, "import")} break${row.broken === 1 ? "s" : ""}` : row.status;
  return `| ${name} | ${status} | ${count(row.direct)} | ${count(row.total)} | ${count(row.deepest)} | ${count(row.importTime)} |`;
}
function fileLink(facts, path, line) {
  const { repoUrl, headSha } = facts.input;
  const text = mdCode(line === void 0 ? path : `${path}:${line}`);
  if (!repoUrl || !headSha) return text;
  return `[${text}](${mdUrl(blobUrl(repoUrl, headSha, pathPrefix(facts.input) + path) + (line === void 0 ? "" : `#L${line}`))})`;
}
function outsideNote(facts, budget) {
  const { outside: outside2 } = facts.confidence;
  if (!outside2.length) return void 0;
  const lines = outside2.map((o) => `- ${mdCode(o.change.path)}: ${mdText(describeOutside(o.why))}`);
  return [
    `Changed but not in the graph (${count(outside2.length)}):`,
    "",
    ...fitLines(lines, budget, (n) => `- \u2026and ${count(n)} more`)
  ].join("\n");
}
function collapsed(summary, body) {
  return [`<details><summary>${summary}</summary>`, "", ...body, "", "</details>"].join("\n");
}
function landing(facts, budget) {
  if (!facts.affected.length) return void 0;
  const { bar, labels } = ringBar(facts.ringCounts);
  const top = facts.areas.slice(0, facts.areas.length === TOP_FOLDERS + 1 ? TOP_FOLDERS + 1 : TOP_FOLDERS).map(([folder2, n]) => `| ${areaWords(facts, folder2, mdCode)} | ${count(n)} | ${percent(n, facts.affected.length)} |`);
  const lines = [
    `**Files by ring** (log scale): \`${bar}\` ${labels.join(" \xB7 ")}`,
    "",
    "| Area | Affected files | Share of the radius |",
    "|---|--:|--:|",
    ...fitLines(top, budget, (n) => `| \u2026and ${count(n)} more | | |`)
  ];
  if (facts.areas.length > TOP_FOLDERS + 1) lines.push(`| \u2026and ${plural(facts.areas.length - TOP_FOLDERS, "more area")} | | |`);
  return collapsed(
    `<strong>Where it lands</strong>: ${plural(facts.ringCounts.length, "ring")}, ${plural(facts.areas.length, "area")}`,
    lines
  );
}
function testsToRun(facts, budget, where = "") {
  const run = facts.testRun;
  if (run.all) {
    return collapsed("<strong>Tests to run</strong>: all", [
      "The affected tests cannot be listed safely, so every test should run:",
      "",
      ...run.reasons.map((r) => `- ${mdText(r)}`)
    ]);
  }
  if (!facts.affected.length && !run.files.length) return void 0;
  if (!run.files.length)
    return "**Tests to run**: none. No test file is in the blast radius: nothing in the test suite imports this change, directly or through others.";
  const which = run.files.length > facts.tests.length ? "The changed test files and the test files in the blast radius" : "The test files in the blast radius";
  const runs = run.runners.map((r) => {
    const name = facts.input.analysis.graph.languageName(r.language);
    const own = r.tests === run.files.length ? "them" : r.tests === 1 ? `the ${name} one` : `the ${count(r.tests)} ${name} ones`;
    return `the action's \`${r.name}-args\` output runs ${own}`;
  });
  const lines = [
    `${which}, as the languages' test runners collect them${runs.length ? ` (${runs.join("; ")})` : ""}:`,
    "",
    ...fitLines(
      run.files.map((t) => `- ${mdCode(t)}`),
      budget,
      (n) => `- \u2026and ${count(n)} more${rest(where)}`
    )
  ];
  return collapsed(`<strong>Tests to run</strong>: ${plural(run.files.length, "test file")}`, lines);
}
function whoShouldLook(facts, budget) {
  const owners = facts.owners;
  if (!owners) return void 0;
  if (!owners.owners.length) return `**Who should look**: ${mdCode(owners.file)} names no owner of these files.`;
  const share = (n) => percent(n, facts.affected.length);
  const rows = owners.owners.map((o) => `| ${mdCode(o.owner)} | ${count(o.changed)} | ${count(o.affected)} | ${share(o.affected)} |`);
  const lines = [
    `Code owners by ${mdCode(owners.file)} (last matching line wins), most of the radius first:`,
    "",
    "| Owner | Changed files | Affected files | Share of the radius |",
    "|---|--:|--:|--:|",
    ...fitLines(rows, budget / 2, (n) => `| \u2026and ${plural(n, "more owner")} | | | |`)
  ];
  if (owners.errors)
    lines.push(
      "",
      `${plural(owners.errors, "line")} of ${mdCode(owners.file)} GitHub would skip (a negation, a range or an owner that is not a handle).`
    );
  const names = owners.owners.slice(0, 3).map((o) => mdCode(o.owner)).join(", ");
  return collapsed(
    `<strong>Who should look</strong>: ${names}${owners.owners.length > 3 ? ` and ${count(owners.owners.length - 3)} more` : ""}`,
    lines
  );
}
function why(facts, budget) {
  if (!facts.chains.length) return void 0;
  const lines = facts.chains.map(({ why: why2, links }) => {
    const name = (step) => step.kind === "removed" ? mdCode(step.path) : fileLink(facts, step.path, step.line);
    const steps = shortenChain(chainSteps(links)).map(
      (step, i) => "hidden" in step ? ` \u2192 \u2026${plural(step.hidden, "more file")}\u2026` : `${i === 0 ? "" : arrow(step.kind)}${name(step)}`
    );
    const label = "hub" in why2 ? "hub" : `area ${areaWords(facts, why2.area, mdCode)}`;
    return `- ${label}, ring ${count(links.length - 1)}: ${steps.join("")}`;
  });
  const kinds = new Set(facts.chains.flatMap((c) => c.links.map((link) => link.kind)));
  const legend = [`${ARROWS}, at the line cited`, ...kindLegend(facts.input.analysis.graph.kinds, kinds)].join("; ");
  const shown = fitLines(lines, budget, (n) => `- \u2026and ${plural(n, "more chain")}`);
  return collapsed("<strong>Why</strong>: how the change reaches the hubs and each area", [
    `Each chain ends at the change (${legend}):`,
    "",
    ...shown
  ]);
}
var ARROWS = "`a \u2192 b`: a imports b";
function kindLegend(specs, shown) {
  const legend = specs.filter((spec) => spec.kind !== "import" && shown.has(spec.kind)).map((spec) => `\`\u2192(${spec.kind})\`: ${spec.meaning}`);
  if (shown.has("declared")) legend.push(`\`\u2192(declared)\`: reads a file, as ${mdCode(".blast-radius.yml")} declares`);
  return shown.has("removed") ? [...legend, "`\u2192(removed)`: imports a file this change removes"] : legend;
}
function arrow(kind) {
  return kind === "import" || kind === void 0 ? " \u2192 " : ` \u2192(${kind}) `;
}
function diagram(facts) {
  const gone3 = /* @__PURE__ */ new Map();
  for (const g of facts.gone) {
    if (!g.stillImportedBy.length || g.status !== "removed" && g.status !== "renamed") continue;
    gone3.set(g.path, { status: g.status, importers: [...new Set(g.stillImportedBy.map((u) => u.from))] });
  }
  const drawn = mermaidDiagram(
    facts.input.analysis.graph,
    facts.input.analysis.inGraph,
    facts.affected,
    (path) => areaWords(facts, facts.areaOf(path)),
    gone3
  );
  if (!drawn) return void 0;
  const lines = [
    `Arrows as in the chains (${ARROWS}); red boxes are the changed files, amber ones ring 1, grey ones ring 2; where a ring is large its files are grouped by area, with their counts.`,
    "",
    drawn.block
  ];
  if (drawn.edgesNotDrawn) lines.push("", `${plural(drawn.edgesNotDrawn, "arrow")} not drawn, to keep the diagram readable.`);
  return collapsed("<strong>Diagram</strong>: the changed files, ring 1 and ring 2", lines);
}
function fullList(facts, budget, where = "") {
  if (!facts.affected.length || budget < 500) return void 0;
  const lines = [];
  const byRing = [];
  for (const file of facts.affected) (byRing[file.ring - 1] ??= []).push(file);
  for (const [i, files] of byRing.entries()) {
    if (!files) continue;
    lines.push({ text: `
**Ring ${count(i + 1)}** (${plural(files.length, "file")})
`, files: 0 });
    const byFolder = /* @__PURE__ */ new Map();
    for (const { path } of files) {
      const names = byFolder.get(dirOf(path)) ?? [];
      names.push(baseName(path));
      byFolder.set(dirOf(path), names);
    }
    for (const folder2 of [...byFolder.keys()].sort(byCodePoint)) {
      const names = byFolder.get(folder2);
      for (let at = 0; at < names.length; at += NAMES_PER_LINE) {
        const part = names.slice(at, at + NAMES_PER_LINE);
        lines.push({ text: `- ${mdCode(folder2 ? `${folder2}/` : "./")}: ${part.map(mdCode).join(" ")}`, files: part.length });
      }
    }
  }
  const head = `<details><summary>All ${plural(facts.affected.length, "affected file")}, by ring and folder</summary>
`;
  const tail = "\n</details>";
  const body = fitLines(lines, budget - head.length - tail.length, (n) => `
\u2026and ${plural(n, "more file")}${rest(where)}`);
  return [head, ...body, tail].join("\n");
}
function gone(facts, budget, where = "") {
  if (!facts.gone.length) return void 0;
  const lines = [];
  for (const file of facts.gone) {
    const importers = file.stillImportedBy;
    lines.push(
      `- ${mdCode(file.path)} (${file.status}): ` + (importers.length ? `still imported in ${plural(importers.length, "place")}, which will fail to import:` : "no import names it any more.")
    );
    for (const u of importers) lines.push(`  - ${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`);
  }
  const broken = facts.gone.reduce((n, g) => n + g.stillImportedBy.length, 0);
  return collapsed(
    `<strong>Removed and renamed files</strong>: ${plural(facts.gone.length, "file")}${broken ? `, \u26A0\uFE0F ${plural(broken, "import")} still name${broken === 1 ? "s" : ""} them` : ""}`,
    fitLines(lines, budget, (n) => `- \u2026and ${count(n)} more lines${rest(where)}`)
  );
}
function confidence(facts, budget) {
  const c = facts.confidence;
  const lines = [];
  if (!c.graphFiles) lines.push("- \u26A0\uFE0F **The graph is empty**: no file could be read, so no number here says anything about this change.");
  else {
    const read = filesByLanguage(facts.languages, facts.input.analysis.graph);
    const reached = radiusByLanguage(facts.languages, facts.input.analysis.graph);
    lines.push(
      `- The graph read ${plural(c.graphFiles, "file")}${read && ` (${read})`} and ${plural(facts.graphEdges, "import")} between them${reached && `; the blast radius holds ${reached}`}.`
    );
  }
  if (c.graphFiles && c.unreadTotal > c.graphFiles) {
    lines.push(
      `- \u26A0\uFE0F The graph holds fewer files than the ${count(c.unreadTotal)} files of languages it does not read: most of this repository is invisible to it.`
    );
  }
  if (c.blindChanged)
    lines.push(
      `- \u26A0\uFE0F ${plural(c.blindChanged, "changed file")} of code the graph does not measure (listed under the table): the radius may be larger.`
    );
  if (c.unresolvedInReach) {
    lines.push(
      `- \u26A0\uFE0F ${looksLocalWords(c.unresolvedInReach)}${c.unresolvedInReach < c.unresolvedLocal.length ? " in the languages this change reaches" : ""} (listed below): their importers may be missing from the radius, which may be larger.`
    );
  }
  const listed2 = (title, items) => {
    lines.push(`- ${title}`);
    lines.push(
      "  <details><summary>List</summary>",
      "",
      ...fitLines(
        items.map((i) => `  - ${i}`),
        budget / 4,
        (n) => `  - \u2026and ${count(n)} more`
      ),
      "",
      "  </details>"
    );
  };
  if (c.unresolvedLocal.length) {
    listed2(
      `${looksLocalWords(c.unresolvedLocal.length)} from their importer${inReachWords(c.unresolvedLocal.length, c.unresolvedInReach)}: a file of this repository has the name, or the import is relative, yet the importer's path reaches none (a missing module, a module under a root that path does not have, or a name set up at run time); their edges are missing.`,
      c.unresolvedLocal.map((u) => `${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`)
    );
  }
  if (c.partial.length) {
    listed2(
      `${plural(c.partial.length, "file has", "files have")} a syntax error; the imports above it still count.`,
      c.partial.map((p) => `${mdCode(p.path)} line ${p.line}`)
    );
  }
  if (c.skipped.length)
    listed2(
      `${plural(c.skipped.length, "file was", "files were")} skipped.`,
      c.skipped.map((s) => `${mdCode(s.path)}: ${mdText(s.reason)}`)
    );
  if (c.dynamic.length) {
    listed2(
      `${plural(c.dynamic.length, "dynamic import")} (${dynamicMeaningWords(facts.input.analysis.graph, c.dynamic)}) seen but not followed.`,
      c.dynamic.map((d) => `${mdCode(d.from)} line ${d.line}: ${mdCode(d.specifier)}`)
    );
  }
  const unread = Object.entries(c.unread);
  if (unread.length) {
    lines.push(
      `- Not read (no language support yet): ${unread.map(([ending, n]) => `${count(n)} ${mdCode(`.${ending}`)}`).join(", ")} files; imports in and between them are not in the graph.`
    );
  }
  for (const [reason, n] of Object.entries(c.leftOut)) lines.push(`- Left out on purpose: ${plural(n, "file")} ${reason}.`);
  for (const caveat of c.caveats) lines.push(`- ${caveat}`);
  const warnings = lines.filter((l) => l.startsWith("- \u26A0\uFE0F"));
  const rest2 = lines.filter((l) => !l.startsWith("- \u26A0\uFE0F"));
  return [...warnings, collapsed("<strong>Confidence</strong>: what the graph could not see", rest2)].join("\n\n");
}
function footer(facts) {
  const { headSha, repoUrl, analysisMs, now, version, rerun } = facts.input;
  const head = headSha ? `Head ${repoUrl ? `[${mdCode(headSha.slice(0, 7))}](${mdUrl(`${repoUrl.replace(/\/+$/u, "")}/commit/${headSha}`)})` : mdCode(headSha.slice(0, 7))}` : "The working tree";
  const how = rerun?.workflowUrl ? `[Run workflow](${mdUrl(rerun.workflowUrl)})` : "Actions \u2192 Run workflow (workflow_dispatch)";
  const pr = rerun?.prNumber !== void 0 ? ` with \`pr-number\` ${rerun.prNumber}` : " with `pr-number`";
  const again = rerun ? ` \xB7 re-run: ${how}${pr}` : "";
  return [
    "---",
    `<sub>${head} \xB7 graph of ${plural(facts.graphFiles, "file")} and ${plural(facts.graphEdges, "import")} \xB7 analysed in ${(analysisMs / 1e3).toFixed(1)} s on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC \xB7 blast-radius ${mdText(version)}${again}</sub>`
  ].join("\n");
}

// src/report/markdown-report.ts
function renderMarkdown(facts, profile) {
  const where = profile.rest ?? "";
  for (let budget = profile.listBudget; ; budget = Math.floor(budget / 2)) {
    const small = budget < 1e3;
    const before = [
      profile.firstLine,
      profile.secondLine,
      headline(facts),
      notes(facts),
      snapshot(facts),
      changedTable(facts, budget, where),
      outsideNote(facts, budget),
      whatToCheck(facts),
      testsToRun(facts, budget, where),
      whoShouldLook(facts, budget),
      why(facts, budget),
      landing(facts, budget),
      small ? void 0 : diagram(facts)
    ];
    const after = [gone(facts, budget, where), confidence(facts, budget), footer(facts)];
    const fixed = bytes(join([...before, ...after]));
    if (fixed > profile.limit - 2e3 && !small) continue;
    const list = fullList(facts, profile.limit - fixed - 100, where);
    return join([...before, list, ...after]) + "\n";
  }
}
function join(parts) {
  const shown = parts.filter((p) => p !== void 0);
  return shown.map((part, i) => i > 0 && endsWithList(shown[i - 1]) && part.startsWith("- ") ? `<!-- -->

${part}` : part).join("\n\n");
}
function endsWithList(part) {
  return /^\s*- /u.test(part.slice(part.lastIndexOf("\n") + 1));
}

// src/report/comment.ts
var COMMENT_TARGET = 15e3;
function commentMarker(workingDirectory) {
  return `<!-- blast-radius:${workingDirectory.replaceAll("--", "-\u200B-")} -->`;
}
function renderComment(facts, rest2 = "the job summary lists more") {
  return renderMarkdown(facts, {
    firstLine: commentMarker(facts.input.workingDirectory),
    secondLine: figuresLine(facts.figures, facts.input.previous),
    limit: COMMENT_TARGET,
    listBudget: 3e3,
    rest: rest2
  });
}

// src/report/json-report.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var REPORT_SCHEMA = "blast-radius/report@1";
function reportJson(facts) {
  const { input } = facts;
  const c = facts.confidence;
  return {
    schema: REPORT_SCHEMA,
    version: input.version,
    generatedAt: input.now.toISOString(),
    head: input.headSha ?? null,
    workingDirectory: input.workingDirectory,
    notes: input.notes ?? [],
    graph: { files: facts.graphFiles, edges: facts.graphEdges, ms: input.analysis.graph.stats.ms, languages: facts.languages },
    analysisMs: Math.round(input.analysisMs),
    risk: { ...facts.risk, thresholds: facts.thresholds },
    changes: input.analysis.changes.map(({ path, status, previousPath }) => ({
      path,
      status,
      ...previousPath !== void 0 && { previousPath }
    })),
    changed: facts.rows,
    affected: { total: facts.affected.length, importTime: facts.importTimeTotal, ringCounts: facts.ringCounts },
    folders: facts.folders.map(([folder2, files]) => ({ folder: folder2, files })),
    tests: facts.tests,
    testRun: facts.testRun,
    hubs: facts.hubs,
    areas: facts.areas.map(([folder2, files]) => ({ folder: folder2, files })),
    owners: facts.owners ?? null,
    figures: facts.figures,
    chains: facts.chains,
    gone: facts.gone.map(({ path, status, stillImportedBy }) => ({
      path,
      status,
      stillImportedBy: stillImportedBy.map(({ from, specifier, line }) => ({ from, specifier, line }))
    })),
    confidence: {
      outside: c.outside.map(({ change, why: why2 }) => ({ path: change.path, status: change.status, ...why2 })),
      blindChanged: c.blindChanged,
      unresolvedLocal: c.unresolvedLocal,
      partial: c.partial,
      skipped: c.skipped,
      dynamic: c.dynamic,
      unread: c.unread,
      leftOut: c.leftOut
    },
    names: namesJson(facts),
    impact: impactJson(input.analysis.impact)
  };
}
function namesJson(facts) {
  const names = facts.input.analysis.names;
  if (!names) return null;
  return {
    precision: names.precision,
    fileLevel: { total: names.fileLevel.affected.total },
    narrowed: { total: names.narrowed.affected.total },
    files: names.files.map(({ path, names: changed, importers, users, total }) => ({ path, names: changed, importers, users, total }))
  };
}

// src/report/reporters.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/text-report.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SHOWN = 8;
function renderText(facts, style) {
  const { input } = facts;
  const out = [...headline2(facts, style)];
  for (const note of input.notes ?? [])
    out.push(
      ...wrapParts(
        [
          style.yellow("Note:"),
          ...visible(note).split(" ").map((w) => elide(w, TEXT_WIDTH - 2))
        ],
        " "
      )
    );
  out.push("", ...table(facts, style));
  for (const part of changedNamesParts(input.analysis, (t) => t)) out.push(...wrapParts(["Names changed in", ...part.split(" ")], " "));
  const precision = precisionSentence(input.analysis);
  if (precision !== void 0) out.push(...wrapParts(precision.split(" "), " "));
  out.push(...outside(facts, style));
  if (facts.ringCounts.length) {
    const { bar, labels } = ringBar(facts.ringCounts);
    out.push("", ...wrapParts([`Files by ring: ${bar}`, ...labels], " \xB7 "));
  }
  out.push(
    ...landing2(facts, style),
    ...testsAndOwners(facts, style),
    ...chains(facts, style),
    ...gone2(facts, style),
    ...confidence2(facts, style)
  );
  const { headSha, analysisMs, version } = input;
  const byLanguage = filesByLanguage(facts.languages, input.analysis.graph);
  out.push(
    "",
    style.dim(
      `${headSha ? `Head ${headSha.slice(0, 12)}` : "The working tree"} \xB7 graph of ${plural(facts.graphFiles, "file")}${byLanguage && ` (${byLanguage})`}, ${plural(facts.graphEdges, "import")} \xB7 ${(analysisMs / 1e3).toFixed(1)} s \xB7 blast-radius ${elide(version, 20)}`
    )
  );
  return out.join("\n") + "\n";
}
function headline2(facts, style) {
  const { affected, risk } = facts;
  const source = changedWords(facts, "");
  const colour = (text) => risk.level === "unknown" || risk.level === "very high" || risk.level === "high" ? style.red(text) : risk.level === "moderate" ? style.yellow(text) : style.green(text);
  const lines = [
    style.bold(
      `Blast radius: ${source} \u2192 ${plural(affected.length, "file")} (${shareOf(affected.length, facts)} of ${count(facts.graphFiles)})`
    ),
    ...radiusByLanguage(facts.languages, facts.input.analysis.graph) ? [`${radiusByLanguage(facts.languages, facts.input.analysis.graph)} in the blast radius.`] : [],
    ...wrapParts([`Risk: ${colour(riskWord(risk))}:`, ...risk.why.split(" ")], " ")
  ];
  if (risk.level === "unknown") lines.push(style.red("This does not mean the change is safe: the graph cannot see it."));
  for (const sentence of declaredSentences(facts.input.analysis))
    lines.push(...wrapParts(sentence.split(" "), " ").map((l) => style.bold(l)));
  const later = laterKinds(facts);
  if (affected.length && later !== void 0) {
    lines.push(
      `${count(facts.importTimeTotal)} load the change at import time; ${count(affected.length - facts.importTimeTotal)} only through ${later} imports.`
    );
  }
  return lines;
}
var COLUMNS = ["status", "ring 1", "total", "deepest", "import", "lazy/type"];
var COLUMN_WIDTH = 10;
function table(facts, style) {
  if (!facts.rows.length) return [style.dim("No changed file is in the graph.")];
  const pathWidth = TEXT_WIDTH - COLUMNS.length * COLUMN_WIDTH;
  const lines = [style.bold("Changed file".padEnd(pathWidth) + COLUMNS.map((c) => c.padStart(COLUMN_WIDTH)).join(""))];
  const rows = [...facts.rows].sort((a, b) => b.total - a.total || (a.path < b.path ? -1 : 1));
  for (const row of rows.slice(0, SHOWN * 4)) {
    const numbers = [row.direct, row.total, row.deepest, row.importTime, row.lazyOrTypeOnly].map((n) => count(n).padStart(COLUMN_WIDTH));
    lines.push(elide(row.path, pathWidth - 1).padEnd(pathWidth) + row.status.padStart(COLUMN_WIDTH) + numbers.join(""));
  }
  if (rows.length > SHOWN * 4) lines.push(style.dim(`\u2026and ${plural(rows.length - SHOWN * 4, "more changed file")} (see --format json)`));
  const counted = rowsCountChangedWords(facts);
  if (counted) lines.push(...wrapParts(counted.split(" "), " ").map((l) => style.dim(l)));
  return lines;
}
function outside(facts, style) {
  const { outside: outside2 } = facts.confidence;
  if (!outside2.length) return [];
  const lines = ["", style.bold(`Changed but not in the graph (${count(outside2.length)})`)];
  for (const o of outside2.slice(0, SHOWN)) {
    const colour = (text) => o.why.kind === "not-code" ? style.dim(text) : style.yellow(text);
    lines.push(`  ${elide(o.change.path, TEXT_WIDTH - 2)}`, colour(`    ${elide(describeOutside(o.why), TEXT_WIDTH - 4)}`));
  }
  if (outside2.length > SHOWN) lines.push(style.dim(`  \u2026and ${count(outside2.length - SHOWN)} more`));
  return lines;
}
function landing2(facts, style) {
  if (!facts.affected.length) return [];
  const lines = ["", style.bold("Where it lands")];
  for (const [area, n] of facts.areas.slice(0, SHOWN))
    lines.push(`  ${count(n).padStart(7)}  ${elide(areaWords(facts, area), TEXT_WIDTH - 11)}`);
  if (facts.areas.length > SHOWN) lines.push(style.dim(`  \u2026and ${plural(facts.areas.length - SHOWN, "more area")}`));
  return lines;
}
function testsAndOwners(facts, style) {
  const run = facts.testRun;
  const listed2 = run.all ? facts.tests : run.files;
  const lines = [];
  if (listed2.length)
    lines.push(
      run.all || listed2.length === facts.tests.length ? `${plural(listed2.length, "test file")} in the blast radius` : `${plural(listed2.length, "test file")} to run (changed test files and those in the blast radius)`
    );
  else if (facts.affected.length) lines.push(style.yellow("No test file is in the blast radius."));
  for (const test of listed2.slice(0, SHOWN)) lines.push(`  ${elide(test, TEXT_WIDTH - 2)}`);
  if (listed2.length > SHOWN) lines.push(style.dim(`  \u2026and ${count(listed2.length - SHOWN)} more (see --format json)`));
  const words = (text) => visible(text).split(" ").map((w) => elide(w, TEXT_WIDTH - 2));
  if (run.all) lines.push(...wrapParts([style.yellow("Run all tests:"), ...words(run.reasons.join("; "))], " "));
  if (facts.owners?.owners.length) {
    const top = facts.owners.owners.slice(0, SHOWN).map((o) => `${elide(o.owner, 40)} (${count(o.affected)})`);
    lines.push(...wrapParts([`Who should look (${elide(facts.owners.file, 40)}, files of the radius owned):`, ...top], " "));
  }
  return lines.length && !facts.affected.length ? ["", ...lines] : lines;
}
function chains(facts, style) {
  if (!facts.chains.length) return [];
  const lines = ["", style.bold("Why: how the change reaches the hubs and the areas (a \u2192 b: a imports b, at a:line)")];
  for (const { why: why2, links } of facts.chains) {
    lines.push(
      `  ${"hub" in why2 ? `hub ${elide(why2.hub, TEXT_WIDTH - 30)}` : `area ${elide(areaWords(facts, why2.area), TEXT_WIDTH - 30)}`}, ring ${count(links.length - 1)}`
    );
    for (const [i, step] of shortenChain(chainSteps(links)).entries()) {
      if ("hidden" in step) lines.push(style.dim(`    \u2192 \u2026${plural(step.hidden, "more file")}\u2026`));
      else {
        const arrow2 = i === 0 ? "  " : step.kind === "import" ? "\u2192 " : `\u2192 ${style.yellow(`(${step.kind})`)} `;
        lines.push(`    ${arrow2}${elide(step.path, TEXT_WIDTH - 26)}${step.line === void 0 ? "" : `:${step.line}`}`);
      }
    }
  }
  return lines;
}
function gone2(facts, style) {
  if (!facts.gone.length) return [];
  const lines = ["", style.bold("Removed and renamed files")];
  for (const file of facts.gone.slice(0, SHOWN)) {
    const n = file.stillImportedBy.length;
    lines.push(`  ${elide(file.path, TEXT_WIDTH - 14)} (${file.status})`);
    lines.push(n ? style.red(`    still imported in ${plural(n, "place")}:`) : style.dim("    no import names it any more"));
    for (const u of file.stillImportedBy.slice(0, SHOWN)) lines.push(`      ${elide(`${u.from}:${u.line} ${u.specifier}`, TEXT_WIDTH - 6)}`);
    if (n > SHOWN) lines.push(style.dim(`      \u2026and ${count(n - SHOWN)} more`));
  }
  if (facts.gone.length > SHOWN) lines.push(style.dim(`  \u2026and ${plural(facts.gone.length - SHOWN, "more file")}`));
  return lines;
}
function confidence2(facts, style) {
  const c = facts.confidence;
  const lines = ["", style.bold("Confidence")];
  if (!c.graphFiles) lines.push(style.red("  The graph is empty: no number here says anything about this change."));
  if (c.graphFiles && c.unreadTotal > c.graphFiles)
    lines.push(style.yellow(`  The graph holds fewer files than the ${count(c.unreadTotal)} it does not read.`));
  if (c.blindChanged)
    lines.push(style.yellow(`  ${plural(c.blindChanged, "changed file")} of code not measured: the radius may be larger.`));
  const gaps = [
    [
      c.unresolvedLocal.length,
      `${looksLocalWords(c.unresolvedLocal.length)}${inReachWords(c.unresolvedLocal.length, c.unresolvedInReach)}`
    ],
    [c.partial.length, `${plural(c.partial.length, "file")} with a syntax error (imports above it count)`],
    [c.skipped.length, `${plural(c.skipped.length, "file")} skipped`],
    [
      c.dynamic.length,
      `${plural(c.dynamic.length, "dynamic import")} (${dynamicMeaningWords(facts.input.analysis.graph, c.dynamic).replaceAll("`", "")}) not followed`
    ]
  ];
  for (const [n, text] of gaps) if (n) lines.push(`  ${text}`);
  const unread = Object.entries(c.unread);
  if (unread.length) lines.push(...wrapParts(["  Not read:", ...unread.map(([e, n]) => `${count(n)} .${visible(e)}`)], " "));
  if (lines.length === 2) lines.push(style.green("  No gaps: every local import resolved, every file parsed."));
  const notes2 = [...Object.entries(c.leftOut).map(([reason, n]) => `Left out on purpose: ${plural(n, "file")} ${reason}.`), ...c.caveats];
  for (const note of notes2) {
    const [first, ...words] = note.replaceAll("`", "").split(" ");
    lines.push(...wrapParts([`  ${first}`, ...words], " "));
  }
  return lines;
}

// src/report/reporters.ts
var REPORTERS = {
  text: (facts, style) => renderText(facts, style),
  markdown: (facts) => renderComment(facts, "`--format json` has them all"),
  json: (facts) => JSON.stringify(reportJson(facts)) + "\n"
};
function isReportFormat(name) {
  return Object.hasOwn(REPORTERS, name);
}

// src/core/version.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// package.json
var package_default = {
  name: "blast-radius",
  version: "0.1.0",
  description: "How far does this change reach? The blast radius of a pull request, from the import graph.",
  type: "module",
  license: "MIT",
  private: true,
  bin: {
    "blast-radius": "dist/cli.js"
  },
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "tsc --noEmit",
    bundle: "node scripts/bundle.mjs",
    test: "tsc --noEmit && eslint src && prettier --check . && NODE_OPTIONS=--experimental-vm-modules jest",
    demo: "node dist/cli.js impact shop/models/product.py --repo examples/shop",
    "check-django": "bash scripts/check-django.sh",
    fuzz: "FUZZ_COUNT=${FUZZ_COUNT:-100000} NODE_OPTIONS=--experimental-vm-modules jest __tests__/reliability/fuzz",
    bench: "npm run bundle && node scripts/bench.mjs",
    lint: "eslint src",
    format: "prettier --write ."
  },
  dependencies: {
    "@actions/artifact": "^6.2.1",
    "@actions/cache": "^6.3.0",
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    "@resvg/resvg-wasm": "^2.6.2",
    "jsonc-parser": "^3.3.1",
    picomatch: "^4.0.7",
    "smol-toml": "^1.9.1",
    three: "^0.187.0",
    "tree-sitter-go": "^0.25.0",
    "tree-sitter-python": "^0.25.0",
    "tree-sitter-typescript": "^0.23.2",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@github/local-action": "^7.0.1",
    "@jest/globals": "^30.5.2",
    "@octokit/openapi-types": "^29.0.1",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/jest": "^30.0.0",
    "@types/jsdom": "^30.0.0",
    "@types/markdown-it": "^14.2.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/three": "^0.187.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "github-markdown-css": "^5.9.0",
    graphql: "^17.1.0",
    jest: "^30.5.2",
    jsdom: "^29.1.1",
    "markdown-it": "^15.0.3",
    mermaid: "^11.17.2",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    pyright: "^1.1.414",
    "ts-jest": "^29.4.15",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0"
  }
};

// src/core/version.ts
var VERSION = package_default.version;

// src/cli/commands/diff.ts
async function diffCommand(args, io) {
  if (args.positionals.length) throw new UsageError(`diff takes no file names (got ${args.positionals.join(" ")}); use --base and --head`);
  const format = formatOf(args);
  const started = performance.now();
  let range;
  try {
    range = await resolveRange(args.repoDir, { base: args.base, head: args.head });
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
  const cards = args.out ? startCardRenderer() : void 0;
  const changes = await changedFiles(
    args.repoDir,
    range,
    args.gitLists?.outputs.then((lists) => lists?.untracked)
  );
  const analysis = await analyzeRepository(args.repoDir, changes, {
    ...buildOptions(args, io),
    commit: range.head,
    ...args.precision && { precision: args.precision },
    ...args.declarations !== void 0 && { declaredFile: args.declarations }
  });
  const input = {
    analysis,
    workingDirectory: range.prefix || ".",
    version: VERSION,
    analysisMs: performance.now() - started,
    now: /* @__PURE__ */ new Date(),
    ...range.head !== void 0 && { headSha: range.head }
  };
  const out = args.out === void 0 ? void 0 : resolve(io.cwd, args.out);
  const snapshot2 = out === void 0 ? void 0 : writeSnapshot(out, analysis.graph, analysis.impact, cards);
  if (snapshot2 && cards) await Promise.race([cards.handedOver, snapshot2]);
  const facts = reportFacts(input);
  const reports = out === void 0 ? void 0 : writeReports(out, facts);
  await Promise.all([snapshot2, reports]);
  io.stdout.write(REPORTERS[format](facts, styleFor(io.stdout, io.env)));
}
async function writeReports(out, facts) {
  const beside = { ...facts, input: { ...facts.input, snapshot: { imageUrl: "snapshot.png", viewUrl: "snapshot.html" } } };
  await mkdir(out, { recursive: true });
  await writeFile(join2(out, "report.md"), renderComment(beside, "report.json has them all"));
  await writeFile(join2(out, "report.json"), JSON.stringify(reportJson(facts), null, 2) + "\n");
}
function formatOf(args) {
  const format = args.format ?? (args.json ? "json" : "text");
  if (!isReportFormat(format)) {
    const names = Object.keys(REPORTERS);
    throw new UsageError(`--format: expected ${names.slice(0, -1).join(", ")} or ${names.at(-1)}, got ${format}`);
  }
  if (args.json && format !== "json") throw new UsageError(`--json and --format ${format} disagree`);
  return format;
}
export {
  diffCommand
};
