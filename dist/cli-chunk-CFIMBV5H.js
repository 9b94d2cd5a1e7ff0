#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  SETTINGS_FILE,
  SourceReader,
  buildGraph,
  count,
  languageAdapters,
  plural,
  readSettings,
  require_picomatch,
  wasmFile
} from "./cli-chunk-W5FVNKT3.js";
import {
  baseName,
  byCodePoint,
  dirOf,
  toRepoPath
} from "./cli-chunk-FDJSJCXQ.js";
import {
  __toESM,
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// src/change/analyze-repository.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/change/analyze-change.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/impact/blast-radius.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function blastRadius(graph, changed, options = {}) {
  const { kinds } = options;
  const sources = [...new Set(changed)];
  const perFile = sources.map((path) => changedImpact(path, graph.downstream([path], { kinds })));
  const seeds = [...options.removed ?? []].flatMap(([via, importers]) => importers.map((path) => ({ path, via })));
  const files = graph.downstream(sources, { kinds, seeds });
  return { changed: perFile, affected: { total: files.length, files } };
}
function changedImpact(path, radius) {
  const rings = [];
  for (const file of radius) (rings[file.ring - 1] ??= []).push(file.path);
  return { path, direct: rings[0]?.length ?? 0, total: radius.length, rings };
}

// src/impact/narrowed.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function directImporters(graph, path) {
  return graph.downstream([path], { rings: 1 }).map((f) => {
    const edge = graph.edge(f.path, path);
    return { path: f.path, kinds: edge ? edge.kinds ?? [edge.kind] : [] };
  });
}
function narrowedReach(graph, whole, users, options = {}) {
  const { kinds } = options;
  const joins = (user) => {
    if (!kinds) return true;
    const edge = graph.edge(user.path, user.via);
    return (edge?.kinds ?? (edge ? [edge.kind] : [])).some((k) => kinds.has(k));
  };
  const sources = new Set(whole);
  const changed = /* @__PURE__ */ new Set([...whole, ...options.changed ?? []]);
  const followed = users.filter((u) => !u.reexports && joins(u) && !changed.has(u.path));
  const seeds = [...options.seeds ?? [], ...followed.map((u) => ({ path: u.path, via: u.via }))];
  const found = graph.downstream([...sources], { kinds, seeds }).filter((f) => !changed.has(f.path));
  const reached = new Set(found.map((f) => f.path));
  const passing = users.filter((u) => u.reexports && joins(u) && !reached.has(u.path) && !changed.has(u.path));
  if (!passing.length) return found;
  const extra = [...new Map(passing.map((u) => [u.path, { path: u.path, ring: 1, via: u.via }])).values()];
  const ring1 = [...found.filter((f) => f.ring === 1), ...extra].sort((a, b) => byCodePoint(a.path, b.path));
  return [...ring1, ...found.filter((f) => f.ring > 1)];
}

// src/change/declared.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch = __toESM(require_picomatch(), 1);
var DECLARED_FILE = SETTINGS_FILE;
var NONE = (file, problems = []) => ({ file, readBy: [], affectsAll: [], problems });
function readDeclared(readText, path = DECLARED_FILE) {
  let at;
  try {
    at = toRepoPath(path);
  } catch {
    return NONE(path, path === DECLARED_FILE ? [] : [`${path}: not a file inside the repository`]);
  }
  const text2 = readText(at);
  if (text2 === void 0) return NONE(path, path === DECLARED_FILE ? [] : [`${path}: cannot be read`]);
  return parseDeclared(text2, path);
}
function parseDeclared(text2, file = DECLARED_FILE) {
  const settings = readSettings(text2, file);
  if ("problem" in settings) return NONE(file, [`${settings.problem}: nothing declared in it is read`]);
  const record = settings.keys;
  const problems = [];
  const readBy = [];
  for (const [files, value] of entries(record["read-by"], "read-by", file, problems)) {
    const readers = typeof value === "string" ? [value] : value;
    if (Array.isArray(readers) && readers.length && readers.every((r) => typeof r === "string")) readBy.push({ files, readers });
    else problems.push(`${file}: read-by ${files} must name the code that reads it (a glob or a list of globs): left out`);
  }
  const affectsAll = [];
  const all = record["affects-all"];
  const listed = Array.isArray(all) ? all.map((glob) => [glob, void 0]) : entries(all, "affects-all", file, problems);
  for (const [files, reason] of listed) {
    if (typeof files !== "string" || !files) problems.push(`${file}: affects-all entries must be globs: one left out`);
    else if (reason !== void 0 && reason !== null && typeof reason !== "string")
      problems.push(`${file}: affects-all ${files}: the reason must be text`);
    else affectsAll.push({ files, reason: reason ?? `declared in ${file}` });
  }
  return { file, readBy, affectsAll, problems };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function entries(value, key, file, problems) {
  if (value === void 0 || value === null) return [];
  if (isRecord(value)) return Object.entries(value);
  problems.push(`${file}: ${key} must map globs to ${key === "read-by" ? "the code that reads them" : "reasons"}: not read`);
  return [];
}
function declaredEffects(declared, changed, graphFiles) {
  const readBy = declared.readBy.map(({ files, readers: readers2 }) => ({
    matches: (0, import_picomatch.default)(files, { dot: true }),
    reads: (0, import_picomatch.default)(readers2, { dot: true })
  }));
  const affectsAll = declared.affectsAll.map(({ files, reason }) => ({ matches: (0, import_picomatch.default)(files, { dot: true }), reason }));
  const readers = /* @__PURE__ */ new Map();
  const everything = [];
  for (const path of changed) {
    let repoPath;
    try {
      repoPath = toRepoPath(path);
    } catch {
      continue;
    }
    for (const { matches, reads } of readBy) {
      if (!matches(repoPath)) continue;
      const found = graphFiles.filter((f) => f !== repoPath && reads(f));
      readers.set(repoPath, [.../* @__PURE__ */ new Set([...readers.get(repoPath) ?? [], ...found])]);
    }
    const reasons = affectsAll.filter((a) => a.matches(repoPath)).map((a) => a.reason);
    if (reasons.length) everything.push({ path: repoPath, why: `${repoPath} changed: ${[...new Set(reasons)].join("; ")}` });
  }
  return { readers, everything };
}

// src/change/test-scope.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var LOCK_FILE = /\.lock$|\.lockb$|-lock\.(?:json|ya?ml)$|^lockfile$/u;
function testScope(changes, tests, languages, declaredEverything = []) {
  const because = new Set(declaredEverything);
  for (const change of changes) {
    for (const raw of change.previousPath === void 0 ? [change.path] : [change.path, change.previousPath]) {
      let path;
      try {
        path = toRepoPath(raw);
      } catch {
        continue;
      }
      if (LOCK_FILE.test(baseName(path))) because.add(`${path} changed: a lock file decides what every test runs against`);
      for (const adapter of languages) {
        const why = adapter.affectsAllTests?.(path);
        if (why !== void 0) because.add(`${path} changed: ${why}`);
      }
    }
  }
  const runners = languages.flatMap((adapter) => {
    const mine = adapter.select(tests.map((path) => ({ path }))).map((f) => f.path);
    const runner = mine.length ? adapter.testRunner : void 0;
    return runner ? [{ language: adapter.id, name: runner.name, args: runner.args(mine), tests: mine.length }] : [];
  });
  return { allBecause: [...because].sort(byCodePoint), runners };
}

// src/change/analyze-change.ts
function analyzeChange(graph, changes, languages = languageAdapters(), declared, precision = "files") {
  const inGraph = [];
  const outsideGraph = [];
  const goneChanges = [];
  for (const change of changes) {
    if (change.status !== "removed" && graph.has(change.path)) inGraph.push(change.path);
    else if (change.status !== "removed") outsideGraph.push(change);
    const old = change.status === "removed" ? change.path : change.status === "renamed" ? change.previousPath : void 0;
    if (old !== void 0) goneChanges.push({ path: old, status: change.status });
  }
  const stillImporting = importersOfGone(
    graph,
    languages,
    goneChanges.map((g) => g.path)
  );
  const removed = /* @__PURE__ */ new Map();
  for (const [old, references] of stillImporting) {
    if (references.length) removed.set(toRepoPath(old), [...new Set(references.map((r) => r.from))]);
  }
  const effects = declaredEffects(
    declared ?? { file: "", readBy: [], affectsAll: [], problems: [] },
    changes.flatMap((c) => c.previousPath === void 0 ? [c.path] : [c.path, c.previousPath]),
    graph.files.map((f) => f.path)
  );
  for (const [path, readers] of effects.readers) if (readers.length) removed.set(path, [...removed.get(path) ?? [], ...readers]);
  const everyFile = effects.everything[0]?.path;
  if (everyFile !== void 0)
    removed.set(
      everyFile,
      graph.files.map((f) => f.path)
    );
  const fileImpact = blastRadius(graph, inGraph, { removed });
  const atLoad = new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind));
  const fileImportTime = blastRadius(graph, inGraph, { removed, kinds: atLoad });
  const changedNames = namesOfChanges(graph, changes, inGraph, languages);
  const names = namesAnalysis(graph, inGraph, changedNames, languages, removed, fileImpact, precision);
  const narrow = precision === "names" && names;
  const impact = narrow ? names.narrowed : fileImpact;
  const importTimeImpact = narrow ? narrowedImpact(graph, inGraph, names.files, removed, atLoad) : fileImportTime;
  const affectedTests = impact.affected.files.map((f) => f.path).filter((path) => graph.isTest(path)).sort(byCodePoint);
  const testsToRun = [.../* @__PURE__ */ new Set([...inGraph.filter((path) => graph.isTest(path)), ...affectedTests])].sort(byCodePoint);
  return {
    graph,
    changes,
    inGraph,
    outsideGraph,
    readableOutside: readable(
      languages,
      outsideGraph.map((c) => c.path)
    ),
    goneSources: readable(
      languages,
      goneChanges.map((g) => g.path)
    ).size,
    impact,
    affectedTests,
    testsToRun,
    testScope: testScope(
      changes,
      testsToRun,
      languages,
      effects.everything.map((e) => e.why)
    ),
    importTimeImpact,
    gone: goneChanges.map((g) => ({ ...g, stillImportedBy: stillImporting.get(g.path) ?? [] })),
    declared: { ...effects, problems: declared?.problems ?? [] },
    changedNames,
    ...names && { names },
    looksLocalInReach: looksLocalInReach(graph, languages, [
      ...inGraph,
      ...goneChanges.map((g) => g.path),
      ...impact.affected.files.map((f) => f.path)
    ])
  };
}
function looksLocalInReach(graph, languages, reach) {
  const looksLocal = graph.unresolved.filter((u) => u.looksLocal === true);
  if (!looksLocal.length) return [];
  const files = sourceFiles(reach);
  const reached = languages.filter((adapter) => adapter.select(files).length);
  return looksLocal.filter((u) => reached.some((adapter) => adapter.select([{ path: u.from }]).length));
}
function namesAnalysis(graph, inGraph, changedNames, languages, removed, fileLevel, precision) {
  const importersOf = (path) => directImporters(graph, path);
  const known = [];
  for (const path of new Set(inGraph)) {
    const names = changedNames.get(path);
    const adapter = languages.find((a) => a.importersUsing && a.select([{ path }]).length);
    const facts = adapter && graph.factsOf(adapter.id);
    if (!names || names.all || !facts) continue;
    const users = adapter.importersUsing(path, names.names, importersOf, graph.repository, facts);
    if (!users) continue;
    known.push({ path, names: names.names, importers: importersOf(path).length, users });
  }
  if (!known.length) return void 0;
  const narrowed = narrowedImpact(graph, inGraph, known, removed);
  const totals = new Map(narrowed.changed.map((c) => [c.path, c.total]));
  const files = known.map((file) => ({ ...file, total: totals.get(file.path) }));
  return { precision, files, narrowed, fileLevel };
}
function narrowedImpact(graph, inGraph, named, removed, kinds) {
  const known = new Set(named.map((f) => f.path));
  const whole = inGraph.filter((p) => !known.has(p));
  const seeds = [...removed].flatMap(([via, importers]) => importers.map((path) => ({ path, via })));
  const files = narrowedReach(
    graph,
    whole,
    named.flatMap((f) => f.users),
    { seeds, changed: inGraph, ...kinds && { kinds } }
  );
  const byPath = new Map(named.map((f) => [f.path, f]));
  const changed = [...new Set(inGraph)].map((path) => {
    const radius = narrowedReach(graph, byPath.has(path) ? [] : [path], byPath.get(path)?.users ?? [], {
      changed: [path],
      ...kinds && { kinds }
    });
    return changedImpact(path, radius);
  });
  return { changed, affected: { total: files.length, files } };
}
function importersOfGone(graph, languages, gone) {
  const pathOf = /* @__PURE__ */ new Map();
  for (const old of gone) {
    try {
      pathOf.set(old, toRepoPath(old));
    } catch {
    }
  }
  const result = /* @__PURE__ */ new Map();
  if (!pathOf.size) return result;
  const removed = [...new Set(pathOf.values())];
  const found = /* @__PURE__ */ new Map();
  for (const adapter of languages) {
    const mine = adapter.select(removed.map((path) => ({ path }))).map((f) => f.path);
    if (!mine.length) continue;
    const own = new Set(adapter.select(graph.files).map((f) => f.path));
    const references = [...graph.unresolved, ...graph.attributes].filter((r) => own.has(r.from));
    for (const [path, list] of adapter.importsNaming(mine, references, graph.repository)) found.set(path, list);
  }
  for (const [old, path] of pathOf) result.set(old, [...found.get(path) ?? []]);
  return result;
}
function readable(languages, changed) {
  const files = sourceFiles(changed);
  return new Set(languages.flatMap((adapter) => adapter.select(files)).map((f) => f.path));
}
function languagesOfChanges(languages, changes) {
  const files = sourceFiles(changes.flatMap((c) => c.previousPath === void 0 ? [c.path] : [c.path, c.previousPath]));
  return languages.filter((adapter) => adapter.select(files).length);
}
function sourceFiles(changed) {
  const files = [];
  for (const path of changed) {
    try {
      files.push({ path: toRepoPath(path) });
    } catch {
    }
  }
  return files;
}
function namesOfChanges(graph, changes, inGraph, languages) {
  const hunksOf = new Map(changes.map((c) => [c.path, c.hunks]));
  const result = /* @__PURE__ */ new Map();
  for (const path of inGraph) {
    const hunks = hunksOf.get(path);
    const adapter = languages.find((a) => a.changedNames && a.select([{ path }]).length);
    const text2 = hunks && adapter ? graph.repository.readText(path) : void 0;
    if (text2 !== void 0) result.set(path, adapter.changedNames(text2, hunks));
  }
  return result;
}

