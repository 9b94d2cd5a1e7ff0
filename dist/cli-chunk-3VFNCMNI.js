#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// <define:BLAST_RADIUS_FACTS_DIGESTS>
var define_BLAST_RADIUS_FACTS_DIGESTS_default;
var init_define_BLAST_RADIUS_FACTS_DIGESTS = __esm({
  "<define:BLAST_RADIUS_FACTS_DIGESTS>"() {
    define_BLAST_RADIUS_FACTS_DIGESTS_default = { python: "7c511ac11ae94b02", javascript: "d369c67b61ce8715", go: "fb789d2349666f8f" };
  }
});

// src/cli/usage-error.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var UsageError = class extends Error {
};

// src/core/repo-path.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var InvalidPathError = class extends Error {
};
var SEPARATORS = process.platform === "win32" ? /[\\/]/ : /\//;
var NOT_AS_GIVEN = process.platform === "win32" ? /\\|^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/ : /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/;
function toRepoPath(raw) {
  if (!NOT_AS_GIVEN.test(raw)) return raw;
  const parts = [];
  for (const part of raw.split(SEPARATORS)) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new InvalidPathError(`path climbs out of the repository: ${raw}`);
    parts.push(part);
  }
  if (parts.length === 0 || raw.startsWith("/")) throw new InvalidPathError(`not a path inside the repository: ${raw}`);
  return parts.join("/");
}
function toRepoFolder(raw) {
  if (!raw.startsWith("/") && raw.split(SEPARATORS).every((part) => part === "" || part === ".")) return "";
  return toRepoPath(raw);
}
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/git/run-git.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var GitError = class extends Error {
};
var SAFE = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"];
async function runGit(dir, args) {
  return (await runGitBytes(dir, args)).toString("utf8");
}
async function runGitBytes(dir, args, input) {
  try {
    const running = run("git", [...SAFE, "-C", dir, ...args], { maxBuffer: 1 << 30, encoding: "buffer" });
    running.child.stdin?.end(input);
    const { stdout } = await running;
    return stdout;
  } catch (error) {
    const { stderr, message } = error;
    throw new GitError((stderr?.toString("utf8") || message).trim().split("\n")[0] ?? "git failed");
  }
}
function runGitBytesSync(dir, args) {
  try {
    return execFileSync("git", [...SAFE, "-C", dir, ...args], { maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const { stderr, message } = error;
    throw new GitError((stderr?.toString("utf8") || message).trim().split("\n")[0] ?? "git failed");
  }
}

// src/discover/git-lists.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var AS_STORED = ["--", ":(attr:!working-tree-encoding)", ":(attr:-working-tree-encoding)"];
function startGitLists(repoDir) {
  const outputs = Promise.all([
    runGitBytes(repoDir, ["ls-files", "-s", "-z"]),
    // No answer: no blob id is trusted.
    runGitBytes(repoDir, ["ls-files", "-s", "-z", ...AS_STORED]).catch(() => void 0),
    runGitBytes(repoDir, ["ls-files", "-o", "--exclude-standard", "-z"]),
    runGitBytes(repoDir, ["ls-files", "-m", "-z"])
  ]).then(
    ([stage, asStored, untracked, modified]) => ({ stage, asStored, untracked, modified }),
    () => void 0
  );
  return { repoDir, outputs };
}

// src/cache/facts-cache.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { randomBytes } from "node:crypto";
import { mkdir, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/cache/bytes.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var DamagedCache = class extends Error {
};
var ByteWriter = class {
  buffer = Buffer.allocUnsafe(1 << 16);
  at = 0;
  /** Starts over in the same buffer (what `result` gave before is overwritten). */
  reset() {
    this.at = 0;
  }
  byte(value) {
    this.room(1);
    this.buffer[this.at++] = value;
  }
  /** A whole number from 0 to 2^53 − 1, seven bits a byte, low bits first. */
  uint(value) {
    this.room(8);
    while (value >= 128) {
      this.buffer[this.at++] = value % 128 | 128;
      value = Math.floor(value / 128);
    }
    this.buffer[this.at++] = value;
  }
  float(value) {
    this.room(8);
    this.buffer.writeDoubleLE(value, this.at);
    this.at += 8;
  }
  bytes(source) {
    this.room(source.length);
    this.buffer.set(source, this.at);
    this.at += source.length;
  }
  /** Appends source[start, end), without making a view of it. */
  copy(source, start, end) {
    this.room(end - start);
    source.copy(this.buffer, this.at, start, end);
    this.at += end - start;
  }
  /** The bytes written so far (a view: copy it before writing more if it must stay as it is). */
  result() {
    return this.buffer.subarray(0, this.at);
  }
  room(bytes) {
    if (this.at + bytes <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.at + bytes) size *= 2;
    const grown = Buffer.allocUnsafe(size);
    this.buffer.copy(grown, 0, 0, this.at);
    this.buffer = grown;
  }
};
var ByteReader = class {
  constructor(buffer, at = 0, end = buffer.length) {
    this.buffer = buffer;
    this.at = at;
    this.end = end;
  }
  buffer;
  at;
  end;
  get done() {
    return this.at >= this.end;
  }
  /** How many bytes are left to read. */
  get left() {
    return this.end - this.at;
  }
  byte() {
    if (this.at >= this.end) throw new DamagedCache("ends early");
    return this.buffer[this.at++];
  }
  uint() {
    const first = this.at < this.end ? this.buffer[this.at] : 128;
    if (first < 128) {
      this.at++;
      return first;
    }
    let value = 0;
    let scale = 1;
    for (; ; ) {
      const b = this.byte();
      value += (b & 127) * scale;
      if (b < 128) return value;
      scale *= 128;
      if (scale > 2 ** 49) throw new DamagedCache("an integer runs too long");
    }
  }
  float() {
    if (this.at + 8 > this.end) throw new DamagedCache("ends early");
    const value = this.buffer.readDoubleLE(this.at);
    this.at += 8;
    return value;
  }
  /** Moves past the next `length` bytes. */
  skip(length) {
    if (this.at + length > this.end) throw new DamagedCache("ends early");
    this.at += length;
  }
  /** The next `length` bytes, as a view. */
  take(length) {
    if (this.at + length > this.end) throw new DamagedCache("ends early");
    const taken = this.buffer.subarray(this.at, this.at + length);
    this.at += length;
    return taken;
  }
};

// src/cache/cache-file.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

// src/cache/value-codec.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TAG = {
  NULL: 0,
  FALSE: 1,
  TRUE: 2,
  /** A whole number ≥ 0, as an unsigned integer. */
  UINT: 3,
  /** A whole number < 0, as the unsigned integer of its negation. */
  NEGATIVE_INT: 4,
  FLOAT: 5,
  /** A string, as its index in the string table. */
  STRING: 6,
  /** A length, then that many values. */
  ARRAY: 7,
  /** A shape's index (its keys, in order), then one value per key. */
  OBJECT: 8
};
var NotJsonData = class extends Error {
};
var LONE_SURROGATE = new RegExp("\\p{Cs}", "u");
var ValueTables = class _ValueTables {
  constructor(strings = [], shapes = [], read) {
    this.strings = strings;
    this.shapes = shapes;
    this.read = read;
  }
  strings;
  shapes;
  read;
  stringIds;
  shapeRoot;
  /** The string with this index; throws DamagedCache past the table. */
  stringAt(id) {
    const s = this.strings[id];
    if (s === void 0) throw new DamagedCache("a string index past the table");
    return s;
  }
  /** The string's index, adding it to the table; throws NotJsonData for one UTF-8 cannot carry. */
  string(value) {
    const ids = this.stringIds ??= new Map(this.strings.map((s, i) => [s, i]));
    let id = ids.get(value);
    if (id === void 0) {
      if (LONE_SURROGATE.test(value)) throw new NotJsonData("a lone surrogate");
      id = this.strings.push(value) - 1;
      ids.set(value, id);
    }
    return id;
  }
  shape(keys) {
    const node = this.shapeNode(keys);
    if (node.id === void 0) {
      for (const key of keys) this.string(key);
      node.id = this.shapes.push(keys) - 1;
    }
    return node.id;
  }
  shapeNode(keys) {
    if (!this.shapeRoot) {
      this.shapeRoot = {};
      this.shapes.forEach((known, id) => this.walk(known).id = id);
    }
    return this.walk(keys);
  }
  walk(keys) {
    let node = this.shapeRoot;
    for (const key of keys) {
      node.next ??= /* @__PURE__ */ new Map();
      let next = node.next.get(key);
      if (!next) node.next.set(key, next = {});
      node = next;
    }
    return node;
  }
  /**
   * Writes the tables: the strings' lengths (in UTF-16 code units) and then all of them as one UTF-8
   * run, decoded at load with one call; then each shape as its keys' string indexes.
   */
  write(out) {
    const known = this.read?.count ?? 0;
    const added = known ? this.strings.slice(known) : this.strings;
    out.uint(this.strings.length);
    if (this.read) out.bytes(this.read.lengths);
    for (const s of added) out.uint(s.length);
    const text = Buffer.from(added.join(""), "utf8");
    out.uint((this.read?.text.length ?? 0) + text.length);
    if (this.read) out.bytes(this.read.text);
    out.bytes(text);
    out.uint(this.shapes.length);
    for (const keys of this.shapes) {
      out.uint(keys.length);
      for (const key of keys) out.uint(this.string(key));
    }
  }
  static read(input) {
    const count = input.uint();
    const lengthsAt = input.at;
    const lengths = [];
    for (let i = 0; i < count; i++) lengths.push(input.uint());
    const lengthBytes = input.buffer.subarray(lengthsAt, input.at);
    const textBytes = input.take(input.uint());
    const text = textBytes.toString("utf8");
    const strings = [];
    let at = 0;
    for (const length of lengths) strings.push(text.slice(at, at += length));
    if (at !== text.length) throw new DamagedCache("string table lengths do not add up");
    const tables = new _ValueTables(strings, [], { count, lengths: lengthBytes, text: textBytes });
    for (let i = input.uint(); i > 0; i--) {
      const keys = [];
      for (let k = input.uint(); k > 0; k--) keys.push(tables.stringAt(input.uint()));
      tables.shapes.push(keys);
    }
    return tables;
  }
};
function encodeValue(value, tables, out) {
  if (value === null) out.byte(TAG.NULL);
  else if (value === true) out.byte(TAG.TRUE);
  else if (value === false) out.byte(TAG.FALSE);
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new NotJsonData(`the number ${value}`);
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
      out.byte(value < 0 ? TAG.NEGATIVE_INT : TAG.UINT);
      out.uint(Math.abs(value));
    } else {
      out.byte(TAG.FLOAT);
      out.float(value);
    }
  } else if (typeof value === "string") {
    out.byte(TAG.STRING);
    out.uint(tables.string(value));
  } else if (Array.isArray(value)) {
    out.byte(TAG.ARRAY);
    out.uint(value.length);
    for (const item of value) encodeValue(item, tables, out);
  } else if (typeof value === "object") {
    const record = value;
    const keys = Object.keys(record).filter((k) => record[k] !== void 0);
    out.byte(TAG.OBJECT);
    out.uint(tables.shape(keys));
    for (const key of keys) encodeValue(record[key], tables, out);
  } else throw new NotJsonData(`a value of type ${typeof value}`);
}
function decodeValue(input, tables) {
  const tag = input.byte();
  switch (tag) {
    case TAG.NULL:
      return null;
    case TAG.FALSE:
      return false;
    case TAG.TRUE:
      return true;
    case TAG.UINT:
      return input.uint();
    case TAG.NEGATIVE_INT:
      return -input.uint();
    case TAG.FLOAT:
      return input.float();
    case TAG.STRING:
      return tables.stringAt(input.uint());
    case TAG.ARRAY: {
      const length = input.uint();
      if (length > input.left) throw new DamagedCache("an array longer than its bytes");
      const items = new Array(length);
      for (let i = 0; i < length; i++) items[i] = decodeValue(input, tables);
      return items;
    }
    case TAG.OBJECT: {
      const keys = tables.shapes[input.uint()];
      if (!keys) throw new DamagedCache("an object names no shape");
      const record = {};
      for (const key of keys) {
        const item = decodeValue(input, tables);
        if (key === "__proto__") Object.defineProperty(record, key, { value: item, enumerable: true, writable: true, configurable: true });
        else record[key] = item;
      }
      return record;
    }
    default:
      throw new DamagedCache(`unknown value tag ${tag}`);
  }
}

