#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

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

// src/cache/early-read.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { close, fstatSync, openSync, read } from "node:fs";
import { join } from "node:path";
var FACTS_CACHE_FILE = "facts.cache";
var factsCacheFile = (dir) => join(dir, FACTS_CACHE_FILE);
function startCacheRead(dir) {
  let bytes = readWhole(factsCacheFile(dir));
  bytes.catch(() => void 0);
  return {
    take(asked) {
      if (asked !== dir) return void 0;
      const taken = bytes;
      bytes = void 0;
      return taken;
    }
  };
}
function readWhole(path) {
  return new Promise((resolve, reject) => {
    let fd;
    let buffer;
    try {
      fd = openSync(path, "r");
      buffer = Buffer.allocUnsafe(fstatSync(fd).size);
    } catch (error) {
      if (fd !== void 0) close(fd, () => void 0);
      const failure = error;
      reject(failure);
      return;
    }
    const opened = fd;
    read(opened, buffer, 0, buffer.length, 0, (error, filled) => {
      close(opened, () => void 0);
      if (error) reject(error);
      else resolve(buffer.subarray(0, filled));
    });
  });
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

export {
  UsageError,
  InvalidPathError,
  toRepoPath,
  toRepoFolder,
  dirOf,
  baseName,
  byCodePoint,
  FACTS_CACHE_FILE,
  factsCacheFile,
  startCacheRead,
  readWhole,
  GitError,
  runGit,
  runGitBytes,
  runGitBytesSync,
  startGitLists
};