// src/discover/working-tree-text.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function workingTreeText(rootDir) {
  let reader;
  const decoder = new TextDecoder("utf-8");
  return (path) => {
    try {
      reader ??= new SourceReader(rootDir);
    } catch {
      return void 0;
    }
    const read = reader.read(path);
    return "bytes" in read ? decoder.decode(read.bytes) : void 0;
  };
}

// src/change/read-codeowners.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function codeownersIn(readText) {
  for (const path of CODEOWNERS_PATHS) {
    const text2 = readText(toRepoPath(path));
    if (text2 !== void 0) return { path, text: text2 };
  }
  return void 0;
}

// src/change/analyze-repository.ts
async function analyzeRepository(repoDir, changes, options = {}) {
  const languages = options.languages ?? languageAdapters(options.extractor);
  const graph = await buildGraph(repoDir, { ...options, languages });
  const settingsText = options.commit === void 0 ? workingTreeText(repoDir) : (path) => graph.repository.readText(path);
  const codeowners = options.codeowners !== void 0 ? options.codeowners ?? void 0 : codeownersIn(settingsText);
  const declared = readDeclared(settingsText, options.declaredFile);
  await Promise.all(languagesOfChanges(languages, changes).map((adapter) => adapter.init(0)));
  return { ...analyzeChange(graph, changes, languages, declared, options.precision), ...codeowners && { codeowners } };
}

// src/report/impact-json.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var IMPACT_SCHEMA = "blast-radius/impact@1";
function impactJson(impact) {
  return {
    schema: IMPACT_SCHEMA,
    changed: impact.changed.map(({ path, direct, total, rings }) => ({ path, direct, total, rings })),
    affected: {
      total: impact.affected.total,
      files: impact.affected.files.map(({ path, ring, via }) => ({ path, ring, via }))
    }
  };
}

// src/snapshot/render-cards.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { fork } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/snapshot/card-bands.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/legend-svg.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/palette.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var BACKGROUND = "#0d1117";
var CHANGED_COLOUR = "#4cc9f0";
var OUTSIDE_COLOUR = "#5b6478";
var TEXT_COLOUR = "#e6edf3";
var MUTED_TEXT_COLOUR = "#8b949e";
var RING_COLOURS = ["#f0f921", "#fcce25", "#fca636", "#f2844b", "#e16462", "#cc4778", "#b12a90", "#8f0da4"];
function ringColour(ring) {
  return RING_COLOURS[Math.min(ring, RING_COLOURS.length) - 1];
}
function ringLabel(ring, deepest) {
  const last = RING_COLOURS.length;
  return ring === last && deepest > last ? `ring ${last}+` : `ring ${ring}`;
}

// src/snapshot/text-width.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/font-metrics.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var REGULAR = {
  unitsPerEm: 2048,
  missing: 1229,
  advances: [
    32,
    651,
    33,
    821,
    34,
    942,
    35,
    1716,
    36,
    1303,
    37,
    1946,
    38,
    1597,
    39,
    563,
    40,
    799,
    41,
    799,
    42,
    1024,
    43,
    1716,
    44,
    651,
    45,
    739,
    46,
    651,
    47,
    690,
    48,
    1303,
    49,
    1303,
    50,
    1303,
    51,
    1303,
    52,
    1303,
    53,
    1303,
    54,
    1303,
    55,
    1303,
    56,
    1303,
    57,
    1303,
    58,
    690,
    59,
    690,
    60,
    1716,
    61,
    1716,
    62,
    1716,
    63,
    1087,
    64,
    2048,
    65,
    1401,
    66,
    1405,
    67,
    1430,
    68,
    1577,
    69,
    1294,
    70,
    1178,
    71,
    1587,
    72,
    1540,
    73,
    604,
    74,
    604,
    75,
    1343,
    76,
    1141,
    77,
    1767,
    78,
    1532,
    79,
    1612,
    80,
    1235,
    81,
    1612,
    82,
    1423,
    83,
    1300,
    84,
    1251,
    85,
    1499,
    86,
    1401,
    87,
    2025,
    88,
    1403,
    89,
    1251,
    90,
    1403,
    91,
    799,
    92,
    690,
    93,
    799,
    94,
    1716,
    95,
    1024,
    96,
    1024,
    97,
    1255,
    98,
    1300,
    99,
    1126,
    100,
    1300,
    101,
    1260,
    102,
    721,
    103,
    1300,
    104,
    1298,
    105,
    569,
    106,
    569,
    107,
    1186,
    108,
    569,
    109,
    1995,
    110,
    1298,
    111,
    1253,
    112,
    1300,
    113,
    1300,
    114,
    842,
    115,
    1067,
    116,
    803,
    117,
    1298,
    118,
    1212,
    119,
    1675,
    120,
    1212,
    121,
    1212,
    122,
    1075,
    123,
    1303,
    124,
    690,
    125,
    1303,
    126,
    1716,
    160,
    651,
    161,
    821,
    162,
    1303,
    163,
    1303,
    164,
    1303,
    165,
    1303,
    166,
    690,
    167,
    1024,
    168,
    1024,
    169,
    2048,
    170,
    965,
    171,
    1253,
    172,
    1716,
    173,
    739,
    174,
    2048,
    175,
    1024,
    176,
    1024,
    177,
    1716,
    178,
    821,
    179,
    821,
    180,
    1024,
    181,
    1303,
    182,
    1303,
    183,
    651,
    184,
    1024,
    185,
    821,
    186,
    965,
    187,
    1253,
    188,
    1985,
    189,
    1985,
    190,
    1985,
    191,
    1087,
    192,
    1401,
    193,
    1401,
    194,
    1401,
    195,
    1401,
    196,
    1401,
    197,
    1401,
    198,
    1995,
    199,
    1430,
    200,
    1294,
    201,
    1294,
    202,
    1294,
    203,
    1294,
    204,
    604,
    205,
    604,
    206,
    604,
    207,
    604,
    208,
    1587,
    209,
    1532,
    210,
    1612,
    211,
    1612,
    212,
    1612,
    213,
    1612,
    214,
    1612,
    215,
    1716,
    216,
    1612,
    217,
    1499,
    218,
    1499,
    219,
    1499,
    220,
    1499,
    221,
    1251,
    222,
    1239,
    223,
    1290,
    224,
    1255,
    225,
    1255,
    226,
    1255,
    227,
    1255,
    228,
    1255,
    229,
    1255,
    230,
    2011,
    231,
    1126,
    232,
    1260,
    233,
    1260,
    234,
    1260,
    235,
    1260,
    236,
    569,
    237,
    569,
    238,
    569,
    239,
    569,
    240,
    1253,
    241,
    1298,
    242,
    1253,
    243,
    1253,
    244,
    1253,
    245,
    1253,
    246,
    1253,
    247,
    1716,
    248,
    1253,
    249,
    1298,
    250,
    1298,
    251,
    1298,
    252,
    1298,
    253,
    1212,
    254,
    1300,
    255,
    1212,
    8211,
    1024,
    8212,
    2048,
    8230,
    2048,
    8592,
    1716,
    8593,
    1716,
    8594,
    1716,
    8595,
    1716,
    9888,
    1836
  ],
  widening: [
    45,
    71,
    75,
    45,
    74,
    114,
    45,
    79,
    57,
    45,
    81,
    75,
    45,
    111,
    38,
    45,
    210,
    57,
    45,
    211,
    57,
    45,
    212,
    57,
    45,
    213,
    57,
    45,
    214,
    57,
    45,
    242,
    38,
    45,
    243,
    38,
    45,
    244,
    38,
    45,
    245,
    38,
    45,
    246,
    38,
    65,
    65,
    57,
    65,
    192,
    57,
    65,
    193,
    57,
    65,
    194,
    57,
    65,
    195,
    57,
    65,
    196,
    57,
    76,
    65,
    47,
    76,
    192,
    47,
    76,
    193,
    47,
    76,
    194,
    47,
    76,
    195,
    47,
    76,
    196,
    47,
    79,
    45,
    57,
    81,
    45,
    57,
    83,
    65,
    38,
    83,
    192,
    38,
    83,
    193,
    38,
    83,
    194,
    38,
    83,
    195,
    38,
    83,
    196,
    38,
    111,
    45,
    38,
    171,
    198,
    151,
    192,
    65,
    57,
    192,
    192,
    57,
    192,
    193,
    57,
    192,
    194,
    57,
    192,
    195,
    57,
    192,
    196,
    57,
    193,
    65,
    57,
    193,
    192,
    57,
    193,
    193,
    57,
    193,
    194,
    57,
    193,
    195,
    57,
    193,
    196,
    57,
    194,
    65,
    57,
    194,
    192,
    57,
    194,
    193,
    57,
    194,
    194,
    57,
    194,
    195,
    57,
    194,
    196,
    57,
    195,
    65,
    57,
    195,
    192,
    57,
    195,
    193,
    57,
    195,
    194,
    57,
    195,
    195,
    57,
    195,
    196,
    57,
    196,
    65,
    57,
    196,
    192,
    57,
    196,
    193,
    57,
    196,
    194,
    57,
    196,
    195,
    57,
    196,
    196,
    57,
    210,
    45,
    57,
    211,
    45,
    57,
    212,
    45,
    57,
    213,
    45,
    57,
    214,
    45,
    57,
    223,
    45,
    38,
    242,
    45,
    38,
    243,
    45,
    38,
    244,
    45,
    38,
    245,
    45,
    38,
    246,
    45,
    38
  ]
};
var BOLD = {
  unitsPerEm: 2048,
  missing: 1229,
  advances: [
    32,
    713,
    33,
    934,
    34,
    1067,
    35,
    1716,
    36,
    1425,
    37,
    2052,
    38,
    1786,
    39,
    627,
    40,
    936,
    41,
    936,
    42,
    1071,
    43,
    1716,
    44,
    778,
    45,
    850,
    46,
    778,
    47,
    748,
    48,
    1425,
    49,
    1425,
    50,
    1425,
    51,
    1425,
    52,
    1425,
    53,
    1425,
    54,
    1425,
    55,
    1425,
    56,
    1425,
    57,
    1425,
    58,
    819,
    59,
    819,
    60,
    1716,
    61,
    1716,
    62,
    1716,
    63,
    1188,
    64,
    2048,
    65,
    1585,
    66,
    1561,
    67,
    1503,
    68,
    1700,
    69,
    1399,
    70,
    1399,
    71,
    1681,
    72,
    1714,
    73,
    762,
    74,
    762,
    75,
    1587,
    76,
    1305,
    77,
    2038,
    78,
    1714,
    79,
    1741,
    80,
    1501,
    81,
    1741,
    82,
    1577,
    83,
    1475,
    84,
    1397,
    85,
    1663,
    86,
    1585,
    87,
    2259,
    88,
    1579,
    89,
    1483,
    90,
    1485,
    91,
    936,
    92,
    748,
    93,
    936,
    94,
    1716,
    95,
    1024,
    96,
    1024,
    97,
    1382,
    98,
    1466,
    99,
    1214,
    100,
    1466,
    101,
    1389,
    102,
    891,
    103,
    1466,
    104,
    1458,
    105,
    702,
    106,
    702,
    107,
    1362,
    108,
    702,
    109,
    2134,
    110,
    1458,
    111,
    1407,
    112,
    1466,
    113,
    1466,
    114,
    1010,
    115,
    1219,
    116,
    979,
    117,
    1458,
    118,
    1335,
    119,
    1892,
    120,
    1321,
    121,
    1335,
    122,
    1192,
    123,
    1458,
    124,
    748,
    125,
    1458,
    126,
    1716,
    160,
    713,
    161,
    934,
    162,
    1425,
    163,
    1425,
    164,
    1303,
    165,
    1425,
    166,
    748,
    167,
    1024,
    168,
    1024,
    169,
    2048,
    170,
    1155,
    171,
    1323,
    172,
    1716,
    173,
    850,
    174,
    2048,
    175,
    1024,
    176,
    1024,
    177,
    1716,
    178,
    897,
    179,
    897,
    180,
    1024,
    181,
    1507,
    182,
    1303,
    183,
    778,
    184,
    1024,
    185,
    897,
    186,
    1155,
    187,
    1323,
    188,
    2120,
    189,
    2120,
    190,
    2120,
    191,
    1188,
    192,
    1585,
    193,
    1585,
    194,
    1585,
    195,
    1585,
    196,
    1585,
    197,
    1585,
    198,
    2222,
    199,
    1503,
    200,
    1399,
    201,
    1399,
    202,
    1399,
    203,
    1399,
    204,
    762,
    205,
    762,
    206,
    762,
    207,
    762,
    208,
    1716,
    209,
    1714,
    210,
    1741,
    211,
    1741,
    212,
    1741,
    213,
    1741,
    214,
    1741,
    215,
    1716,
    216,
    1741,
    217,
    1663,
    218,
    1663,
    219,
    1663,
    220,
    1663,
    221,
    1483,
    222,
    1511,
    223,
    1473,
    224,
    1382,
    225,
    1382,
    226,
    1382,
    227,
    1382,
    228,
    1382,
    229,
    1382,
    230,
    2146,
    231,
    1214,
    232,
    1389,
    233,
    1389,
    234,
    1389,
    235,
    1389,
    236,
    702,
    237,
    702,
    238,
    702,
    239,
    702,
    240,
    1407,
    241,
    1458,
    242,
    1407,
    243,
    1407,
    244,
    1407,
    245,
    1407,
    246,
    1407,
    247,
    1716,
    248,
    1407,
    249,
    1458,
    250,
    1458,
    251,
    1458,
    252,
    1458,
    253,
    1335,
    254,
    1466,
    255,
    1335,
    8211,
    1024,
    8212,
    2048,
    8230,
    2048,
    8592,
    1716,
    8593,
    1716,
    8594,
    1716,
    8595,
    1716,
    9888,
    1836
  ],
  widening: [
    65,
    44,
    38,
    65,
    46,
    38,
    65,
    58,
    38,
    65,
    59,
    38,
    67,
    45,
    47,
    67,
    83,
    38,
    68,
    45,
    38,
    79,
    45,
    38,
    80,
    121,
    38,
    80,
    253,
    38,
    80,
    255,
    38,
    81,
    45,
    38,
    82,
    44,
    38,
    82,
    46,
    38,
    84,
    84,
    47,
    192,
    44,
    38,
    192,
    46,
    38,
    192,
    58,
    38,
    192,
    59,
    38,
    193,
    44,
    38,
    193,
    46,
    38,
    193,
    58,
    38,
    193,
    59,
    38,
    194,
    44,
    38,
    194,
    46,
    38,
    194,
    58,
    38,
    194,
    59,
    38,
    195,
    44,
    38,
    195,
    46,
    38,
    195,
    58,
    38,
    195,
    59,
    38,
    196,
    44,
    38,
    196,
    46,
    38,
    196,
    58,
    38,
    196,
    59,
    38,
    199,
    45,
    47,
    199,
    83,
    38,
    208,
    45,
    38,
    210,
    45,
    38,
    211,
    45,
    38,
    212,
    45,
    38,
    213,
    45,
    38,
    214,
    45,
    38,
    216,
    45,
    38
  ]
};