// src/cache/cache-file.ts
var FACTS_CACHE_FORMAT = "blast-radius/facts-cache@2";
var MAX_HEADER_BYTES = 4096;
var StoredEntries = class {
  constructor(tables, body, index, spans, stale) {
    this.tables = tables;
    this.body = body;
    this.index = index;
    this.stale = stale;
    this.starts = new Uint32Array(spans.length / 2);
    this.ends = new Uint32Array(spans.length / 2);
    for (let i = 0; i < spans.length; i += 2) {
      this.starts[i / 2] = spans[i];
      this.ends[i / 2] = spans[i + 1];
    }
  }
  tables;
  body;
  index;
  stale;
  starts;
  ends;
  get count() {
    return this.starts.length;
  }
  find(language, key) {
    return this.index.get(language)?.get(key);
  }
  /** The entry's value; throws DamagedCache when its bytes do not decode to exactly one value. */
  decode(entry) {
    const input = new ByteReader(this.body, this.starts[entry], this.ends[entry]);
    const value = decodeValue(input, this.tables);
    if (!input.done) throw new DamagedCache("an entry is longer than its value");
    return value;
  }
  /** How many bytes the entry's value takes. */
  length(entry) {
    return this.ends[entry] - this.starts[entry];
  }
  /**
   * Appends the entry's encoded bytes, valid with these tables (or tables extended from them), copied
   * from the body with no view made per entry: at 30,000 entries a view each was a fifth of a save.
   */
  copy(entry, out) {
    out.copy(this.body, this.starts[entry], this.ends[entry]);
  }
};
function cacheFileBytes(entries, tables, version, stale) {
  const out = new ByteWriter();
  const language = new ByteWriter();
  const value = new ByteWriter();
  let total = 0;
  const languages = [...entries.keys()].sort();
  out.uint(languages.length);
  for (const name of languages) {
    const byKey = entries.get(name);
    language.reset();
    let kept = 0;
    for (const key of [...byKey.keys()].sort()) {
      const entry = byKey.get(key);
      if ("stored" in entry) {
        language.uint(tables.string(key));
        language.uint(entry.from.length(entry.stored));
        entry.from.copy(entry.stored, language);
        kept++;
        continue;
      }
      let id;
      let bytes;
      try {
        id = tables.string(key);
        value.reset();
        encodeValue(entry.value, tables, value);
        bytes = value.result();
      } catch (error) {
        if (error instanceof NotJsonData) continue;
        throw error;
      }
      language.uint(id);
      language.uint(bytes.length);
      language.bytes(bytes);
      kept++;
    }
    out.uint(tables.string(name));
    out.uint(kept);
    out.bytes(language.result());
    total += kept;
  }
  const head = new ByteWriter();
  tables.write(head);
  const body = [head.result(), out.result()];
  const header = {
    format: FACTS_CACHE_FORMAT,
    version,
    entries: total,
    bytes: body[0].length + body[1].length,
    sha256: createHash("sha256").update(body[0]).update(body[1]).digest("hex"),
    stale
  };
  return [Buffer.from(JSON.stringify(header) + "\n"), ...body];
}
async function readCacheFile(path, version) {
  let data;
  try {
    data = await readFile(path);
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" ? void 0 : { reason: `not readable (${code ?? error.message})` };
  }
  const newline = data.subarray(0, MAX_HEADER_BYTES).indexOf(10);
  const header = newline < 0 ? void 0 : parseHeader(data.subarray(0, newline).toString("utf8"));
  if (!header) return { reason: "not a facts cache (no header line)" };
  if (header.format !== FACTS_CACHE_FORMAT) return { reason: `another format (${header.format}, this reads ${FACTS_CACHE_FORMAT})` };
  if (header.version !== version) return { reason: `written by version ${header.version}, this is ${version}` };
  const body = data.subarray(newline + 1);
  if (body.length < header.bytes) return { reason: `truncated (${body.length} of ${header.bytes} bytes)` };
  if (body.length > header.bytes) return { reason: `longer than its header says (${body.length}, not ${header.bytes} bytes)` };
  if (createHash("sha256").update(body).digest("hex") !== header.sha256) return { reason: "damaged (checksum does not match)" };
  try {
    const stored = indexBody(body, header.stale);
    if (stored.count !== header.entries) return { reason: `damaged (${stored.count} entries, header says ${header.entries})` };
    return stored;
  } catch (error) {
    if (error instanceof DamagedCache) return { reason: `damaged (${error.message})` };
    throw error;
  }
}
function indexBody(body, stale) {
  const input = new ByteReader(body);
  const tables = ValueTables.read(input);
  const index = /* @__PURE__ */ new Map();
  const spans = [];
  for (let languages = input.uint(); languages > 0; languages--) {
    const language = tables.stringAt(input.uint());
    if (index.has(language)) throw new DamagedCache(`language ${language} twice`);
    const byKey = /* @__PURE__ */ new Map();
    index.set(language, byKey);
    for (let n = input.uint(); n > 0; n--) {
      const key = tables.stringAt(input.uint());
      const length = input.uint();
      const start = input.at;
      input.skip(length);
      byKey.set(key, spans.length / 2);
      spans.push(start, start + length);
    }
  }
  if (!input.done) throw new DamagedCache("bytes after the last entry");
  return new StoredEntries(tables, body, index, spans, stale);
}
function parseHeader(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const { format, version, entries, bytes, sha256, stale } = value;
  if (typeof format !== "string") return void 0;
  if (format !== FACTS_CACHE_FORMAT) return { format, version: "", entries: 0, bytes: 0, sha256: "", stale: 0 };
  if (typeof version !== "string" || typeof sha256 !== "string") return void 0;
  if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(bytes) || !Number.isSafeInteger(stale)) return void 0;
  return { format, version, entries, bytes, sha256, stale };
}

