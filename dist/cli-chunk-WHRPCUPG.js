#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  count,
  plural
} from "./cli-chunk-W5FVNKT3.js";
import {
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// src/report/wording.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function changedWords(facts, of) {
  const changes = facts.input.analysis.changes.length;
  const measured = facts.rows.length;
  return measured === changes ? plural(changes, "changed file") : `${plural(measured, "changed file")} in the graph (of ${count(changes)}${of})`;
}
function describeOutside(why) {
  switch (why.kind) {
    case "skipped":
      return `skipped (${why.reason}): its reach is unknown`;
    case "not-analysed":
      return "source the graph reads, but left out of it (include/exclude): its reach is unknown";
    case "unread-language":
      return `.${why.ending} code, a language the graph does not read yet: its reach is unknown`;
    case "not-code":
      return "not source code: nothing imports it";
  }
}
function looksLocalWords(n) {
  return `${plural(n, "import")} look${n === 1 ? "s" : ""} local but resolve${n === 1 ? "s" : ""} to no file`;
}
function rowsCountChangedWords(facts) {
  const most = Math.max(0, ...facts.rows.map((row) => row.changedReached));
  if (!most) return void 0;
  return `A row's figures count the other changed files it reaches${facts.rows.length > 2 ? `, up to ${count(most)} here` : ""}; the headline's radius leaves every changed file out.`;
}
function inReachWords(total, inReach) {
  if (inReach === total) return "";
  return inReach ? ` (${count(inReach)} of them in the languages this change reaches)` : " (none of them in a language this change reaches)";
}
var RINGS_SHOWN = 24;
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function ringBar(ringCounts) {
  const shown = ringCounts.slice(0, RINGS_SHOWN);
  const largest = Math.max(1, ...shown);
  const bar = shown.map((n) => BLOCKS[Math.min(BLOCKS.length - 1, Math.round((BLOCKS.length - 1) * Math.log1p(n) / Math.log1p(largest)))]).join("");
  const labels = shown.map((n, i) => `${i + 1}: ${count(n)}`);
  const rest = ringCounts.slice(RINGS_SHOWN);
  if (rest.length)
    labels.push(
      `\u2026${plural(rest.length, "more ring")} (${plural(
        rest.reduce((a, b) => a + b, 0),
        "file"
      )})`
    );
  return { bar, labels };
}
function declaredSentences(analysis) {
  const { everything, problems } = analysis.declared;
  const all = everything.length ? [`Everything is affected: ${everything.map((e) => e.why).join("; ")}.`] : [];
  return [...all, ...problems.map((p) => `${p}.`)];
}
function changedNamesParts(analysis, code) {
  const narrowed = new Map(analysis.names?.files.map((f) => [f.path, f]));
  return [...analysis.changedNames].map(([path, names]) => {
    if (names.all) return `${code(path)}: all its names (${names.why})`;
    if (!names.names.length) return `${code(path)}: no top-level name (blank lines or comments between definitions)`;
    const radius = narrowed.get(path);
    const list = names.names.map(code).join(", ");
    if (!radius?.importers) return `${code(path)}: ${list}`;
    const importing = `${plural(radius.importers, "file")} ${radius.importers === 1 ? "imports" : "import"} it`;
    const using = `${count(radius.users.length)} ${radius.users.length === 1 ? "uses" : "use"} the changed names`;
    return `${code(path)}: ${list}; ${importing}; ${using} \u2192 ${plural(radius.total, "file")} in the narrowed radius`;
  });
}
function precisionSentence(analysis) {
  const names = analysis.names;
  if (!names?.fileLevel.affected.total) return void 0;
  const narrowed = plural(names.narrowed.affected.total, "file");
  const fileLevel = `${count(names.fileLevel.affected.total)} at file level`;
  if (names.precision === "names") return `Figures are narrowed to the changed names (precision: names): ${narrowed}, of ${fileLevel}.`;
  return `Narrowed to the changed names: ${narrowed}, of ${fileLevel}; the figures stay file-level (precision: files).`;
}

export {
  changedWords,
  describeOutside,
  looksLocalWords,
  rowsCountChangedWords,
  inReachWords,
  ringBar,
  declaredSentences,
  changedNamesParts,
  precisionSentence
};