// src/snapshot/xml-escape.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/format/escape.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
var spelledOut = (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : `\\u{${c.codePointAt(0).toString(16)}}`;
function visible(text2) {
  return text2.replace(INVISIBLE, spelledOut);
}
function elide(text2, width) {
  const chars = Array.from(visible(text2));
  if (chars.length <= width) return chars.join("");
  const head = Math.ceil((width - 1) / 2);
  return chars.slice(0, head).join("") + "\u2026" + chars.slice(chars.length - (width - 1 - head)).join("");
}
function plainInCodeSpan(text2) {
  return text2 !== "" && !/[`|<>&]/u.test(text2) && text2.trim() === text2 && !/\s\s/u.test(text2);
}
var entity = (c) => `&#${c.codePointAt(0)};`;
function mdCode(text2) {
  const shown = visible(text2);
  if (plainInCodeSpan(shown)) return `\`${shown}\``;
  return `<code>${shown.replace(/[^A-Za-z0-9 ./-]/gu, entity)}</code>`;
}
function mdText(text2) {
  return visible(text2).replace(/[^A-Za-z0-9 ,.:;/'()-]/gu, entity);
}
function mdUrl(url) {
  return url.replace(/[\u0000-\u0020()<>"'`|\\\u007f]/gu, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
}
function blobUrl(repoUrl, sha, path) {
  return `${repoUrl.replace(/\/+$/u, "")}/blob/${encodeURIComponent(sha)}/${path.split("/").map(encodeURIComponent).join("/")}`;
}
function mermaidLabel(text2) {
  return visible(text2).replace(/[^A-Za-z0-9 ./_-]/gu, (c) => `#${c.codePointAt(0)};`);
}

// src/snapshot/xml-escape.ts
var NOT_XML = /[\ufffe\uffff]/gu;
function svgText(text2) {
  return visible(text2).replace(NOT_XML, spelledOut);
}
function escapeXml(text2) {
  return svgText(text2).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/snapshot/text-width.ts
function face(metrics) {
  const { advances, widening } = metrics;
  return {
    unitsPerEm: metrics.unitsPerEm,
    missing: metrics.missing,
    advanceOf: new Map(Array.from({ length: advances.length / 2 }, (_, i) => [advances[2 * i], advances[2 * i + 1]])),
    widening: new Map(
      Array.from({ length: widening.length / 3 }, (_, i) => [`${widening[3 * i]} ${widening[3 * i + 1]}`, widening[3 * i + 2]])
    )
  };
}
var FACES = { normal: face(REGULAR), bold: face(BOLD) };
var HIDDEN = /[\u034f\u17b4\u17b5\u180b-\u180d\u180f\ufe00-\ufe0f\ufff0-\ufff8\u{e0000}\u{e0002}-\u{e001f}\u{e0080}-\u{e0fff}]/gu;
function textWidth(text2, size, weight = "normal") {
  const font = FACES[weight];
  const spaced = text2.replace(/ {2,}/g, " ").replace(/^ | $/g, "");
  const drawn = Array.from(spaced.normalize("NFC").replace(HIDDEN, "")).flatMap(
    (c) => Array.from(font.advanceOf.has(c.codePointAt(0)) ? c : c.normalize("NFD"), (part) => part.codePointAt(0))
  );
  const units = drawn.reduce(
    (sum, c, i) => sum + (font.advanceOf.get(c) ?? font.missing) + (i ? font.widening.get(`${drawn[i - 1]} ${c}`) ?? 0 : 0),
    0
  );
  return units * size / font.unitsPerEm;
}
function fitWidth(text2, width, size, weight = "normal") {
  const shown = svgText(text2);
  if (textWidth(shown, size, weight) <= width) return shown;
  const chars = Array.from(shown);
  const cut = (head2, tail2) => `${chars.slice(0, head2).join("")}\u2026${chars.slice(chars.length - tail2).join("")}`;
  let [head, tail] = [0, 0];
  while (head + tail < chars.length) {
    const [h, t] = head <= tail ? [head + 1, tail] : [head, tail + 1];
    if (textWidth(cut(h, t), size, weight) > width) break;
    [head, tail] = [h, t];
  }
  return cut(head, tail);
}

// src/snapshot/legend-svg.ts
var CARD = { width: 800, height: 520 };
var LEGEND = { left: 584, top: 92, right: 790, rowHeight: 24, textSize: 15 };
var NAME_GAP = 8;
function legendRows(scene) {
  const deepest = scene.ringCounts.length - 1;
  const rows = [{ colour: CHANGED_COLOUR, label: "changed", files: scene.ringCounts[0] ?? 0 }];
  for (let ring = 1; ring <= Math.min(deepest, RING_COLOURS.length); ring++) {
    const files = ring === RING_COLOURS.length ? scene.ringCounts.slice(ring).reduce((s, n) => s + n, 0) : scene.ringCounts[ring] ?? 0;
    rows.push({ colour: ringColour(ring), label: ringLabel(ring, deepest), files });
  }
  rows.push({ colour: OUTSIDE_COLOUR, label: "not affected", files: scene.nodes.length - scene.affected - (scene.ringCounts[0] ?? 0) });
  return rows;
}
function legendSvg(scene) {
  const out = [];
  out.push(text(16, 30, 18, TEXT_COLOUR, fitWidth(scene.title, CARD.width - 32, 18, "bold"), ' font-weight="bold"'));
  const atImport = scene.atImport !== scene.affected ? ` \xB7 ${count(scene.atImport)} at import time` : "";
  out.push(text(16, 53, 14, MUTED_TEXT_COLOUR, scene.subtitle + atImport));
  const rows = legendRows(scene);
  out.push(ringsLegendSvg(rows));
  const left = legendLeft(rows);
  let y = LEGEND.top + rows.length * LEGEND.rowHeight + 8;
  for (const note of scene.notes) {
    for (const [i, line] of wrap(note, 29).entries()) {
      out.push(text(left, y, 12, "#f2cc60", `${i ? "   " : "\u26A0 "}${line}`));
      y += 16;
    }
  }
  out.push(
    text(
      16,
      CARD.height - 12,
      12,
      MUTED_TEXT_COLOUR,
      "distance from the centre = import steps from the change \xB7 one wedge per area \xB7 blast-radius"
    )
  );
  return `<g>${out.join("")}</g>`;
}
function legendLeft(rows) {
  const widest = (texts) => Math.max(...texts.map((t) => textWidth(t, LEGEND.textSize)));
  const needed = 18 + widest(rows.map((r) => r.label)) + NAME_GAP + widest(rows.map((r) => count(r.files)));
  return Math.min(LEGEND.left, Math.floor(LEGEND.right - 40 - needed));
}
function ringsLegendSvg(rows) {
  const out = [];
  const { right, rowHeight, textSize } = LEGEND;
  const left = legendLeft(rows);
  let y = LEGEND.top;
  const widest = Math.max(...rows.map((r) => r.files));
  const countRight = right - 40;
  for (const row of rows) {
    out.push(`<circle cx="${left + 6}" cy="${y - 5}" r="6" fill="${row.colour}"/>`);
    out.push(text(left + 18, y, textSize, TEXT_COLOUR, row.label));
    out.push(text(countRight, y, textSize, TEXT_COLOUR, count(row.files), ' text-anchor="end"'));
    const bar = widest ? 34 * row.files / widest : 0;
    out.push(`<rect x="${countRight + 6}" y="${y - 10}" width="${bar.toFixed(1)}" height="10" rx="2" fill="${row.colour}" opacity="0.8"/>`);
    y += rowHeight;
  }
  return out.join("");
}
function text(x, y, size, fill, body, extra = "") {
  return `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(body)}</text>`;
}
function wrap(text2, width) {
  const lines = [];
  let line = "";
  for (const word of text2.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

// src/snapshot/card-bands.ts
var WHOLE_CARD = { top: 0, bottom: CARD.height };
function cardBands(count2) {
  const at = (i) => Math.round(i * CARD.height / count2);
  return Array.from({ length: count2 }, (_, i) => ({ top: at(i), bottom: at(i + 1) }));
}

// src/snapshot/render-png.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// node_modules/@resvg/resvg-wasm/index.mjs
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var wasm;
var heap = new Array(128).fill(void 0);
heap.push(void 0, null, true, false);
var heap_next = heap.length;
function addHeapObject(obj) {
  if (heap_next === heap.length)
    heap.push(heap.length + 1);
  const idx = heap_next;
  heap_next = heap[idx];
  heap[idx] = obj;
  return idx;
}
function getObject(idx) {
  return heap[idx];
}
function dropObject(idx) {
  if (idx < 132)
    return;
  heap[idx] = heap_next;
  heap_next = idx;
}
function takeObject(idx) {
  const ret = getObject(idx);
  dropObject(idx);
  return ret;
}
var WASM_VECTOR_LEN = 0;
var cachedUint8Memory0 = null;
function getUint8Memory0() {
  if (cachedUint8Memory0 === null || cachedUint8Memory0.byteLength === 0) {
    cachedUint8Memory0 = new Uint8Array(wasm.memory.buffer);
  }
  return cachedUint8Memory0;
}
var cachedTextEncoder = typeof TextEncoder !== "undefined" ? new TextEncoder("utf-8") : { encode: () => {
  throw Error("TextEncoder not available");
} };
var encodeString = typeof cachedTextEncoder.encodeInto === "function" ? function(arg, view) {
  return cachedTextEncoder.encodeInto(arg, view);
} : function(arg, view) {
  const buf = cachedTextEncoder.encode(arg);
  view.set(buf);
  return {
    read: arg.length,
    written: buf.length
  };
};
function passStringToWasm0(arg, malloc, realloc) {
  if (realloc === void 0) {
    const buf = cachedTextEncoder.encode(arg);
    const ptr2 = malloc(buf.length, 1) >>> 0;
    getUint8Memory0().subarray(ptr2, ptr2 + buf.length).set(buf);
    WASM_VECTOR_LEN = buf.length;
    return ptr2;
  }
  let len = arg.length;
  let ptr = malloc(len, 1) >>> 0;
  const mem = getUint8Memory0();
  let offset = 0;
  for (; offset < len; offset++) {
    const code = arg.charCodeAt(offset);
    if (code > 127)
      break;
    mem[ptr + offset] = code;
  }
  if (offset !== len) {
    if (offset !== 0) {
      arg = arg.slice(offset);
    }
    ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
    const view = getUint8Memory0().subarray(ptr + offset, ptr + len);
    const ret = encodeString(arg, view);
    offset += ret.written;
    ptr = realloc(ptr, len, offset, 1) >>> 0;
  }
  WASM_VECTOR_LEN = offset;
  return ptr;
}
function isLikeNone(x) {
  return x === void 0 || x === null;
}
var cachedInt32Memory0 = null;
function getInt32Memory0() {
  if (cachedInt32Memory0 === null || cachedInt32Memory0.byteLength === 0) {
    cachedInt32Memory0 = new Int32Array(wasm.memory.buffer);
  }
  return cachedInt32Memory0;
}
var cachedTextDecoder = typeof TextDecoder !== "undefined" ? new TextDecoder("utf-8", { ignoreBOM: true, fatal: true }) : { decode: () => {
  throw Error("TextDecoder not available");
} };
if (typeof TextDecoder !== "undefined") {
  cachedTextDecoder.decode();
}
function getStringFromWasm0(ptr, len) {
  ptr = ptr >>> 0;
  return cachedTextDecoder.decode(getUint8Memory0().subarray(ptr, ptr + len));
}
function _assertClass(instance, klass) {
  if (!(instance instanceof klass)) {
    throw new Error(`expected instance of ${klass.name}`);
  }
  return instance.ptr;
}
function handleError(f, args) {
  try {
    return f.apply(this, args);
  } catch (e) {
    wasm.__wbindgen_exn_store(addHeapObject(e));
  }
}
var BBoxFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_bbox_free(ptr >>> 0));
var BBox = class _BBox {
  static __wrap(ptr) {
    ptr = ptr >>> 0;
    const obj = Object.create(_BBox.prototype);
    obj.__wbg_ptr = ptr;
    BBoxFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    BBoxFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_bbox_free(ptr);
  }
  /**
  * @returns {number}
  */
  get x() {
    const ret = wasm.__wbg_get_bbox_x(this.__wbg_ptr);
    return ret;
  }
  /**
  * @param {number} arg0
  */
  set x(arg0) {
    wasm.__wbg_set_bbox_x(this.__wbg_ptr, arg0);
  }
  /**
  * @returns {number}
  */
  get y() {
    const ret = wasm.__wbg_get_bbox_y(this.__wbg_ptr);
    return ret;
  }
  /**
  * @param {number} arg0
  */
  set y(arg0) {
    wasm.__wbg_set_bbox_y(this.__wbg_ptr, arg0);
  }
  /**
  * @returns {number}
  */
  get width() {
    const ret = wasm.__wbg_get_bbox_width(this.__wbg_ptr);
    return ret;
  }
  /**
  * @param {number} arg0
  */
  set width(arg0) {
    wasm.__wbg_set_bbox_width(this.__wbg_ptr, arg0);
  }
  /**
  * @returns {number}
  */
  get height() {
    const ret = wasm.__wbg_get_bbox_height(this.__wbg_ptr);
    return ret;
  }
  /**
  * @param {number} arg0
  */
  set height(arg0) {
    wasm.__wbg_set_bbox_height(this.__wbg_ptr, arg0);
  }
};
var RenderedImageFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_renderedimage_free(ptr >>> 0));
var RenderedImage = class _RenderedImage {
  static __wrap(ptr) {
    ptr = ptr >>> 0;
    const obj = Object.create(_RenderedImage.prototype);
    obj.__wbg_ptr = ptr;
    RenderedImageFinalization.register(obj, obj.__wbg_ptr, obj);
    return obj;
  }
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    RenderedImageFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_renderedimage_free(ptr);
  }
  /**
  * Get the PNG width
  * @returns {number}
  */
  get width() {
    const ret = wasm.renderedimage_width(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
  * Get the PNG height
  * @returns {number}
  */
  get height() {
    const ret = wasm.renderedimage_height(this.__wbg_ptr);
    return ret >>> 0;
  }
  /**
  * Write the image data to Uint8Array
  * @returns {Uint8Array}
  */
  asPng() {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.renderedimage_asPng(retptr, this.__wbg_ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      var r2 = getInt32Memory0()[retptr / 4 + 2];
      if (r2) {
        throw takeObject(r1);
      }
      return takeObject(r0);
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
  /**
  * Get the RGBA pixels of the image
  * @returns {Uint8Array}
  */
  get pixels() {
    const ret = wasm.renderedimage_pixels(this.__wbg_ptr);
    return takeObject(ret);
  }
};
var ResvgFinalization = typeof FinalizationRegistry === "undefined" ? { register: () => {
}, unregister: () => {
} } : new FinalizationRegistry((ptr) => wasm.__wbg_resvg_free(ptr >>> 0));
var Resvg = class {
  __destroy_into_raw() {
    const ptr = this.__wbg_ptr;
    this.__wbg_ptr = 0;
    ResvgFinalization.unregister(this);
    return ptr;
  }
  free() {
    const ptr = this.__destroy_into_raw();
    wasm.__wbg_resvg_free(ptr);
  }
  /**
  * @param {Uint8Array | string} svg
  * @param {string | undefined} [options]
  * @param {Array<any> | undefined} [custom_font_buffers]
  */
  constructor(svg, options, custom_font_buffers) {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      var ptr0 = isLikeNone(options) ? 0 : passStringToWasm0(options, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      var len0 = WASM_VECTOR_LEN;
      wasm.resvg_new(retptr, addHeapObject(svg), ptr0, len0, isLikeNone(custom_font_buffers) ? 0 : addHeapObject(custom_font_buffers));
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      var r2 = getInt32Memory0()[retptr / 4 + 2];
      if (r2) {
        throw takeObject(r1);
      }
      this.__wbg_ptr = r0 >>> 0;
      return this;
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
  /**
  * Get the SVG width
  * @returns {number}
  */
  get width() {
    const ret = wasm.resvg_width(this.__wbg_ptr);
    return ret;
  }
  /**
  * Get the SVG height
  * @returns {number}
  */
  get height() {
    const ret = wasm.resvg_height(this.__wbg_ptr);
    return ret;
  }
  /**
  * Renders an SVG in Wasm
  * @returns {RenderedImage}
  */
  render() {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.resvg_render(retptr, this.__wbg_ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      var r2 = getInt32Memory0()[retptr / 4 + 2];
      if (r2) {
        throw takeObject(r1);
      }
      return RenderedImage.__wrap(r0);
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
  /**
  * Output usvg-simplified SVG string
  * @returns {string}
  */
  toString() {
    let deferred1_0;
    let deferred1_1;
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.resvg_toString(retptr, this.__wbg_ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      deferred1_0 = r0;
      deferred1_1 = r1;
      return getStringFromWasm0(r0, r1);
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
      wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
  }
  /**
  * Calculate a maximum bounding box of all visible elements in this SVG.
  *
  * Note: path bounding box are approx values.
  * @returns {BBox | undefined}
  */
  innerBBox() {
    const ret = wasm.resvg_innerBBox(this.__wbg_ptr);
    return ret === 0 ? void 0 : BBox.__wrap(ret);
  }
  /**
  * Calculate a maximum bounding box of all visible elements in this SVG.
  * This will first apply transform.
  * Similar to `SVGGraphicsElement.getBBox()` DOM API.
  * @returns {BBox | undefined}
  */
  getBBox() {
    const ret = wasm.resvg_getBBox(this.__wbg_ptr);
    return ret === 0 ? void 0 : BBox.__wrap(ret);
  }
  /**
  * Use a given `BBox` to crop the svg. Currently this method simply changes
  * the viewbox/size of the svg and do not move the elements for simplicity
  * @param {BBox} bbox
  */
  cropByBBox(bbox) {
    _assertClass(bbox, BBox);
    wasm.resvg_cropByBBox(this.__wbg_ptr, bbox.__wbg_ptr);
  }
  /**
  * @returns {Array<any>}
  */
  imagesToResolve() {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      wasm.resvg_imagesToResolve(retptr, this.__wbg_ptr);
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      var r2 = getInt32Memory0()[retptr / 4 + 2];
      if (r2) {
        throw takeObject(r1);
      }
      return takeObject(r0);
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
  /**
  * @param {string} href
  * @param {Uint8Array} buffer
  */
  resolveImage(href, buffer) {
    try {
      const retptr = wasm.__wbindgen_add_to_stack_pointer(-16);
      const ptr0 = passStringToWasm0(href, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
      const len0 = WASM_VECTOR_LEN;
      wasm.resvg_resolveImage(retptr, this.__wbg_ptr, ptr0, len0, addHeapObject(buffer));
      var r0 = getInt32Memory0()[retptr / 4 + 0];
      var r1 = getInt32Memory0()[retptr / 4 + 1];
      if (r1) {
        throw takeObject(r0);
      }
    } finally {
      wasm.__wbindgen_add_to_stack_pointer(16);
    }
  }
};
async function __wbg_load(module, imports) {
  if (typeof Response === "function" && module instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === "function") {
      try {
        return await WebAssembly.instantiateStreaming(module, imports);
      } catch (e) {
        if (module.headers.get("Content-Type") != "application/wasm") {
          console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);
        } else {
          throw e;
        }
      }
    }
    const bytes = await module.arrayBuffer();
    return await WebAssembly.instantiate(bytes, imports);
  } else {
    const instance = await WebAssembly.instantiate(module, imports);
    if (instance instanceof WebAssembly.Instance) {
      return { instance, module };
    } else {
      return instance;
    }
  }
}
function __wbg_get_imports() {
  const imports = {};
  imports.wbg = {};
  imports.wbg.__wbg_new_28c511d9baebfa89 = function(arg0, arg1) {
    const ret = new Error(getStringFromWasm0(arg0, arg1));
    return addHeapObject(ret);
  };
  imports.wbg.__wbindgen_memory = function() {
    const ret = wasm.memory;
    return addHeapObject(ret);
  };
  imports.wbg.__wbg_buffer_12d079cc21e14bdb = function(arg0) {
    const ret = getObject(arg0).buffer;
    return addHeapObject(ret);
  };
  imports.wbg.__wbg_newwithbyteoffsetandlength_aa4a17c33a06e5cb = function(arg0, arg1, arg2) {
    const ret = new Uint8Array(getObject(arg0), arg1 >>> 0, arg2 >>> 0);
    return addHeapObject(ret);
  };
  imports.wbg.__wbindgen_object_drop_ref = function(arg0) {
    takeObject(arg0);
  };
  imports.wbg.__wbg_new_63b92bc8671ed464 = function(arg0) {
    const ret = new Uint8Array(getObject(arg0));
    return addHeapObject(ret);
  };
  imports.wbg.__wbg_values_839f3396d5aac002 = function(arg0) {
    const ret = getObject(arg0).values();
    return addHeapObject(ret);
  };
  imports.wbg.__wbg_next_196c84450b364254 = function() {
    return handleError(function(arg0) {
      const ret = getObject(arg0).next();
      return addHeapObject(ret);
    }, arguments);
  };
  imports.wbg.__wbg_done_298b57d23c0fc80c = function(arg0) {
    const ret = getObject(arg0).done;
    return ret;
  };
  imports.wbg.__wbg_value_d93c65011f51a456 = function(arg0) {
    const ret = getObject(arg0).value;
    return addHeapObject(ret);
  };
  imports.wbg.__wbg_instanceof_Uint8Array_2b3bbecd033d19f6 = function(arg0) {
    let result;
    try {
      result = getObject(arg0) instanceof Uint8Array;
    } catch (_) {
      result = false;
    }
    const ret = result;
    return ret;
  };
  imports.wbg.__wbindgen_string_get = function(arg0, arg1) {
    const obj = getObject(arg1);
    const ret = typeof obj === "string" ? obj : void 0;
    var ptr1 = isLikeNone(ret) ? 0 : passStringToWasm0(ret, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    var len1 = WASM_VECTOR_LEN;
    getInt32Memory0()[arg0 / 4 + 1] = len1;
    getInt32Memory0()[arg0 / 4 + 0] = ptr1;
  };
  imports.wbg.__wbg_new_16b304a2cfa7ff4a = function() {
    const ret = new Array();
    return addHeapObject(ret);
  };
  imports.wbg.__wbindgen_string_new = function(arg0, arg1) {
    const ret = getStringFromWasm0(arg0, arg1);
    return addHeapObject(ret);
  };
  imports.wbg.__wbg_push_a5b05aedc7234f9f = function(arg0, arg1) {
    const ret = getObject(arg0).push(getObject(arg1));
    return ret;
  };
  imports.wbg.__wbg_length_c20a40f15020d68a = function(arg0) {
    const ret = getObject(arg0).length;
    return ret;
  };
  imports.wbg.__wbg_set_a47bac70306a19a7 = function(arg0, arg1, arg2) {
    getObject(arg0).set(getObject(arg1), arg2 >>> 0);
  };
  imports.wbg.__wbindgen_throw = function(arg0, arg1) {
    throw new Error(getStringFromWasm0(arg0, arg1));
  };
  return imports;
}
function __wbg_init_memory(imports, maybe_memory) {
}
function __wbg_finalize_init(instance, module) {
  wasm = instance.exports;
  __wbg_init.__wbindgen_wasm_module = module;
  cachedInt32Memory0 = null;
  cachedUint8Memory0 = null;
  return wasm;
}
async function __wbg_init(input) {
  if (wasm !== void 0)
    return wasm;
  if (typeof input === "undefined") {
    input = new URL("index_bg.wasm", void 0);
  }
  const imports = __wbg_get_imports();
  if (typeof input === "string" || typeof Request === "function" && input instanceof Request || typeof URL === "function" && input instanceof URL) {
    input = fetch(input);
  }
  __wbg_init_memory(imports);
  const { instance, module } = await __wbg_load(await input, imports);
  return __wbg_finalize_init(instance, module);
}
var dist_default = __wbg_init;
var initialized = false;
var initWasm = async (module_or_path) => {
  if (initialized) {
    throw new Error("Already initialized. The `initWasm()` function can be used only once.");
  }
  await dist_default(await module_or_path);
  initialized = true;
};
var Resvg2 = class extends Resvg {
  /**
   * @param {Uint8Array | string} svg
   * @param {ResvgRenderOptions | undefined} options
   */
  constructor(svg, options) {
    if (!initialized)
      throw new Error("Wasm has not been initialized. Call `initWasm()` function.");
    const font = options?.font;
    if (!!font && isCustomFontsOptions(font)) {
      const serializableOptions = {
        ...options,
        font: {
          ...font,
          fontBuffers: void 0
        }
      };
      super(svg, JSON.stringify(serializableOptions), font.fontBuffers);
    } else {
      super(svg, JSON.stringify(options));
    }
  }
};
function isCustomFontsOptions(value) {
  return Object.prototype.hasOwnProperty.call(value, "fontBuffers");
}

// src/snapshot/halve-pixels.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function halvePixels({ width, height, rgba }) {
  if (width % 2 || height % 2) throw new Error(`halvePixels: ${width} \xD7 ${height} is not an even size`);
  const half = { width: width / 2, height: height / 2 };
  const out = new Uint8Array(half.width * half.height * 4);
  const stride = width * 4;
  let to = 0;
  for (let y = 0; y < half.height; y++) {
    for (let top = 2 * y * stride, end = top + stride; top < end; top += 8) {
      const bottom = top + stride;
      for (let channel = 0; channel < 4; channel++, to++) {
        const a = top + channel;
        const b = bottom + channel;
        out[to] = rgba[a] + rgba[a + 4] + rgba[b] + rgba[b + 4] + 2 >> 2;
      }
    }
  }
  return { ...half, rgba: out };
}

// src/snapshot/png-encode.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { constants, deflateRawSync } from "node:zlib";
var LEVEL_STEP = 8;
var LEVELS = Uint8Array.from({ length: 256 }, (_, v) => Math.min(255, Math.round(v / LEVEL_STEP) * LEVEL_STEP));
var SUB_FILTER = 1;
function encodeRows({ width, height, rgba }) {
  const stride = width * 3;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    let to = y * (stride + 1);
    rows[to++] = SUB_FILTER;
    let leftRed = 0;
    let leftGreen = 0;
    let leftBlue = 0;
    for (let from = 4 * y * width, end = from + 4 * width; from < end; from += 4, to += 3) {
      const red = LEVELS[rgba[from]];
      const green = LEVELS[rgba[from + 1]];
      const blue = LEVELS[rgba[from + 2]];
      rows[to] = red - leftRed & 255;
      rows[to + 1] = green - leftGreen & 255;
      rows[to + 2] = blue - leftBlue & 255;
      leftRed = red;
      leftGreen = green;
      leftBlue = blue;
    }
  }
  const deflated = deflateRawSync(rows, { level: 4, strategy: constants.Z_FILTERED, memLevel: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return { width, height, idat: chunk("IDAT", deflated), adler: adler32(rows), length: rows.length };
}
function assemblePng(parts) {
  const width = parts[0].width;
  if (parts.some((part) => part.width !== width)) throw new Error("assemblePng: parts of different widths");
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(
    parts.reduce((sum, part) => sum + part.height, 0),
    4
  );
  header.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  let adler = 1;
  for (const part of parts) adler = adler32Combine(adler, part.adler, part.length);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler, 0);
  const [head, tail] = [chunk("IDAT", Buffer.from([120, 156])), chunk("IDAT", Buffer.concat([Buffer.from([3, 0]), trailer]))];
  return Buffer.concat([signature, chunk("IHDR", header), head, ...parts.map((part) => part.idat), tail, chunk("IEND", Buffer.alloc(0))]);
}
var ADLER_BASE = 65521;
var ADLER_RUN = 5552;
function adler32(bytes) {
  let [a, b] = [1, 0];
  for (let i = 0; i < bytes.length; ) {
    for (const end = Math.min(i + ADLER_RUN, bytes.length); i < end; i++) {
      a += bytes[i];
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return b * 65536 + a >>> 0;
}
function adler32Combine(first, second, secondLength) {
  const rem = secondLength % ADLER_BASE;
  const a1 = first & 65535;
  const a = (a1 + (second & 65535) + ADLER_BASE - 1) % ADLER_BASE;
  const b = (rem * a1 % ADLER_BASE + (first >>> 16) + (second >>> 16) + ADLER_BASE - rem) % ADLER_BASE;
  return b * 65536 + a >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}
var table;
function crc32(bytes) {
  table ??= Uint32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 3988292384 ^ c >>> 1 : c >>> 1;
    return c >>> 0;
  });
  let crc = 4294967295;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 255] ^ crc >>> 8;
  return (crc ^ 4294967295) >>> 0;
}

// src/snapshot/render-png.ts
var FONT_FILES = ["fonts/DejaVuSans-subset.ttf", "fonts/DejaVuSans-Bold-subset.ttf"];
var ready;
function loadRenderer() {
  ready ??= (async () => {
    await initWasm(await readFile(wasmFile("@resvg/resvg-wasm/index_bg.wasm")));
    return Promise.all(FONT_FILES.map(async (file) => new Uint8Array(await readFile(fileURLToPath(new URL(file, import.meta.url))))));
  })();
  return ready;
}
async function renderBand(svg2x) {
  const pixels = await renderPixels(svg2x);
  return { png: encodeRows(halvePixels(pixels)), png2x: encodeRows(pixels) };
}
function assembleCards(bands) {
  return { png: assemblePng(bands.map((band) => band.png)), png2x: assemblePng(bands.map((band) => band.png2x)) };
}
async function renderPixels(svg) {
  const fontBuffers = await loadRenderer();
  const resvg = new Resvg2(svg, {
    font: { fontBuffers, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    shapeRendering: 2,
    textRendering: 1
  });
  try {
    const image = resvg.render();
    try {
      return { width: image.width, height: image.height, rgba: image.pixels };
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

// src/snapshot/render-cards.ts
var CHILD = fileURLToPath2(new URL("./render-child.js", import.meta.url));
var BANDS = cardBands(2);
var renderHere = (svg2x) => ({ sent: Promise.resolve(), band: renderBand(svg2x) });
function startCardRenderer() {
  const renderers = BANDS.map(() => existsSync(CHILD) ? childRenderer(CHILD) : renderHere);
  let handOver = () => {
  };
  const handedOver = new Promise((resolve) => handOver = resolve);
  const render = async (draw) => {
    const bands = BANDS.map((band, i) => renderers[i](draw(band)));
    void Promise.all(bands.map((band) => band.sent)).then(handOver);
    return assembleCards(await Promise.all(bands.map((band) => band.band)));
  };
  return Object.assign(render, { handedOver });
}
var ANSWER_WITHIN_MS = 5 * 60 * 1e3;
function childRenderer(script2, answerWithinMs = ANSWER_WITHIN_MS) {
  const child = fork(script2, [], { execArgv: ["--liftoff-only"], serialization: "advanced", stdio: ["ignore", "ignore", "ignore", "ipc"] });
  const handles = [child, child.channel];
  for (const handle of handles) handle?.unref();
  const answered = new Promise((resolve) => {
    const gone = () => {
      resolve(void 0);
    };
    child.once("message", resolve);
    child.on("error", gone);
    child.once("exit", gone);
  });
  let used = false;
  return (svg2x) => {
    if (used) throw new Error("a band renderer renders one band; start another for the next");
    used = true;
    for (const handle of handles) handle?.ref();
    const sent = new Promise((resolve) => {
      if (child.connected)
        child.send(svg2x, (error) => {
          if (error) child.kill();
          resolve();
        });
      else resolve();
    });
    let timer;
    const stuck = new Promise((_, reject) => {
      timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(new Error(`the snapshot's renderer did not answer within ${answerWithinMs / 1e3} s of being given the card`));
      }, answerWithinMs);
    });
    const band = Promise.race([answered, stuck]).then((answer) => {
      clearTimeout(timer);
      for (const handle of handles) handle?.unref();
      if (!answer) return renderBand(svg2x);
      if ("error" in answer) throw new Error(answer.error);
      return answer.band;
    });
    return { sent, band };
  };
}

// src/snapshot/write-snapshot.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/snapshot/scene.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/layout.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SHELL = 100;
var BAND = 0.22;
var SHELL_GAP = 0.35 * SHELL;
var SECTOR_GAP = 0.05;
function layout(paths, rings, areaOf, areas) {
  const sectors = sectorsOf(rings, areaOf, areas);
  const directions = new Float64Array(paths.length * 3);
  const members = Array.from({ length: areas }, () => []);
  for (const i of paths.map((_, i2) => i2).sort((a, b) => byCodePoint(paths[a], paths[b]))) members[areaOf[i]].push(i);
  const segments = paths.map((p) => p.split("/"));
  members.forEach((ids, area) => {
    const { start, width } = sectors[area];
    placeGroup(ids, 0, { lon: start, z: -BAND, width, height: 2 * BAND }, segments, directions);
  });
  const shells = shellsOf(rings);
  const positions = new Float64Array(paths.length * 3);
  for (let i = 0; i < paths.length; i++) {
    const ring = rings[i];
    const shell = shells[ring < 0 ? shells.length - 1 : ring];
    const radius = shell.inner + seededUnit(paths[i]) * (shell.outer - shell.inner);
    for (let axis = 0; axis < 3; axis++) positions[3 * i + axis] = round(directions[3 * i + axis] * radius);
  }
  return { positions, shells, sectors };
}
function sectorsOf(rings, areaOf, areas) {
  const weight = new Array(areas).fill(0);
  rings.forEach((ring, i) => weight[areaOf[i]] += ring >= 0 ? 3 : 1);
  const total = weight.reduce((s, w) => s + w, 0) || 1;
  const floor = 0.25 / Math.max(areas, 1);
  const shares = weight.map((w) => floor + (1 - floor * areas) * (w / total));
  const gap = areas > 1 ? SECTOR_GAP * 2 * Math.PI / areas : 0;
  let start = 0;
  return shares.map((share) => {
    const width = share * 2 * Math.PI;
    const sector = { start: start + gap / 2, width: Math.max(width - gap, width / 2) };
    start += width;
    return sector;
  });
}
function shellsOf(rings) {
  const counts = [0];
  let outside = 0;
  let changed = 0;
  for (const ring of rings) {
    if (ring < 0) outside++;
    else if (ring === 0) changed++;
    else counts[ring] = (counts[ring] ?? 0) + 1;
  }
  const largest = Math.max(1, outside, ...counts.map((n) => n ?? 0));
  const thickness = (n) => SHELL * (0.1 + 0.8 * Math.sqrt(n / largest));
  const shells = [{ inner: 0, outer: changed > 1 ? 0.3 * SHELL : 0 }];
  let at = Math.max(shells[0].outer + SHELL_GAP, SHELL * 0.8);
  for (let ring = 1; ring < counts.length; ring++) {
    const outer = at + thickness(counts[ring] ?? 0);
    shells.push({ inner: at, outer });
    at = outer + SHELL_GAP;
  }
  shells.push({ inner: at + SHELL_GAP, outer: at + SHELL_GAP + thickness(outside) });
  return shells;
}
function placeGroup(ids, depth, rect, segments, out) {
  const children = [];
  let key;
  for (const id of ids) {
    const parts = segments[id];
    const childKey = parts.length > depth + 1 ? `${parts[depth]}/` : parts[depth];
    if (childKey !== key || !childKey.endsWith("/")) children.push([]);
    key = childKey;
    children[children.length - 1].push(id);
  }
  placeChildren(children, 0, children.length, depth, rect, segments, out);
}
function placeChildren(children, from, to, depth, rect, segments, out) {
  if (from === to) return;
  if (to - from === 1) {
    const only = children[from];
    const first = only[0];
    if (only.length === 1 && segments[first].length === depth + 1) setDirection(first, rect, out);
    else placeGroup(only, depth + 1, rect, segments, out);
    return;
  }
  let total = 0;
  for (let i = from; i < to; i++) total += children[i].length;
  let split = from + 1;
  let before = children[from].length;
  while (split < to - 1 && Math.abs(total / 2 - (before + children[split].length)) < Math.abs(total / 2 - before)) {
    before += children[split].length;
    split++;
  }
  const share = before / total;
  const { lon, z, width, height } = rect;
  const shrink = Math.max(0.05, Math.sqrt(1 - (z + height / 2) ** 2));
  if (width * shrink >= height / shrink) {
    placeChildren(children, from, split, depth, { lon, z, width: width * share, height }, segments, out);
    placeChildren(children, split, to, depth, { lon: lon + width * share, z, width: width * (1 - share), height }, segments, out);
  } else {
    placeChildren(children, from, split, depth, { lon, z, width, height: height * share }, segments, out);
    placeChildren(children, split, to, depth, { lon, z: z + height * share, width, height: height * (1 - share) }, segments, out);
  }
}
function setDirection(id, rect, out) {
  const [x, y, z] = direction(rect.lon + rect.width / 2, rect.z + rect.height / 2);
  out[3 * id] = x;
  out[3 * id + 1] = y;
  out[3 * id + 2] = z;
}
function direction(lon, height) {
  const r = Math.sqrt(1 - height * height);
  return [r * Math.cos(lon), height, r * Math.sin(lon)];
}
function seededUnit(text2) {
  let h = 2166136261;
  for (let i = 0; i < text2.length; i++) h = Math.imul(h ^ text2.charCodeAt(i), 16777619);
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return ((h ^ h >>> 16) >>> 0) / 2 ** 32;
}
function round(value) {
  return Math.round(value * 100) / 100 || 0;
}

// src/snapshot/snapshot-areas.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/impact/areas.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var AREA_SHARE = 0.25;
var MIN_SHARE = 0.04;
var FEW_AREAS = 3;
function areasOf(paths) {
  const folders = /* @__PURE__ */ new Set(["."]);
  for (const path of paths) folders.add(topFolder(path));
  const known = /* @__PURE__ */ new Map();
  const areaOf = (path) => {
    const dir = dirOf(path);
    let area = known.get(dir);
    if (area === void 0) {
      area = ".";
      for (let folder = dir; folder; folder = dirOf(folder)) {
        if (!folders.has(folder)) continue;
        area = folder;
        break;
      }
      known.set(dir, area);
    }
    return area;
  };
  const counts = () => {
    const counted = /* @__PURE__ */ new Map();
    for (const path of paths) {
      const area = areaOf(path);
      counted.set(area, (counted.get(area) ?? 0) + 1);
    }
    return [...counted].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b));
  };
  const minimum = Math.max(2, Math.ceil(MIN_SHARE * paths.length));
  const split = /* @__PURE__ */ new Set();
  const settled = /* @__PURE__ */ new Set();
  let areas = counts();
  for (; ; ) {
    const few = areas.length < FEW_AREAS;
    const next = areas.find(([folder, n]) => !settled.has(folder) && folder !== "." && (few || n > AREA_SHARE * paths.length));
    if (!next) break;
    settled.add(next[0]);
    const children = subfolderCounts(paths, next[0], areaOf);
    const fit = [...children].filter(([, n]) => n >= (few ? 2 : minimum));
    if (!fit.length) continue;
    for (const [child] of fit) folders.add(child);
    known.clear();
    split.add(next[0]);
    areas = counts();
  }
  return { areas, split, areaOf };
}
function topFolder(path) {
  const slash = path.indexOf("/");
  return slash < 0 ? "." : path.slice(0, slash);
}
function subfolderCounts(paths, folder, areaOf) {
  const counts = /* @__PURE__ */ new Map();
  for (const path of paths) {
    if (areaOf(path) !== folder) continue;
    const slash = path.indexOf("/", folder.length + 1);
    if (slash < 0) continue;
    const child = path.slice(0, slash);
    counts.set(child, (counts.get(child) ?? 0) + 1);
  }
  return counts;
}

// src/snapshot/snapshot-areas.ts
var MAX_AREAS = 10;
var OTHER_AREAS = "other folders";
function snapshotAreas(paths, weighed) {
  const chosen = weighed.some(Boolean) ? paths.filter((_, i) => weighed[i]) : paths;
  const { areas, split, areaOf } = areasOf(chosen);
  const named = (areas.length > MAX_AREAS ? areas.slice(0, MAX_AREAS - 1) : areas).map(([folder]) => folder).sort(byCodePoint);
  const index = new Map(named.map((folder, i) => [folder, i]));
  const of = paths.map((path) => index.get(areaOf(path)) ?? named.length);
  const list = named.map(
    (folder) => folder === "." ? { name: "(top level)", prefix: "" } : { name: split.has(folder) ? `${folder} (rest)` : folder, prefix: `${folder}/` }
  );
  if (of.some((area) => area === named.length)) list.push({ name: OTHER_AREAS, prefix: "" });
  return { areas: list, areaOf: of };
}

// src/snapshot/scene.ts
function ringOf(node) {
  return node.role === "changed" ? 0 : node.role === "affected" ? node.ring : -1;
}
function buildScene(graph, impact) {
  const ids = new Map(graph.files.map((file, id) => [file.path, id]));
  const idOf = (path) => ids.get(path) ?? -1;
  const roles = graph.files.map(() => ({ role: "outside" }));
  for (const changed of impact.changed) roles[idOf(changed.path)] = { role: "changed" };
  for (const file of impact.affected.files) {
    roles[idOf(file.path)] = { role: "affected", ring: file.ring, via: idOf(file.via) };
  }
  const rings = roles.map(ringOf);
  const paths = graph.files.map((f) => f.path);
  const { areas: named, areaOf } = snapshotAreas(
    paths,
    rings.map((r) => r >= 0)
  );
  const { positions, shells, sectors } = layout(paths, rings, areaOf, named.length);
  const downstream = downstreamCounts(roles, impact, idOf);
  const atImport = atImportSet(graph, impact);
  const nodes = graph.files.map((file, id) => {
    const role = roles[id];
    const path = file.path;
    const x = positions[3 * id];
    const y = positions[3 * id + 1];
    const z = positions[3 * id + 2];
    const area = areaOf[id];
    const reached = role.role === "changed" || atImport.has(path);
    if (role.role !== "affected") return { role: role.role, path, x, y, z, downstream: downstream[id], area, atImport: reached };
    const { ring, via } = role;
    const viaLine = via < 0 ? void 0 : graph.edge(path, graph.files[via].path)?.line;
    return {
      role: "affected",
      ring,
      via,
      path,
      x,
      y,
      z,
      downstream: downstream[id],
      area,
      atImport: reached,
      ...viaLine === void 0 ? {} : { viaLine },
      ...via < 0 ? {} : { bend: bendOf(sectors[area], shells, ring) }
    };
  });
  const edges = [];
  graph.eachEdge((from, to, kinds, line) => edges.push(line ? { from, to, kind: kinds[0], line } : { from, to, kind: kinds[0] }));
  const ringCounts = [impact.changed.length];
  for (const ring of rings) if (ring > 0) ringCounts[ring] = (ringCounts[ring] ?? 0) + 1;
  const areas = named.map(({ name, prefix }, area) => {
    const byRing = ringCounts.map(() => 0);
    let files = 0;
    rings.forEach((ring, id) => {
      if (areaOf[id] !== area) return;
      files++;
      if (ring >= 0) byRing[ring]++;
    });
    const sector = sectors[area];
    const [x, y, z] = direction(sector.start + sector.width / 2, 0);
    const reach = shells[shells.length - 1].outer + 0.25 * SHELL;
    const anchor = [round(x * reach), round(y * reach), round(z * reach)];
    return { name, prefix, sector, anchor, files, byRing, affected: byRing.slice(1).reduce((s, n) => s + n, 0) };
  });
  const subtitle = `${count(impact.affected.total)} of ${plural(nodes.length, "file")} affected \xB7 ${plural(ringCounts.length - 1, "ring")}`;
  return {
    title: titleOf(impact),
    subtitle,
    nodes,
    edges,
    kinds: graph.kinds.map((k) => k.kind),
    ringCounts,
    affected: impact.affected.total,
    atImport: nodes.filter((n) => n.role === "affected" && n.atImport).length,
    areas,
    shells,
    notes: notesOf(graph, impact)
  };
}
function bendOf(sector, shells, ring) {
  const radius = (shells[ring].inner + shells[ring - 1].outer) / 2;
  const [x, y, z] = direction(sector.start + sector.width / 2, 0);
  return [round(x * radius), round(y * radius), round(z * radius)];
}
function atImportSet(graph, impact) {
  const kinds = new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind));
  const known = new Set(graph.files.map((f) => f.path));
  const seeds = impact.affected.files.filter((f) => f.ring === 1 && !known.has(f.via));
  const sources = impact.changed.map((c) => c.path).filter((p) => known.has(p));
  return new Set(graph.downstream(sources, { kinds, seeds }).map((f) => f.path));
}
function titleOf(impact) {
  const [first, ...rest] = impact.changed;
  if (!first) return "Blast radius: no changed file is in the import graph";
  return rest.length ? `Blast radius of ${impact.changed.length} changed files` : `Blast radius of ${first.path}`;
}
function downstreamCounts(roles, impact, idOf) {
  const counts = roles.map((r) => r.role === "affected" ? 1 : 0);
  for (let i = impact.affected.files.length - 1; i >= 0; i--) {
    const id = idOf(impact.affected.files[i].path);
    const role = roles[id];
    if (role.role === "affected" && roles[role.via]?.role === "affected") counts[role.via] += counts[id];
  }
  return counts;
}
function notesOf(graph, impact) {
  const notes = [];
  if (!impact.changed.length) {
    notes.push(
      impact.affected.total ? "No changed file is in the import graph: ring 1 is the files that still import a removed file or read a changed data file." : "None of the changed files is in the import graph: nothing was measured."
    );
  }
  if (graph.files.length < 2 || !graph.stats.edges) {
    notes.push(
      `The import graph holds ${plural(graph.files.length, "file")} and ${plural(graph.stats.edges, "import")}: too little to measure a blast radius.`
    );
  } else if (impact.changed.length && !impact.affected.total) {
    notes.push("No file in the graph imports the changed files.");
  }
  const unread = Object.values(graph.unread).reduce((sum, n) => sum + n, 0);
  if (unread) notes.push(`Not read (other languages): ${plural(unread, "file")}. Imports from them are not shown.`);
  if (graph.partial.length) notes.push(`Read only in part (syntax errors): ${plural(graph.partial.length, "file")}.`);
  return notes;
}

// src/snapshot/snapshot-svg.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/camera.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var AZIMUTH = 0.6;
var ELEVATION = 0.95;
function projector(view, radius) {
  const r = Math.max(radius, 1);
  const distance = 3 * r;
  const focal = 0.47 * view.height * (distance - r) / r;
  const [ca, sa, ce, se] = [Math.cos(AZIMUTH), Math.sin(AZIMUTH), Math.cos(ELEVATION), Math.sin(ELEVATION)];
  return (x, y, z) => {
    const x1 = ca * x - sa * z;
    const z1 = sa * x + ca * z;
    const y2 = ce * y - se * z1;
    const z2 = se * y + ce * z1;
    const depth = distance - z2;
    const scale = focal / depth;
    return { x: view.centreX + x1 * scale, y: view.centreY - y2 * scale, depth, scale };
  };
}

// src/snapshot/draw-order.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function drawOrder(rings, downstream, ids) {
  const byRing = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const members = byRing.get(rings[id]);
    if (members) members.push(id);
    else byRing.set(rings[id], [id]);
  }
  const share = /* @__PURE__ */ new Map();
  for (const [ring, members] of byRing) {
    members.sort((a, b) => downstream[b] - downstream[a] || a - b);
    members.forEach((id, rank) => share.set(id, ring === 0 || ring === 1 ? -1 : (rank + 0.5) / members.length));
  }
  return [...ids].sort((a, b) => share.get(a) - share.get(b) || rings[a] - rings[b] || a - b);
}

// src/snapshot/snapshot-svg.ts
var stageOf = (scene) => ({ left: 8, top: 66, right: legendLeft(legendRows(scene)) - 12, bottom: CARD.height - 30 });
var STILL_LINKS = 6e3;
var AREA_LABEL_SIZE = 12;
var AREA_NAME_WIDTH = 200;
var CHANGED_LABEL_SIZE = 13;
var CHANGED_LABEL_WIDTH = 400;
var HALO = {
  radius: 4.2,
  bright: 2.2,
  stops: [
    [0, 0.49],
    [0.2, 0.45],
    [0.33, 0.38],
    [0.52, 0.21],
    [0.72, 0.06],
    [0.84, 0.02],
    [1, 0]
  ]
};
function cardDrawing(scene, scale = 1) {
  const stage = stageOf(scene);
  const place = fitter(scene, stage);
  const points = scene.nodes.map((n) => place(n.x, n.y, n.z));
  const nearest = points.reduce((min, p) => Math.min(min, p.depth), Infinity);
  const farthest = points.reduce((max, p) => Math.max(max, p.depth), -Infinity);
  const nearness = (p) => farthest > nearest ? (farthest - p.depth) / (farthest - nearest) : 1;
  const centre = place(0, 0, 0);
  const radii = points.map((p, id) => nodeRadius(scene.nodes[id]) * (p.scale / centre.scale));
  const { width, height } = CARD;
  const below = [
    defs(),
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    `<ellipse cx="${px(centre.x)}" cy="${px(centre.y)}" rx="260" ry="200" fill="url(#glow)"/>`,
    guidesSvg(scene, place)
  ];
  const edges = edgeShapes(scene, points, place);
  const discs = discShapes(scene, points, radii, nearness);
  const above = [areaLabelsSvg(scene, stage, place, centre), changedLabelsSvg(scene, stage, points, radii), legendSvg(scene), "</svg>"];
  return (band = WHOLE_CARD) => {
    const inBand = (shape) => shape.bottom >= band.top - 1 && shape.top <= band.bottom + 1;
    const rows = band.bottom - band.top;
    const root = `<svg xmlns="http://www.w3.org/2000/svg" width="${width * scale}" height="${rows * scale}" viewBox="0 ${band.top} ${width} ${rows}" font-family="DejaVu Sans">`;
    const drawing = [
      ...below,
      edgesSvg(edges, inBand),
      `<g>${discs.filter(inBand).map((disc) => disc.svg).join("")}</g>`,
      ...above
    ];
    return `${root}
${drawing.join("\n")}`;
  };
}
function fitter(scene, stage) {
  const radius = scene.nodes.reduce((max, n) => Math.max(max, Math.hypot(n.x, n.y, n.z)), 0);
  const reach = scene.areas.reduce((max, a) => Math.max(max, Math.hypot(...a.anchor)), radius);
  const raw = projector({ width: 1e3, height: 1e3, centreX: 0, centreY: 0 }, reach);
  const rim = Math.max(scene.shells[scene.shells.length - 1]?.outer ?? 0, SHELL);
  const compass = [0, 1, 2, 3].map((q) => raw(rim * Math.cos(q * Math.PI / 2), 0, rim * Math.sin(q * Math.PI / 2)));
  const seen = [...scene.nodes.map((n) => raw(n.x, n.y, n.z)), ...scene.areas.map((a) => raw(...a.anchor)), ...compass];
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of seen) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const [padX, padY] = [40, 16];
  const fit = Math.min(
    (stage.right - stage.left - 2 * padX) / Math.max(maxX - minX, 1),
    (stage.bottom - stage.top - 2 * padY) / Math.max(maxY - minY, 1)
  );
  const offsetX = (stage.left + stage.right) / 2 - (minX + maxX) / 2 * fit;
  const offsetY = (stage.top + stage.bottom) / 2 - (minY + maxY) / 2 * fit;
  return (x, y, z) => {
    const p = raw(x, y, z);
    return { x: offsetX + p.x * fit, y: offsetY + p.y * fit, depth: p.depth, scale: p.scale * fit };
  };
}
function defs() {
  return [
    "<defs>",
    `<radialGradient id="glow"><stop offset="0" stop-color="#1f2a44" stop-opacity="0.8"/><stop offset="1" stop-color="${BACKGROUND}" stop-opacity="0"/></radialGradient>`,
    `<radialGradient id="changed" cx="0.35" cy="0.32" r="0.75"><stop offset="0" stop-color="#ffffff" stop-opacity="0.9"/><stop offset="0.3" stop-color="${CHANGED_COLOUR}"/><stop offset="1" stop-color="${CHANGED_COLOUR}" stop-opacity="0.7"/></radialGradient>`,
    `<radialGradient id="halo">${HALO.stops.map(([offset, opacity]) => `<stop offset="${offset}" stop-color="${CHANGED_COLOUR}" stop-opacity="${opacity}"/>`).join("")}</radialGradient>`,
    "</defs>"
  ].join("");
}
function guidesSvg(scene, place) {
  const out = [];
  const floor = (radius, lon) => place(radius * Math.cos(lon), 0, radius * Math.sin(lon));
  const last = scene.shells.length - 1;
  scene.shells.forEach((shell, ring) => {
    if (ring === 0) return;
    const radius = (shell.inner + shell.outer) / 2;
    const points = Array.from({ length: 97 }, (_, i) => floor(radius, i / 96 * 2 * Math.PI));
    const colour = ring === last ? OUTSIDE_COLOUR : ringColour(ring);
    out.push(
      `<path d="M${points.map((p) => `${px(p.x)} ${px(p.y)}`).join("L")}" fill="none" stroke="${colour}" stroke-width="0.8" stroke-opacity="0.35"/>`
    );
  });
  if (scene.areas.length > 1) {
    const [inner, outer] = [scene.shells[1]?.inner ?? 0, scene.shells[last].outer];
    for (const area of scene.areas) {
      const [a, b] = [floor(inner, area.sector.start), floor(outer, area.sector.start)];
      out.push(
        `<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(b.x)}" y2="${px(b.y)}" stroke="${MUTED_TEXT_COLOUR}" stroke-width="0.6" stroke-opacity="0.3"/>`
      );
    }
  }
  return `<g>${out.join("")}</g>`;
}
function edgeShapes(scene, points, place) {
  const byRing = /* @__PURE__ */ new Map();
  for (const { id, via, ring, bend } of drawnLinks(scene)) {
    const [a, b, c] = [points[id], points[via], place(...bend)];
    const group = Math.min(ring, RING_COLOURS.length);
    let curves = byRing.get(group);
    if (!curves) byRing.set(group, curves = []);
    const [top, bottom] = [Math.min(a.y, b.y, c.y), Math.max(a.y, b.y, c.y)];
    curves.push({ svg: `M${px(a.x)} ${px(a.y)}Q${px(c.x)} ${px(c.y)} ${px(b.x)} ${px(b.y)}`, top, bottom });
  }
  return [...byRing].sort((a, b) => b[0] - a[0]);
}
function drawnLinks(scene) {
  const linked = [];
  scene.nodes.forEach((node, id) => {
    if (node.role === "affected" && node.via >= 0 && node.bend) linked.push({ id, via: node.via, ring: node.ring, bend: node.bend });
  });
  if (linked.length <= STILL_LINKS) return linked;
  const rings = scene.nodes.map(ringOf);
  const downstream = scene.nodes.map((node) => node.downstream);
  const drawn = new Set(
    drawOrder(
      rings,
      downstream,
      linked.map((link) => link.id)
    ).slice(0, STILL_LINKS)
  );
  return linked.filter((link) => drawn.has(link.id));
}
function edgesSvg(byRing, inBand) {
  return byRing.map(
    // Not anti-aliased: faint and 1.2 px wide at 2x, they look the same, and resvg draws them in half the time
    // (anti-aliasing was 20 % of Django's render); the 1x card, halved from the 2x, is smoothed by the halving.
    ([ring, curves]) => `<path d="${curves.filter(inBand).map((curve) => curve.svg).join("")}" fill="none" stroke="${ringColour(ring)}" stroke-width="0.6" stroke-opacity="0.2" shape-rendering="crispEdges"/>`
  ).join("");
}
function discShapes(scene, points, radii, nearness) {
  const front = (id) => scene.nodes[id].role === "changed" ? 1 : 0;
  const order = scene.nodes.map((_, id) => id).sort((a, b) => front(a) - front(b) || points[b].depth - points[a].depth || a - b);
  const discs = [];
  const disc = (p, r, paint) => {
    discs.push({ svg: `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(r)}" ${paint}/>`, top: p.y - r, bottom: p.y + r });
  };
  for (const id of order) {
    const node = scene.nodes[id];
    const p = points[id];
    const r = radii[id];
    if (node.role === "changed") {
      disc(p, r * HALO.radius, 'fill="url(#halo)"');
      disc(p, r, 'fill="url(#changed)"');
      continue;
    }
    const near = nearness(p);
    const [fill, opacity] = node.role === "outside" ? [OUTSIDE_COLOUR, 0.15 + 0.2 * near] : [ringColour(node.ring), 0.55 + 0.45 * near];
    disc(p, r, `fill="${fill}" fill-opacity="${opacity.toFixed(2)}"`);
  }
  return discs;
}
function nodeRadius(node) {
  if (node.role === "changed") return 6;
  if (node.role === "outside") return 1.1;
  return 1.3 + 0.45 * Math.log2(node.downstream);
}
function areaLabelsSvg(scene, stage, place, centre) {
  const placed = [];
  const out = [];
  const order = scene.areas.map((_, i) => i).sort((a, b) => place(...scene.areas[a].anchor).y - place(...scene.areas[b].anchor).y || a - b);
  for (const i of order) {
    const area = scene.areas[i];
    const at = place(...area.anchor);
    const text2 = `${fitWidth(area.name, AREA_NAME_WIDTH, AREA_LABEL_SIZE)} \xB7 ${count(area.affected)}`;
    const width = textWidth(text2, AREA_LABEL_SIZE);
    const right = at.x >= centre.x;
    const x = right ? Math.min(at.x, stage.right - width) : Math.max(at.x, stage.left + width);
    const x0 = right ? x : x - width;
    let y = at.y;
    while (placed.some((q) => q.x0 < x0 + width && x0 < q.x1 && Math.abs(q.y - y) < AREA_LABEL_SIZE + 2)) y += AREA_LABEL_SIZE + 2;
    placed.push({ x0, x1: x0 + width, y });
    const fill = area.affected ? TEXT_COLOUR : MUTED_TEXT_COLOUR;
    out.push(
      `<text x="${px(x)}" y="${px(y + AREA_LABEL_SIZE * 0.35)}" font-size="${AREA_LABEL_SIZE}" fill="${fill}" text-anchor="${right ? "start" : "end"}" stroke="${BACKGROUND}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeXml(text2)}</text>`
    );
  }
  return `<g>${out.join("")}</g>`;
}
function changedLabelsSvg(scene, stage, points, radii) {
  const changed = scene.nodes.flatMap((n, id) => n.role === "changed" ? [id] : []);
  if (!changed.length) return "";
  const lowest = changed.reduce((max, id) => Math.max(max, points[id].y + radii[id] * HALO.bright), -Infinity);
  const centre = changed.reduce((sum, id) => sum + points[id].x, 0) / changed.length;
  const lines = changed.slice(0, 3).map((id) => fitWidth(scene.nodes[id].path, CHANGED_LABEL_WIDTH, CHANGED_LABEL_SIZE, "bold"));
  if (changed.length > 3) lines.push(`and ${plural(changed.length - 3, "more changed file")}`);
  return lines.map((line, i) => {
    const half = textWidth(line, CHANGED_LABEL_SIZE, "bold") / 2;
    const x = Math.min(Math.max(centre, stage.left + half), stage.right - half);
    return `<text x="${px(x)}" y="${px(lowest + 14 + i * 16)}" font-size="${CHANGED_LABEL_SIZE}" font-weight="bold" fill="${CHANGED_COLOUR}" text-anchor="middle" stroke="${BACKGROUND}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">${escapeXml(line)}</text>`;
  }).join("");
}
function px(value) {
  return (Math.round(value * 10) / 10).toString();
}

// src/snapshot/viewer-data.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function viewerData(scene) {
  const bends = [];
  const positions = [];
  for (const n of scene.nodes) {
    const bend = n.bend ?? NO_BEND;
    bends.push(bend[0], bend[1], bend[2]);
    positions.push(n.x, n.y, n.z);
  }
  const edges = [];
  for (const e of scene.edges) edges.push(e.from, e.to, scene.kinds.indexOf(e.kind), e.line ?? 0);
  return {
    title: scene.title,
    subtitle: scene.subtitle,
    paths: scene.nodes.map((n) => n.path),
    rings: scene.nodes.map(ringOf),
    via: scene.nodes.map((n) => n.role === "affected" ? n.via : -1),
    viaLines: scene.nodes.map((n) => n.viaLine ?? 0),
    bends,
    downstream: scene.nodes.map((n) => n.downstream),
    positions,
    area: scene.nodes.map((n) => n.area),
    atImport: scene.nodes.map((n) => n.atImport ? 1 : 0),
    areas: scene.areas.map((a) => ({ name: a.name, anchor: a.anchor, byRing: a.byRing })),
    edges,
    kinds: scene.kinds,
    legend: legendRows(scene),
    notes: scene.notes,
    atImportCount: scene.atImport,
    shellOuter: scene.shells.map((s) => Math.round(s.outer * 100) / 100)
  };
}
var NO_BEND = [0, 0, 0];

// src/snapshot/viewer-html.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var DATA_ELEMENT_ID = "blast-radius-data";
var NARROW_WINDOW = "(max-width: 745px)";
function viewerHtml(data, script2) {
  const json = JSON.stringify(data).replaceAll("<", "\\u003c");
  const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escapeXml(data.title)}</title>
<style>${styles()}</style>
</head>
<body>
<canvas id="scene"></canvas>
<aside id="legend"><h1></h1><p class="muted" id="subtitle"></p><ul id="rows"></ul>
<div id="rings"><button id="play" title="Replay the blast radius from the change outward, ring by ring (Space)">\u25B6 play</button><button id="fewer" title="One ring fewer (\u2212)">\u2212</button><button id="more" title="One ring more (+)">+</button><span id="ring-status"></span><button id="legend-toggle" aria-expanded="true"></button></div>
<h2 id="areas-heading">Areas, as the change reaches them</h2><ol id="areas"></ol>
<div id="toggles"></div><ul id="notes"></ul>
<p class="muted keys">Keys: Space play \xB7 + \u2212 rings \xB7 arrows turn \xB7 F the change \xB7 / search \xB7 Esc close</p></aside>
<div id="search"><input id="search-box" type="search" placeholder="Search files\u2026" autocomplete="off" aria-label="Search files"><ul id="results"></ul></div>
<aside id="panel" hidden></aside>
<div id="tooltip" hidden></div>
<noscript>This viewer needs JavaScript and WebGL.</noscript>
<script type="application/json" id="${DATA_ELEMENT_ID}">${json}</script>
<script>${script2.replaceAll("</script", "<\\/script")}</script>
</body>
</html>
`;
}
function styles() {
  return `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; overflow: hidden; background: ${BACKGROUND}; color: ${TEXT_COLOUR};
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
canvas#scene { position: fixed; inset: 0; width: 100vw; height: 100vh; display: block; }
aside, #search { position: fixed; z-index: 1; background: rgba(13, 17, 23, 0.86); border: 1px solid #30363d; border-radius: 8px; padding: 12px 14px; }
#legend { top: 12px; left: 12px; width: 330px; max-height: calc(100vh - 24px); overflow: auto; }
/* More below than the window shows (scroll-cue.ts): the bottom fades, so the cut reads as one to scroll, not as the end. */
aside.more-below { -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 48px), transparent); mask-image: linear-gradient(to bottom, #000 calc(100% - 48px), transparent); }
#legend h1 { font-size: 16px; margin: 0 0 4px; overflow-wrap: anywhere; }
/* Folded (legend-fold.ts): the title and the rings' controls, where the fold button is. */
#legend-toggle { margin-left: auto; }
#legend.folded > :not(h1, #rings) { display: none; }
.muted { color: ${MUTED_TEXT_COLOUR}; margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
#rows li { display: flex; align-items: center; gap: 8px; padding: 1px 0; }
#rows .swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; }
#rows .n { margin-left: auto; font-variant-numeric: tabular-nums; }
#rings, #toggles { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button { background: #21262d; color: ${TEXT_COLOUR}; border: 1px solid #30363d; border-radius: 6px; padding: 3px 9px; cursor: pointer; font: inherit; }
button:hover { background: #30363d; }
label { cursor: pointer; user-select: none; }
#notes li, #panel .note { color: #f2cc60; margin-top: 6px; }
#legend h2 { font-size: 13px; margin: 12px 0 4px; color: ${MUTED_TEXT_COLOUR}; font-weight: 600; }
#areas { list-style: none; margin: 0; padding: 0; }
#areas button { width: 100%; text-align: left; margin: 1px 0; padding: 2px 8px; overflow-wrap: anywhere; }
#areas button[aria-pressed=true] { border-color: ${TEXT_COLOUR}; }
.keys { font-size: 12px; margin-top: 10px; }
.line { color: ${MUTED_TEXT_COLOUR}; }
button:focus-visible, li:focus-visible, input:focus-visible { outline: 2px solid #4cc9f0; outline-offset: 1px; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
/* Centred over the scene, or just right of the legend in a narrow window: never over it. Its results over the file panel. */
#search { top: 12px; left: max(354px, calc(50% - 180px)); width: min(360px, calc(100vw - 366px)); padding: 6px; z-index: 2; }
#search-box { width: 100%; background: #0d1117; color: ${TEXT_COLOUR}; border: 1px solid #30363d; border-radius: 6px; padding: 6px 8px; font: inherit; }
#results li, #panel li { padding: 2px 4px; cursor: pointer; border-radius: 4px; display: flex; align-items: baseline; white-space: nowrap; }
/* A path cut at its start, its file name kept (path-text.ts). */
.path { direction: rtl; text-align: left; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.path > span { direction: ltr; unicode-bidi: isolate; }
.dot { flex: none; margin-right: 5px; }
#results li:hover, #panel li:hover { background: #21262d; }
#panel { top: 12px; right: 12px; width: 380px; max-height: calc(100vh - 24px); overflow: auto; }
/* Below 1144 px the search box (right of the legend, 360 px) reaches the panel's column: the panel goes under it. */
@media (max-width: 1143px) { #panel { top: 72px; max-height: calc(100vh - 84px); } }
/* Too narrow for the legend and the panel side by side: the search box across the top, the legend under it, the panel
   at the bottom (half the height at most, scrolling); with the panel open the legend ends above it, scrolling. */
@media ${NARROW_WINDOW} {
  #search { left: 12px; width: calc(100vw - 24px); }
  #legend { top: 72px; width: min(330px, calc(100vw - 24px)); max-height: calc(100vh - 84px); }
  #panel { top: auto; bottom: 12px; left: 12px; width: auto; max-height: calc(50vh - 12px); }
  body:has(#panel:not([hidden])) #legend { max-height: calc(50vh - 84px); }
}
#panel h2 { font-size: 15px; margin: 0 24px 4px 0; overflow-wrap: anywhere; }
#panel h3 { font-size: 13px; margin: 12px 0 4px; color: ${MUTED_TEXT_COLOUR}; font-weight: 600; }
#panel .close { position: absolute; top: 8px; right: 8px; padding: 0 7px; }
.kind { color: ${MUTED_TEXT_COLOUR}; font-size: 12px; margin-left: 6px; flex: none; }
.pin { position: fixed; left: 0; top: 0; pointer-events: none; font-weight: 600; font-size: 13px; color: ${TEXT_COLOUR};
  text-shadow: 0 0 3px ${BACKGROUND}, 0 0 3px ${BACKGROUND}, 0 0 6px ${BACKGROUND}; max-width: min(420px, 40vw); }
/* An area's name beside a changed file's: smaller and muted (two classes, so it wins over .pin). */
.pin.area-pin { font-weight: 500; font-size: 12px; color: ${MUTED_TEXT_COLOUR}; }
/* The whole path, wrapped where long, over every panel. */
#tooltip { position: fixed; z-index: 3; pointer-events: none; background: #161b22; border: 1px solid #30363d; border-radius: 4px; padding: 2px 6px; font-size: 12px;
  max-width: min(560px, calc(100vw - 24px)); overflow-wrap: anywhere; }
`;
}

// src/snapshot/viewer-script.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { existsSync as existsSync2 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import { fileURLToPath as fileURLToPath3 } from "node:url";
var VIEWER_BUNDLE = "viewer.js";
var script;
function viewerScript() {
  script ??= loadViewerScript();
  return script;
}
async function loadViewerScript() {
  const beside = fileURLToPath3(new URL(VIEWER_BUNDLE, import.meta.url));
  if (existsSync2(beside)) return readFile2(beside, "utf8");
  const tool = "esbuild";
  const { build } = await import(tool);
  const result = await build({
    entryPoints: [fileURLToPath3(new URL("../viewer/main.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "warning"
  });
  return result.outputFiles[0].text;
}

// src/snapshot/write-snapshot.ts
async function writeSnapshot(outDir, graph, impact, render = startCardRenderer()) {
  const scene = buildScene(graph, impact);
  const files = { png: join(outDir, "snapshot.png"), png2x: join(outDir, "snapshot-2x.png"), html: join(outDir, "snapshot.html") };
  const writeViewer = async () => {
    await mkdir(outDir, { recursive: true });
    await writeFile(files.html, viewerHtml(viewerData(scene), await viewerScript()));
  };
  const cards = render(cardDrawing(scene, 2));
  const viewer = writeViewer();
  try {
    const [{ png, png2x }] = await Promise.all([cards, viewer]);
    await writeFile(files.png, png);
    await writeFile(files.png2x, png2x);
  } catch (error) {
    await viewer.catch(() => void 0);
    await rm(files.html, { force: true });
    throw error;
  }
  return files;
}

// src/impact/chain.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function chainOf(file, byPath) {
  const chain = [file.path];
  let next = file;
  while (next) {
    chain.push(next.via);
    next = byPath.get(next.via);
  }
  return chain;
}

// src/report/folders.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function topFolder2(path, depth = 2) {
  const dir = dirOf(path);
  return dir ? dir.split("/").slice(0, depth).join("/") : ".";
}
function countByFolder(paths, depth = 2) {
  const counts = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const folder = topFolder2(path, depth);
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b));
}

// src/format/wrap.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TEXT_WIDTH = 100;
function wrapParts(parts, separator, indent = "  ", width = TEXT_WIDTH) {
  const lines = [];
  let line = "";
  for (const part of parts) {
    if (line && line.length + separator.length + part.length > width) {
      lines.push(line);
      line = indent + part;
    } else line = line ? line + separator + part : part;
  }
  if (line) lines.push(line);
  return lines;
}

export {
  analyzeRepository,
  impactJson,
  chainOf,
  countByFolder,
  TEXT_WIDTH,
  wrapParts,
  visible,
  elide,
  mdCode,
  mdText,
  mdUrl,
  blobUrl,
  mermaidLabel,
  startCardRenderer,
  areasOf,
  writeSnapshot
};