// src/cache/facts-cache.ts
var FACTS_CACHE_FILE = "facts.cache";
var FactsCache = class _FactsCache {
  constructor(dir, version, stored, reason) {
    this.dir = dir;
    this.version = version;
    this.stored = stored;
    this.counts = { hits: 0, misses: 0, loaded: stored !== void 0 };
    if (reason !== void 0) this.counts.reason = reason;
  }
  dir;
  version;
  stored;
  /** What this run has asked for or added: exactly what `save` keeps. */
  used = /* @__PURE__ */ new Map();
  added = 0;
  fromFile = 0;
  counts;
  static async open(dir, version) {
    const read = await readCacheFile(join(dir, FACTS_CACHE_FILE), version);
    return read instanceof StoredEntries ? new _FactsCache(dir, version, read, void 0) : new _FactsCache(dir, version, void 0, read?.reason);
  }
  get stats() {
    return { ...this.counts };
  }
  get(language, key) {
    const known = this.used.get(language)?.get(key) ?? this.load(language, key);
    if (known === void 0) {
      this.counts.misses++;
      return void 0;
    }
    this.counts.hits++;
    return known.value;
  }
  /** `facts` must be plain JSON data; the cache keeps the reference until `save`. */
  set(language, key, facts) {
    if (facts === void 0) throw new TypeError(`FactsCache.set: no facts for ${language} ${key}`);
    const entries = entriesOf(this.used, language);
    if (entries.get(key)?.stored !== void 0) this.fromFile--;
    entries.set(key, { value: facts });
    this.added++;
  }
  /**
   * Writes the entries used in this run (so entries of files that no longer exist fall away) to a
   * temporary file, then renames it over the cache: a reader sees the old file or the new one, never
   * a mix. Skips the write when the file would come out the same. Throws when the folder cannot be
   * written; the caller decides whether that matters (a run without a saved cache is still right).
   */
  async save() {
    const stored = this.stored;
    if (stored && this.added === 0 && this.fromFile === stored.count) return;
    const target = join(this.dir, FACTS_CACHE_FILE);
    const temp = join(this.dir, `.${FACTS_CACHE_FILE}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, this.fileBytes(), { flag: "wx" });
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => void 0);
      throw new Error(`cannot write the facts cache ${target}: ${error.code ?? error.message}`);
    }
  }
  /** The entry from the file read at the start, decoded now, or undefined (a damaged entry counts as absent). */
  load(language, key) {
    const entry = this.stored?.find(language, key);
    if (entry === void 0) return void 0;
    let value;
    try {
      value = this.stored.decode(entry);
    } catch (error) {
      if (error instanceof DamagedCache) return void 0;
      throw error;
    }
    const used = { value, stored: entry };
    entriesOf(this.used, language).set(key, used);
    this.fromFile++;
    return used;
  }
  /**
   * Entries that came from the file are copied as they are, with its tables extended by what the new
   * entries add: a run after a small change encodes only that change. The tables are built afresh
   * once the entries dropped since they were built outnumber the ones kept, so that the strings of
   * files long gone do not pile up.
   */
  fileBytes() {
    const stored = this.stored;
    const stale = stored ? stored.stale + stored.count - this.fromFile : 0;
    const reuse = stored !== void 0 && stale <= this.fromFile;
    const tables = reuse ? stored.tables : new ValueTables();
    const entries = /* @__PURE__ */ new Map();
    for (const [language, byKey] of this.used) {
      const out = /* @__PURE__ */ new Map();
      for (const [key, used] of byKey) {
        out.set(key, reuse && used.stored !== void 0 ? { stored: used.stored, from: stored } : { value: used.value });
      }
      entries.set(language, out);
    }
    return cacheFileBytes(entries, tables, this.version, reuse ? stale : 0);
  }
};
function entriesOf(entries, language) {
  let map = entries.get(language);
  if (!map) entries.set(language, map = /* @__PURE__ */ new Map());
  return map;
}

export {
  __require,
  __commonJS,
  __toESM,
  init_define_BLAST_RADIUS_FACTS_DIGESTS,
  define_BLAST_RADIUS_FACTS_DIGESTS_default,
  UsageError,
  InvalidPathError,
  toRepoPath,
  toRepoFolder,
  dirOf,
  baseName,
  byCodePoint,
  GitError,
  runGit,
  runGitBytes,
  runGitBytesSync,
  startGitLists,
  FACTS_CACHE_FILE,
  FactsCache
};
