#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
import {
  FACTS_CACHE_FILE,
  baseName,
  byCodePoint,
  dirOf,
  factsCacheFile,
  readWhole,
  runGitBytes,
  runGitBytesSync,
  startGitLists,
  toRepoPath
} from "./cli-chunk-FDJSJCXQ.js";
import {
  __commonJS,
  __require,
  __toESM,
  define_BLAST_RADIUS_FACTS_DIGESTS_default,
  init_define_BLAST_RADIUS_FACTS_DIGESTS
} from "./cli-chunk-SPSNO3OS.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR2 = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens2 = [];
      const parts2 = [];
      let str = input;
      let index = -1;
      let start2 = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code2;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens2.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start2 + 1) {
            start2 += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start2 > 0) {
        prefix = str.slice(0, start2);
        str = str.slice(start2);
        lastIndex -= start2;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start: start2,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens2.push(token);
        }
        state.tokens = tokens2;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens2[idx].isPrefix = true;
              tokens2[idx].value = prefix;
            } else {
              tokens2[idx].value = value2;
            }
            depth(tokens2[idx]);
            state.maxDepth += tokens2[idx].depth;
          }
          if (i2 >= start2) {
            parts2.push(value2);
            prevIndex = i2;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start2;
        const value = input.slice(n);
        parts2.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens2[tokens2.length - 1].value = value;
          depth(tokens2[tokens2.length - 1]);
          state.maxDepth += tokens2[tokens2.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args2, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args2, options);
      }
      args2.sort();
      const value = `[${args2.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args2.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts2.push(value);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i2 = 0; i2 < values.length; i2++) {
        for (let j = i2 + 1; j < values.length; j++) {
          const a = values[i2];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i2 = 1; i2 < pattern.length; i2++) {
        const ch = pattern[i2];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i2 !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i2),
              end: i2
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source2 = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source2}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body2, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body2).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse5 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens2 = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens: tokens2
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens2.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens2.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens2[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i2 = token.tokensIndex + 1; i2 < tokens2.length; i2++) {
            tokens2[i2].value = "";
            tokens2[i2].output = "";
            delete tokens2[i2].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse5(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens2.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens2.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens2.pop();
              if (arr[i2].type === "brace") {
                break;
              }
              if (arr[i2].type !== "dots") {
                range.unshift(arr[i2].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out2 = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out2;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens2.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse5.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source3 = create(match[1]);
            if (!source3) return;
            return source3 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source2 = create(output);
      if (source2 && opts.strictSlashes !== true) {
        source2 += `${SLASH_LITERAL}?`;
      }
      return source2;
    };
    module2.exports = parse5;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var scan = require_scan();
    var parse5 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch7 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch7(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch7.compileRe(glob, options) : picomatch7.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch7(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch7.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch7.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format2 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format2 ? format2(input) : input;
      if (match === false) {
        output = format2 ? format2(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch7.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch7.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch7.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch7.isMatch = (str, patterns, options) => picomatch7(patterns, options)(str);
    picomatch7.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch7.parse(p, options));
      return parse5(pattern, { ...options, fastpaths: false });
    };
    picomatch7.scan = (input, options) => scan(input, options);
    picomatch7.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source2 = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source2 = `^(?!${source2}).*$`;
      }
      const regex = picomatch7.toRegex(source2, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch7.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse5.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse5(input, options);
      }
      return picomatch7.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch7.toRegex = (source2, options) => {
      try {
        const opts = options || {};
        return new RegExp(source2, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch7.constants = constants2;
    module2.exports = picomatch7;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch7(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch7, pico);
    module2.exports = picomatch7;
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK2;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = visit_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK2)
            return BREAK2;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK2;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i2 = 0; i2 < node.items.length; ++i2) {
            const ci = await visitAsync_(i2, node.items[i2], visitor, path);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              node.items.splice(i2, 1);
              i2 -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK2)
            return BREAK2;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK2)
            return BREAK2;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts2 = line.trim().split(/[ \t]+/);
        const name2 = parts2.shift();
        switch (name2) {
          case "%TAG": {
            if (parts2.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts2.length < 2)
                return false;
            }
            const [handle2, prefix] = parts2;
            this.tags[handle2] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts2.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts2;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source2, onError) {
        if (source2 === "!")
          return "!";
        if (source2[0] !== "!") {
          onError(`Not a valid tag: ${source2}`);
          return null;
        }
        if (source2[1] === "<") {
          const verbatim = source2.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source2} is invalid.`);
            return null;
          }
          if (source2[source2.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle2, suffix] = source2.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source2} tag has no suffix`);
        const prefix = this.tags[handle2];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle2 === "!")
          return source2;
        onError(`Could not resolve tag: ${source2}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle2, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle2 + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle2, prefix] of tagEntries) {
          if (handle2 === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle2} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i2 = 1; true; ++i2) {
        const name2 = `${prefix}${i2}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source2) => {
          aliasObjects.push(source2);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source2 of aliasObjects) {
            const ref = sourceObjects.get(source2);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source2;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i2 = 0, len = val.length; i2 < len; ++i2) {
            const v0 = val[i2];
            const v1 = applyReviver(reviver, val, String(i2), v0);
            if (v1 === void 0)
              delete val[i2];
            else if (v1 !== v0)
              val[i2] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i2) => toJS(v, String(i2), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node2.NodeBase {
      constructor(source2) {
        super(identity.ALIAS);
        this.source = source2;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source2 = this.resolve(ctx.doc, ctx);
        if (!source2) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source2).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source2 = node.resolve(doc);
        const anchor = anchors2 && source2 && anchors2.get(source2);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Node2 = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node2.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var createNode = require_createNode();
    var identity = require_identity();
    var Node2 = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i2 = path.length - 1; i2 >= 0; --i2) {
        const k = path[i2];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node2.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i2 = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i2 = consumeMoreIndentedLines(text, i2, indent.length);
        if (i2 !== -1)
          end = i2 + endStep;
      }
      for (let ch; ch = text[i2 += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i2;
          switch (text[i2 + 1]) {
            case "x":
              i2 += 3;
              break;
            case "u":
              i2 += 5;
              break;
            case "U":
              i2 += 9;
              break;
            default:
              i2 += 1;
          }
          escEnd = i2;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i2 = consumeMoreIndentedLines(text, i2, indent.length);
          end = i2 + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i2 + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i2;
          }
          if (i2 >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i2 += 1];
                overflow = true;
              }
              const j = i2 > escEnd + 1 ? i2 - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i3 = 0; i3 < folds.length; ++i3) {
        const fold = folds[i3];
        const end2 = folds[i3 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i2, indent) {
      let end = i2;
      let start2 = i2 + 1;
      let ch = text[start2];
      while (ch === " " || ch === "	") {
        if (i2 < start2 + indent) {
          ch = text[++i2];
        } else {
          do {
            ch = text[++i2];
          } while (ch && ch !== "\n");
          end = i2;
          start2 = i2 + 1;
          ch = text[start2];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i2 = 0, start2 = 0; i2 < strLen; ++i2) {
        if (str[i2] === "\n") {
          if (i2 - start2 > limit)
            return true;
          start2 = i2 + 1;
          if (strLen - start2 <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start2 = 0;
      for (let i2 = 0, ch = json[i2]; ch; ch = json[++i2]) {
        if (ch === " " && json[i2 + 1] === "\\" && json[i2 + 2] === "n") {
          str += json.slice(start2, i2) + "\\ ";
          i2 += 1;
          start2 = i2;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i2 + 1]) {
            case "u":
              {
                str += json.slice(start2, i2);
                const code2 = json.substr(i2 + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i2, 6);
                }
                i2 += 5;
                start2 = i2 + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i2 + 2] === '"' || json.length < minMultiLineLength) {
                i2 += 1;
              } else {
                str += json.slice(start2, i2) + "\n\n";
                while (json[i2 + 2] === "\\" && json[i2 + 3] === "n" && json[i2 + 4] !== '"') {
                  str += "\n";
                  i2 += 2;
                }
                str += indent;
                if (json[i2 + 2] === " ")
                  str += "\\";
                i2 += 1;
                start2 = i2 + 1;
              }
              break;
            default:
              i2 += 1;
          }
      }
      str = start2 ? str + json.slice(start2) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start2 = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start2) {
        value = value.substring(start2.length);
        start2 = start2.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body2 = foldFlowLines.foldFlowLines(`${start2}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body2}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start2}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source2 = resolveAliasValue(ctx, value);
      if (identity.isSeq(source2))
        for (const it of source2.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source2))
        for (const it of source2)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source2);
    }
    function mergeValue(ctx, map, value) {
      const source2 = resolveAliasValue(ctx, value);
      if (!identity.isMap(source2))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source2.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var log = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i2 = 1; i2 < lines.length; ++i2) {
          const line = lines[i2];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i2 = 0; i2 < items.length; ++i2) {
        const item = items[i2];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i2 < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start: start2, end } = flowChars;
      if (lines.length === 0) {
        return start2 + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start2;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start2}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i2 = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i2 === -1)
            this.items.push(_pair);
          else
            this.items.splice(i2, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i2 = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i2++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i2 = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i2++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source: source2 }, ctx) => typeof source2 === "string" && nullTag.test.test(source2) ? source2 : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source: source2, value }, ctx) {
        if (source2 && boolTag.test.test(source2)) {
          const sv = source2[0] === "t" || source2[0] === "T";
          if (value === sv)
            return source2;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i2 = n.indexOf(".");
        if (i2 < 0) {
          i2 = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i2 - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i2 = 0; i2 < str.length; ++i2)
            buffer[i2] = str.charCodeAt(i2);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i2 = 0; i2 < buf.length; ++i2)
            s += String.fromCharCode(buf[i2]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i2 = 0, o = 0; i2 < n; ++i2, o += lineWidth) {
            lines[i2] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i2 = 0; i2 < seq.items.length; ++i2) {
          let item = seq.items[i2];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i2] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i2 = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i2++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys2 = Object.keys(it);
            if (keys2.length === 1) {
              key = keys2[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys2.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    function boolStringify({ value, source: source2 }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source2 && boolObj.test.test(source2))
        return source2;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts2 = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts2.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts2 = [value % _60];
      if (value < 60) {
        parts2.unshift(0);
      } else {
        value = (value - parts2[0]) / _60;
        parts2.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts2[0]) / _60;
          parts2.unshift(value);
        }
      }
      return sign + parts2.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys2 = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys2} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys2 = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys2}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body2 = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body2 += stringifyComment.lineComment(body2, "", commentString(contentComment));
        if ((body2[0] === "|" || body2[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body2}`;
        } else
          lines.push(body2);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var YAMLError = class extends Error {
      constructor(name2, pos, code2, message) {
        super();
        this.name = name2;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start2 = null;
      for (const token of tokens2) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start2 ?? (start2 = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens2[tokens2.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start2 ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start: start2, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start2, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start2[start2.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start2, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start: start2, value } of bs.items) {
        const props = resolveProps.resolveProps(start2, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start2, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source: source2, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source2.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source2;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source2.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i2 = 0; i2 < fc.items.length; ++i2) {
        const collItem = fc.items[i2];
        const { start: start2, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start2, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i2 === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i2 < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i2 === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start2) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start2, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start2 = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start2, start2, start2] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i2 = lines.length - 1; i2 >= 0; --i2) {
        const content = lines[i2][1];
        if (content === "" || content === "\r")
          chompStart = i2;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start2 + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start2, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i2 = 0; i2 < chompStart; ++i2) {
        const [indent, content] = lines[i2];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i2;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i2 = lines.length - 1; i2 >= chompStart; --i2) {
        if (lines[i2][0].length > trimIndent)
          chompStart = i2 + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i2 = 0; i2 < contentStart; ++i2)
        value += lines[i2][0].slice(trimIndent) + "\n";
      for (let i2 = contentStart; i2 < chompStart; ++i2) {
        let [indent, content] = lines[i2];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i2 = chompStart; i2 < lines.length; ++i2)
            value += "\n" + lines[i2][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start2 + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start2, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source: source2 } = props[0];
      const mode = source2[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i2 = 1; i2 < source2.length; ++i2) {
        const ch = source2[i2];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i2;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source2}`);
      let hasSpace = false;
      let comment = "";
      let length = source2.length;
      for (let i2 = 1; i2 < props.length; ++i2) {
        const token = props[i2];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source2) {
      const split = source2.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i2 = 1; i2 < split.length; i2 += 2)
        lines.push([split[i2], split[i2 + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source: source2, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source2, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source2, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source2, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source2.length, offset + source2.length]
          };
      }
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source2, onError) {
      let badChar = "";
      switch (source2[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source2[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source2[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source2);
    }
    function singleQuotedValue(source2, onError) {
      if (source2[source2.length - 1] !== "'" || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source2.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source2) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source2);
      if (!match)
        return source2;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source2)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source2);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source2, onError) {
      let res = "";
      for (let i2 = 1; i2 < source2.length - 1; ++i2) {
        const ch = source2[i2];
        if (ch === "\r" && source2[i2 + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source2, i2);
          res += fold;
          i2 = offset;
        } else if (ch === "\\") {
          let next = source2[++i2];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source2[i2 + 1];
            while (next === " " || next === "	")
              next = source2[++i2 + 1];
          } else if (next === "\r" && source2[i2 + 1] === "\n") {
            next = source2[++i2 + 1];
            while (next === " " || next === "	")
              next = source2[++i2 + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source2, i2 + 1, length, onError);
            i2 += length;
          } else {
            const raw = source2.substr(i2 - 1, 2);
            onError(i2 - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i2;
          let next = source2[i2 + 1];
          while (next === " " || next === "	")
            next = source2[++i2 + 1];
          if (next !== "\n" && !(next === "\r" && source2[i2 + 2] === "\n"))
            res += i2 > wsStart ? source2.slice(wsStart, i2 + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source2[source2.length - 1] !== '"' || source2.length === 1)
        onError(source2.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source2, offset) {
      let fold = "";
      let ch = source2[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source2[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source2[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source2, offset, length, onError) {
      const cc = source2.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source2.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i2 = pos - 1; i2 >= 0; --i2) {
          let st = before[i2];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i2];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i2];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source: source2, end }, onError) {
      const alias = new Alias.Alias(source2.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source2.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source2.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start: start2, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start2, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start2, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source: source2 } = src;
      return [offset, offset + (typeof source2 === "string" ? source2.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i2 = 0; i2 < prelude.length; ++i2) {
        const source2 = prelude[i2];
        switch (source2[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source2.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i2 + 1]?.[0] !== "#")
              i2 += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source2, code2, message, warning) => {
          const pos = getErrorPos(source2);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i2 = 0; i2 < this.errors.length; ++i2)
            doc.errors.push(this.errors[i2]);
          for (let i2 = 0; i2 < this.warnings.length; ++i2)
            doc.warnings.push(this.warnings[i2]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = false, endOffset = -1) {
        for (const token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source2 = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source2[0]) {
        case "|":
        case ">": {
          const he = source2.indexOf("\n");
          const head = source2.substring(0, he);
          const body2 = source2.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body2 };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source: source2, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source: source2, end };
        default:
          return { type: "scalar", offset, indent, source: source2, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source2 = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source2[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source2);
          break;
        case '"':
          setFlowScalarValue(token, source2, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source2, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source2, "scalar");
      }
    }
    function setBlockScalarValue(token, source2) {
      const he = source2.indexOf("\n");
      const head = source2.substring(0, he);
      const body2 = source2.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body2;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body2 });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source2, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source2;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source2.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source: source2, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source2.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source: source2, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source: source2, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start: start2, key, sep: sep2, value }) {
      let res = "";
      for (const st of start2)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var BREAK2 = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK2;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i2 = 0; i2 < token.items.length; ++i2) {
            const ci = _visit(Object.freeze(path.concat([[field, i2]])), token.items[i2], visitor);
            if (typeof ci === "number")
              i2 = ci - 1;
            else if (ci === BREAK2)
              return BREAK2;
            else if (ci === REMOVE) {
              token.items.splice(i2, 1);
              i2 -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source2) {
      switch (source2) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source2[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source2, incomplete = false) {
        if (source2) {
          if (typeof source2 !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source2 : source2;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i2];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i2 + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i2 = this.pos;
        while (true) {
          const ch = this.buffer[++i2];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i3 = this.pos; ch = this.buffer[i3]; ++i3) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i3;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i3 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i2 = nl + 1;
        ch = this.buffer[i2];
        while (ch === " ")
          ch = this.buffer[++i2];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i2];
          nl = i2 - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i3 = nl - 1;
            let ch2 = this.buffer[i3];
            if (ch2 === "\r")
              ch2 = this.buffer[--i3];
            const lastChar = i3;
            while (ch2 === " ")
              ch2 = this.buffer[--i3];
            if (ch2 === "\n" && i3 >= this.pos && i3 + 1 + indent > lastChar)
              nl = i3;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i2 = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i2]) {
          if (ch === ":") {
            const next = this.buffer[i2 + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i2;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i2 + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i2 += 1;
                ch = "\n";
                next = this.buffer[i2 + 1];
              } else
                end = i2;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i2 + 1);
              if (cs === -1)
                break;
              i2 = Math.max(i2, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i2;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i2, allowEmpty) {
        const s = this.buffer.slice(this.pos, i2);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i2 = this.pos + 2;
          let ch = this.buffer[i2];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i2];
          return yield* this.pushToIndex(ch === ">" ? i2 + 1 : i2, false);
        } else {
          let i2 = this.pos + 1;
          let ch = this.buffer[i2];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i2];
            else if (ch === "%" && hexDigits.has(this.buffer[i2 + 1]) && hexDigits.has(this.buffer[i2 + 2])) {
              ch = this.buffer[i2 += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i2, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i2 = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i2];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i2 - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i2;
        }
        return n;
      }
      *pushUntil(test) {
        let i2 = this.pos;
        let ch = this.buffer[i2];
        while (!test(ch))
          ch = this.buffer[++i2];
        return yield* this.pushToIndex(i2, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start2 = this.lineStarts[low - 1];
          return { line: low, col: offset - start2 + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i2 = 0; i2 < list.length; ++i2)
        if (list[i2].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i2 = 0; i2 < list.length; ++i2) {
        switch (list[i2].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i2;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i2 = prev.length;
      loop: while (--i2 >= 0) {
        switch (prev[i2].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i2]?.type === "space") {
      }
      return prev.splice(i2, prev.length);
    }
    function arrayPushArray(target, source2) {
      if (source2.length < 1e5)
        Array.prototype.push.apply(target, source2);
      else
        for (let i2 = 0; i2 < source2.length; ++i2)
          target.push(source2[i2]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source2, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source2, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source2) {
        this.source = source2;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source2));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source2.length;
          return;
        }
        const type = cst.tokenType(source2);
        if (!type) {
          const message = `Not a YAML token: ${source2}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source: source2 });
          this.offset += source2.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source2.length);
              break;
            case "space":
              if (this.atNewLine && source2[0] === " ")
                this.indent += source2.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source2.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source2.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start2 = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start: start2, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start2 = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i2 = 0; i2 < it.sep.length; ++i2) {
              const st = it.sep[i2];
              switch (st.type) {
                case "newline":
                  nl.push(i2);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start2 = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2 });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start2.push(this.sourceToken);
                map.items.push({ start: start2, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start3 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start3, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start3 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start3, key, sep: sep2 }]
                  });
                } else if (start2.length > 0) {
                  it.sep = it.sep.concat(start2, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start: start2, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start: start2, key: fs2, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs2);
              } else {
                Object.assign(it, { key: fs2, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start: start2 });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs2 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs2, sep: [] });
              else if (it.sep)
                this.stack.push(fs2);
              else
                Object.assign(it, { key: fs2, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start: start2, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            start2.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start2 = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: start2, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start2, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start2.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source2)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source2, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source2), true, source2.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source2, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source2, lineCounter2));
      }
      return doc;
    }
    function parse5(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse5;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// src/cli/build-options.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/cli/progress.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function progressTo(stderr) {
  return stderr.isTTY ? (message) => void stderr.write(`\u2026 ${message}
`) : void 0;
}

// src/cli/build-options.ts
function buildOptions(args2, io) {
  return {
    onProgress: progressTo(io.stderr),
    onWarning: (message) => void io.stderr.write(`blast-radius: warning: ${message}
`),
    cacheDir: args2.cacheDir,
    maxFileBytes: args2.maxFileBytes,
    threads: args2.threads,
    settings: args2.settings,
    gitLists: args2.gitLists,
    cacheRead: args2.cacheRead
  };
}

// src/graph/build-graph.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/cache/facts-cache.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { randomBytes } from "node:crypto";
import { close, mkdirSync, openSync, writev } from "node:fs";
import { rename, unlink } from "node:fs/promises";
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
  bytes(source2) {
    this.room(source2.length);
    this.buffer.set(source2, this.at);
    this.at += source2.length;
  }
  /** A string as its UTF-8 length in bytes, then those bytes. */
  text(value) {
    const length = Buffer.byteLength(value, "utf8");
    this.uint(length);
    this.room(length);
    this.at += this.buffer.write(value, this.at, "utf8");
  }
  /** Appends source[start, end), without making a view of it. */
  copy(source2, start2, end) {
    this.room(end - start2);
    source2.copy(this.buffer, this.at, start2, end);
    this.at += end - start2;
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
  constructor(buffer, at2 = 0, end = buffer.length) {
    this.buffer = buffer;
    this.at = at2;
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
  OBJECT: 8,
  /** A long string, in the value itself: its UTF-8 length in bytes, then its bytes. */
  TEXT: 9
};
var TEXT_FROM = 256;
var NotJsonData = class extends Error {
};
var LONE_SURROGATE = new RegExp("\\p{Cs}", "u");
function refuseLoneSurrogate(value) {
  if (LONE_SURROGATE.test(value)) throw new NotJsonData("a lone surrogate");
}
var ValueTables = class _ValueTables {
  constructor(strings2 = [], shapes = [], read, shapeKeys = []) {
    this.strings = strings2;
    this.shapes = shapes;
    this.read = read;
    this.shapeKeys = shapeKeys;
  }
  strings;
  shapes;
  read;
  shapeKeys;
  /** The ids of the strings added since the table was read (all of them for a table made here). */
  stringIds;
  shapeRoot;
  /** The string with this index; throws DamagedCache past the table. */
  stringAt(id) {
    const s = this.strings[id];
    if (s !== void 0) return s;
    const read = this.read;
    if (read === void 0 || !(id >= 0 && id < read.count)) throw new DamagedCache("a string index past the table");
    return this.strings[id] = read.decoded.slice(read.starts[id], read.starts[id + 1]);
  }
  /**
   * The string's index, adding it to the table; throws NotJsonData for one UTF-8 cannot carry. The
   * strings of a table read from a file are not looked up: indexing them all (half a million at
   * 100,000 files) was most of a save after a small change. A string the table had before is added
   * again; the tables are built afresh once the entries added and dropped since outnumber those kept.
   */
  string(value) {
    const ids = this.stringIds ??= new Map(this.read ? [] : this.strings.map((s, i2) => [s, i2]));
    let id = ids.get(value);
    if (id === void 0) {
      refuseLoneSurrogate(value);
      id = this.strings.push(value) - 1;
      ids.set(value, id);
    }
    return id;
  }
  shape(keys2) {
    const node = this.shapeNode(keys2);
    if (node.id === void 0) {
      this.shapeKeys.push(keys2.map((key) => this.string(key)));
      node.id = this.shapes.push(keys2) - 1;
    }
    return node.id;
  }
  shapeNode(keys2) {
    if (!this.shapeRoot) {
      this.shapeRoot = {};
      this.shapes.forEach((known, id) => this.walk(known).id = id);
    }
    return this.walk(keys2);
  }
  walk(keys2) {
    let node = this.shapeRoot;
    for (const key of keys2) {
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
  write(out2) {
    const known = this.read?.count ?? 0;
    const added = known ? this.strings.slice(known) : this.strings;
    out2.uint(this.strings.length);
    if (this.read) out2.bytes(this.read.lengths);
    for (const s of added) out2.uint(s.length);
    const text = Buffer.from(added.join(""), "utf8");
    out2.uint((this.read?.text.length ?? 0) + text.length);
    if (this.read) out2.bytes(this.read.text);
    out2.bytes(text);
    out2.uint(this.shapeKeys.length);
    for (const ids of this.shapeKeys) {
      out2.uint(ids.length);
      for (const id of ids) out2.uint(id);
    }
  }
  static read(input) {
    const count2 = input.uint();
    if (count2 > input.left) throw new DamagedCache("a string table longer than its bytes");
    const lengthsAt = input.at;
    const starts = new Uint32Array(count2 + 1);
    for (let i2 = 0; i2 < count2; i2++) starts[i2 + 1] = starts[i2] + input.uint();
    const lengthBytes = input.buffer.subarray(lengthsAt, input.at);
    const textBytes = input.take(input.uint());
    const decoded = textBytes.toString("utf8");
    if (starts[count2] !== decoded.length) throw new DamagedCache("string table lengths do not add up");
    const read = { count: count2, lengths: lengthBytes, text: textBytes, decoded, starts };
    const tables = new _ValueTables(new Array(count2), [], read, []);
    for (let i2 = input.uint(); i2 > 0; i2--) {
      const ids = [];
      for (let k = input.uint(); k > 0; k--) ids.push(input.uint());
      tables.shapes.push(ids.map((id) => tables.stringAt(id)));
      tables.shapeKeys.push(ids);
    }
    return tables;
  }
};
function encodeValue(value, tables, out2) {
  if (value === null) out2.byte(TAG.NULL);
  else if (value === true) out2.byte(TAG.TRUE);
  else if (value === false) out2.byte(TAG.FALSE);
  else if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new NotJsonData(`the number ${value}`);
    if (Number.isSafeInteger(value) && !Object.is(value, -0)) {
      out2.byte(value < 0 ? TAG.NEGATIVE_INT : TAG.UINT);
      out2.uint(Math.abs(value));
    } else {
      out2.byte(TAG.FLOAT);
      out2.float(value);
    }
  } else if (typeof value === "string") {
    if (value.length < TEXT_FROM) {
      out2.byte(TAG.STRING);
      out2.uint(tables.string(value));
    } else {
      refuseLoneSurrogate(value);
      out2.byte(TAG.TEXT);
      out2.text(value);
    }
  } else if (Array.isArray(value)) {
    out2.byte(TAG.ARRAY);
    out2.uint(value.length);
    for (const item of value) encodeValue(item, tables, out2);
  } else if (typeof value === "object") {
    const record = value;
    const keys2 = Object.keys(record).filter((k) => record[k] !== void 0);
    out2.byte(TAG.OBJECT);
    out2.uint(tables.shape(keys2));
    for (const key of keys2) encodeValue(record[key], tables, out2);
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
    case TAG.TEXT:
      return input.take(input.uint()).toString("utf8");
    case TAG.ARRAY: {
      const length = input.uint();
      if (length > input.left) throw new DamagedCache("an array longer than its bytes");
      const items = new Array(length);
      for (let i2 = 0; i2 < length; i2++) items[i2] = decodeValue(input, tables);
      return items;
    }
    case TAG.OBJECT: {
      const keys2 = tables.shapes[input.uint()];
      if (!keys2) throw new DamagedCache("an object names no shape");
      const record = {};
      for (const key of keys2) {
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
var FACTS_CACHE_FORMAT = "blast-radius/facts-cache@3";
var MAX_HEADER_BYTES = 4096;
var StoredEntries = class {
  constructor(tables, body2, index, spans, languageIds, stale) {
    this.tables = tables;
    this.body = body2;
    this.index = index;
    this.languageIds = languageIds;
    this.stale = stale;
    this.keyIds = new Uint32Array(spans.length / 3);
    this.starts = new Uint32Array(spans.length / 3);
    this.ends = new Uint32Array(spans.length / 3);
    for (let i2 = 0; i2 < spans.length; i2 += 3) {
      this.keyIds[i2 / 3] = spans[i2];
      this.starts[i2 / 3] = spans[i2 + 1];
      this.ends[i2 / 3] = spans[i2 + 2];
    }
  }
  tables;
  body;
  index;
  languageIds;
  stale;
  starts;
  ends;
  /** Each entry's key, and each language, as the string ids the file gave them: written again as they are. */
  keyIds;
  /** The string id of the entry's key in these tables. */
  keyId(entry) {
    return this.keyIds[entry];
  }
  /** The string id of a language's name in these tables, where the file had entries of it. */
  languageId(language) {
    return this.languageIds.get(language);
  }
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
  copy(entry, out2) {
    out2.copy(this.body, this.starts[entry], this.ends[entry]);
  }
};
function cacheFileBytes(entries, tables, version, stale, from) {
  const out2 = new ByteWriter();
  const language = new ByteWriter();
  const value = new ByteWriter();
  let total = 0;
  const languages = [...entries.keys()].sort();
  out2.uint(languages.length);
  for (const name2 of languages) {
    const byKey = entries.get(name2);
    language.reset();
    let kept = 0;
    for (const key of from ? byKey.keys() : [...byKey.keys()].sort()) {
      const entry = byKey.get(key);
      if ("stored" in entry) {
        language.uint(from.keyId(entry.stored));
        language.uint(from.length(entry.stored));
        from.copy(entry.stored, language);
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
    out2.uint(from?.languageId(name2) ?? tables.string(name2));
    out2.uint(kept);
    out2.bytes(language.result());
    total += kept;
  }
  const head = new ByteWriter();
  tables.write(head);
  const body2 = [head.result(), out2.result()];
  const header = {
    format: FACTS_CACHE_FORMAT,
    version,
    entries: total,
    bytes: body2[0].length + body2[1].length,
    sha256: createHash("sha256").update(body2[0]).update(body2[1]).digest("hex"),
    stale
  };
  return [Buffer.from(JSON.stringify(header) + "\n"), ...body2];
}
async function readCacheFile(path, version, started) {
  let data;
  try {
    data = await (started ?? readWhole(path));
  } catch (error) {
    const code2 = error.code;
    return code2 === "ENOENT" ? void 0 : { reason: `not readable (${code2 ?? error.message})` };
  }
  const newline = data.subarray(0, MAX_HEADER_BYTES).indexOf(10);
  const header = newline < 0 ? void 0 : parseHeader(data.subarray(0, newline).toString("utf8"));
  if (!header) return { reason: "not a facts cache (no header line)" };
  if (header.format !== FACTS_CACHE_FORMAT) return { reason: `another format (${header.format}, this reads ${FACTS_CACHE_FORMAT})` };
  if (header.version !== version) return { reason: `written by version ${header.version}, this is ${version}` };
  const body2 = data.subarray(newline + 1);
  if (body2.length < header.bytes) return { reason: `truncated (${body2.length} of ${header.bytes} bytes)` };
  if (body2.length > header.bytes) return { reason: `longer than its header says (${body2.length}, not ${header.bytes} bytes)` };
  if (createHash("sha256").update(body2).digest("hex") !== header.sha256) return { reason: "damaged (checksum does not match)" };
  try {
    const stored = indexBody(body2, header.stale);
    if (stored.count !== header.entries) return { reason: `damaged (${stored.count} entries, header says ${header.entries})` };
    return stored;
  } catch (error) {
    if (error instanceof DamagedCache) return { reason: `damaged (${error.message})` };
    throw error;
  }
}
function indexBody(body2, stale) {
  const input = new ByteReader(body2);
  const tables = ValueTables.read(input);
  const index = /* @__PURE__ */ new Map();
  const languageIds = /* @__PURE__ */ new Map();
  const spans = [];
  for (let languages = input.uint(); languages > 0; languages--) {
    const languageId = input.uint();
    const language = tables.stringAt(languageId);
    if (index.has(language)) throw new DamagedCache(`language ${language} twice`);
    const byKey = /* @__PURE__ */ new Map();
    index.set(language, byKey);
    languageIds.set(language, languageId);
    for (let n = input.uint(); n > 0; n--) {
      const keyId = input.uint();
      const key = tables.stringAt(keyId);
      const length = input.uint();
      const start2 = input.at;
      input.skip(length);
      byKey.set(key, spans.length / 3);
      spans.push(keyId, start2, start2 + length);
    }
  }
  if (!input.done) throw new DamagedCache("bytes after the last entry");
  return new StoredEntries(tables, body2, index, spans, languageIds, stale);
}
function parseHeader(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return void 0;
  const { format: format2, version, entries, bytes, sha256, stale } = value;
  if (typeof format2 !== "string") return void 0;
  if (format2 !== FACTS_CACHE_FORMAT) return { format: format2, version: "", entries: 0, bytes: 0, sha256: "", stale: 0 };
  if (typeof version !== "string" || typeof sha256 !== "string") return void 0;
  if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(bytes) || !Number.isSafeInteger(stale)) return void 0;
  return { format: format2, version, entries, bytes, sha256, stale };
}

// src/cache/facts-cache.ts
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
  static async open(dir, version, early) {
    const read = await readCacheFile(factsCacheFile(dir), version, early?.take(dir));
    return read instanceof StoredEntries ? new _FactsCache(dir, version, read, void 0) : new _FactsCache(dir, version, void 0, read?.reason);
  }
  get stats() {
    return { ...this.counts };
  }
  get(language, key) {
    const value = this.recall(language, key);
    if (value === void 0) this.counts.misses++;
    else this.counts.hits++;
    return value;
  }
  /**
   * Whether the file read at the start (or this run) has the entry, counted as `get` counts and kept by
   * `save`, without decoding it: its value is decoded when `recall` first asks for it. A warm run whose
   * resolution is kept never needs most files' facts (at 100,000 files decoding them all took a second).
   */
  hold(language, key) {
    const known = this.used.get(language)?.has(key) ?? false;
    const entry = known ? void 0 : this.stored?.find(language, key);
    if (!known && entry === void 0) {
      this.counts.misses++;
      return false;
    }
    this.counts.hits++;
    if (entry !== void 0) {
      entriesOf(this.used, language).set(key, { stored: entry });
      this.fromFile++;
    }
    return true;
  }
  /**
   * An entry as `get` gives it, kept by `save`, but not counted in `stats`: for what is not one file's
   * facts, and for a held entry's value. A held entry that does not decode is dropped (`save` leaves it
   * out) and counts as absent.
   */
  recall(language, key) {
    const used = this.used.get(language)?.get(key);
    if (!used) return this.load(language, key)?.value;
    if (used.value === void 0) {
      used.value = this.decoded(used.stored);
      if (used.value === void 0) this.drop(language, key);
    }
    return used.value;
  }
  /**
   * An entry as `get` gives it, but not counted, and not kept by `save` unless this run uses it: a look at
   * what an earlier run knew (the facts of a file's content before a change) without keeping it alive.
   */
  peek(language, key) {
    if (this.used.get(language)?.has(key)) return this.recall(language, key);
    const entry = this.stored?.find(language, key);
    return entry === void 0 ? void 0 : this.decoded(entry);
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
   *
   * The bytes are made, and their write handed to the thread pool, before this returns: a caller that
   * goes on working before it awaits the promise has the file written meanwhile (a step that awaited
   * first, as `mkdir` or a write per piece do, would wait for that work to end).
   */
  save() {
    const stored = this.stored;
    if (stored && this.added === 0 && this.fromFile === stored.count) return Promise.resolve();
    const target = factsCacheFile(this.dir);
    const temp = join(this.dir, `.${FACTS_CACHE_FILE}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
    const failed = (error) => new Error(`cannot write the facts cache ${target}: ${error.code ?? error.message}`);
    let bytes;
    let fd;
    try {
      bytes = this.fileBytes();
      mkdirSync(this.dir, { recursive: true });
      fd = openSync(temp, "wx");
    } catch (error) {
      return Promise.reject(failed(error));
    }
    return writeAll(fd, bytes).then(() => rename(temp, target)).catch(async (error) => {
      await unlink(temp).catch(() => void 0);
      throw failed(error);
    });
  }
  /** The entry from the file read at the start, decoded now, or undefined (a damaged entry counts as absent). */
  load(language, key) {
    const entry = this.stored?.find(language, key);
    if (entry === void 0) return void 0;
    const value = this.decoded(entry);
    if (value === void 0) return void 0;
    const used = { value, stored: entry };
    entriesOf(this.used, language).set(key, used);
    this.fromFile++;
    return used;
  }
  drop(language, key) {
    this.used.get(language).delete(key);
    this.fromFile--;
  }
  /** An entry of the file read at the start, decoded, or undefined where it is damaged (it counts as absent then). */
  decoded(entry) {
    try {
      return this.stored.decode(entry);
    } catch (error) {
      if (error instanceof DamagedCache) return void 0;
      throw error;
    }
  }
  /**
   * Entries that came from the file are copied as they are, with its tables extended by what the new
   * entries add: a run after a small change encodes only that change. The tables are built afresh
   * once the entries dropped and added since they were built outnumber the ones kept, so that the
   * strings of files long gone, and those a new entry added a second time, do not pile up.
   */
  fileBytes() {
    const stored = this.stored;
    const stale = stored ? stored.stale + stored.count - this.fromFile + this.added : 0;
    const reuse = stored !== void 0 && stale <= this.fromFile;
    const tables = reuse ? stored.tables : new ValueTables();
    const entries = /* @__PURE__ */ new Map();
    for (const [language, byKey] of this.used) {
      const out2 = /* @__PURE__ */ new Map();
      for (const [key, used] of byKey) {
        if (reuse && used.stored !== void 0) out2.set(key, { stored: used.stored });
        else {
          const value = used.value ?? this.decoded(used.stored);
          if (value !== void 0) out2.set(key, { value });
        }
      }
      entries.set(language, out2);
    }
    return cacheFileBytes(entries, tables, this.version, reuse ? stale : 0, reuse ? stored : void 0);
  }
};
function writeAll(fd, pieces) {
  const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
  return new Promise((resolve, reject) => {
    writev(fd, pieces, (error, written) => {
      const failure = error ?? (written === total ? null : new Error(`short write (${written} of ${total} bytes)`));
      close(fd, (closing) => {
        const reason = failure ?? closing;
        if (reason) reject(reason);
        else resolve();
      });
    });
  });
}
function entriesOf(entries, language) {
  let map = entries.get(language);
  if (!map) entries.set(language, map = /* @__PURE__ */ new Map());
  return map;
}

// src/discover/discover.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch = __toESM(require_picomatch2(), 1);
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";

// src/git/names.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { isUtf8 } from "node:buffer";
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function spellName(raw) {
  try {
    return { name: UTF8.decode(raw), utf8: true };
  } catch {
    const name2 = [...raw].map((b) => b < 128 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`).join("");
    return { name: name2, utf8: false };
  }
}
function spelledFields(output) {
  const fields = [];
  if (isUtf8(output)) {
    for (const name2 of output.toString("utf8").split("\0")) if (name2 !== "") fields.push({ name: name2, utf8: true });
    return fields;
  }
  for (let start2 = 0; start2 < output.length; ) {
    let end = output.indexOf(0, start2);
    if (end < 0) end = output.length;
    if (end > start2) fields.push(spellName(output.subarray(start2, end)));
    start2 = end + 1;
  }
  return fields;
}
function spellFields(output) {
  return spelledFields(output).map((field) => field.name).join("\0");
}

// src/discover/discover.ts
var EXCLUDED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", "venv", ".venv", "site-packages", "__pycache__", ".tox", ".git"]);
async function discoverFiles(repoDir, options = {}) {
  const listed = await listTracked(repoDir, options.gitLists) ?? { ...walk(repoDir), source: "walk" };
  return { files: selected(listed.files, options), skipped: listed.skipped, source: listed.source };
}
function selected(files, { include = [], exclude = [] }) {
  const included = include.length ? (0, import_picomatch.default)(include, { dot: true }) : () => true;
  const excluded = exclude.length ? (0, import_picomatch.default)(exclude, { dot: true }) : () => false;
  return files.filter((f) => included(f.path) && !excluded(f.path)).sort((a, b) => byCodePoint(a.path, b.path));
}
var IN_EXCLUDED_FOLDER = new RegExp(`(?:^|/)(?:${[...EXCLUDED_FOLDERS].map((name2) => name2.replace(/\./g, "\\.")).join("|")})/`);
function inExcludedFolder(path) {
  return IN_EXCLUDED_FOLDER.test(path);
}
async function listTracked(repoDir, started) {
  const outputs = await (started?.repoDir === repoDir ? started : startGitLists(repoDir)).outputs;
  if (!outputs) return void 0;
  const { stage, asStored, untracked, modified } = outputs;
  const entries = stagedEntries(stage);
  const stored = asStored?.equals(stage) ? void 0 : new Set(stagedEntries(asStored ?? Buffer.alloc(0)).map((e) => nameKey(e.name)));
  const edited = new Set(spelledFields(modified).map(nameKey));
  const listed = gitEntries(
    entries.map(({ mode, blob, name: name2 }) => {
      const key = nameKey(name2);
      return { mode, blob: edited.has(key) || stored && !stored.has(key) ? void 0 : blob, name: name2 };
    })
  );
  const { files, skipped } = listed;
  for (const name2 of spelledFields(untracked)) listed.add(name2);
  return { files, skipped, source: "git" };
}
function nameKey({ name: name2, utf8: utf82 }) {
  return utf82 ? name2 : `\0${name2}`;
}
function stagedEntries(output) {
  return spelledFields(output).map(({ name: entry, utf8: utf82 }) => {
    const tab = entry.indexOf("	");
    const space = entry.indexOf(" ");
    return {
      mode: entry.slice(0, space),
      blob: entry.slice(space + 1, entry.indexOf(" ", space + 1)),
      name: { name: entry.slice(tab + 1), utf8: utf82 }
    };
  });
}
function gitEntries(entries) {
  const files = [];
  const skipped = [];
  const sizes = /* @__PURE__ */ new Map();
  const add = (spelled, blob, size) => {
    const named = nameOf(spelled);
    if ("skipped" in named) {
      if (!inExcludedFolder(named.skipped.path)) skipped.push(named.skipped);
    } else if (!inExcludedFolder(named.path)) {
      files.push(blob ? { path: named.path, blob } : { path: named.path });
      if (size !== void 0) sizes.set(named.path, size);
    }
  };
  let previous;
  for (const { mode, blob, name: name2, size } of entries) {
    const key = nameKey(name2);
    if (key === previous) continue;
    previous = key;
    if (mode === "120000" || mode === "160000") {
      const named = nameOf(name2);
      const path = "skipped" in named ? named.skipped.path : named.path;
      if (!inExcludedFolder(path))
        skipped.push({ path, reason: mode === "120000" ? "symbolic link (not followed)" : "git submodule (not analysed)" });
    } else add(name2, blob, size);
  }
  return { files, skipped, sizes, add };
}
async function discoverCommit(repoDir, commit, options = {}) {
  const out2 = await runGitBytes(repoDir, ["ls-tree", "-r", "-z", "--long", "--end-of-options", commit]);
  const listed = gitEntries(
    spelledFields(out2).map(({ name: entry, utf8: utf82 }) => {
      const tab = entry.indexOf("	");
      const [mode, , blob, size] = entry.slice(0, tab).split(/ +/);
      return { mode, blob, name: { name: entry.slice(tab + 1), utf8: utf82 }, size: Number(size) };
    })
  );
  return { files: selected(listed.files, options), skipped: listed.skipped, source: "git", sizes: listed.sizes };
}
function nameOf({ name: name2, utf8: utf82 }) {
  if (!utf82) return { skipped: { path: name2, reason: "file name is not UTF-8 (cannot be named)" } };
  try {
    return { path: toRepoPath(name2) };
  } catch (error) {
    return { skipped: { path: name2, reason: `not a path inside the repository (${error.message})` } };
  }
}
function walk(repoDir) {
  const files = [];
  const skipped = [];
  const pending = [""];
  while (pending.length) {
    const rel = pending.pop();
    let entries;
    try {
      entries = readdirSync(join2(repoDir, rel), { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      skipped.push({ path: rel || ".", reason: `folder not readable (${error.code ?? "error"})` });
      continue;
    }
    const prefix = Buffer.from(rel ? `${rel}/` : "");
    for (const entry of entries) {
      const folder = entry.isDirectory();
      if (folder && (entry.name[0] === 46 || EXCLUDED_FOLDERS.has(entry.name.toString("latin1")))) continue;
      if (!folder && !entry.isFile() && !entry.isSymbolicLink()) continue;
      const named = nameOf(spellName(Buffer.concat([prefix, entry.name])));
      if ("skipped" in named) skipped.push(named.skipped);
      else if (entry.isSymbolicLink()) skipped.push({ path: named.path, reason: "symbolic link (not followed)" });
      else if (folder) pending.push(named.path);
      else files.push({ path: named.path });
    }
  }
  return { files, skipped };
}

// src/discover/git-tree-reader.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/discover/read-source.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { closeSync, constants, fstatSync, lstatSync, openSync as openSync2, readSync, realpathSync } from "node:fs";
import { join as join3, sep } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
function sizeVerdict(size, maxBytes) {
  return size > maxBytes ? `larger than ${formatSize(maxBytes)}` : void 0;
}
function textVerdict(bytes) {
  return bytes.includes(0) ? { skipped: "not text (holds a NUL byte)" } : { bytes };
}
var NATIVE = {
  isLink: (path) => lstatSync(path).isSymbolicLink(),
  // The native realpath: Node's own lstats every component.
  realpath: (path) => realpathSync.native(path)
};
var SourceReader = class {
  constructor(repoDir, maxBytes = DEFAULT_MAX_FILE_BYTES, probe = NATIVE) {
    this.repoDir = repoDir;
    this.maxBytes = maxBytes;
    this.probe = probe;
    this.rootReal = probe.realpath(repoDir);
  }
  repoDir;
  maxBytes;
  probe;
  /** Repository-relative folder ('' for the root) → whether it lies inside the repository. */
  inside = /* @__PURE__ */ new Map([["", true]]);
  rootReal;
  read(path) {
    if (!this.folderInside(dirOf(path))) return { skipped: "inside a link that leaves the repository (not followed)" };
    let fd;
    try {
      fd = openSync2(join3(this.repoDir, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (error) {
      const code2 = error.code;
      if (code2 === "ELOOP") return { skipped: "symbolic link (not followed)" };
      if (code2 === "ENOENT") return { gone: true };
      return { skipped: `not readable (${code2 ?? "error"})` };
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) return { skipped: "not a regular file" };
      const tooLarge = sizeVerdict(stat.size, this.maxBytes);
      if (tooLarge) return { skipped: tooLarge };
      return textVerdict(readAll(fd, stat.size));
    } catch (error) {
      return { skipped: `not readable (${error.code ?? "error"})` };
    } finally {
      closeSync(fd);
    }
  }
  /** Iterative, not recursive: a tree thousands of folders deep must not need as many stack frames. */
  folderInside(dir) {
    const unknown = [];
    let known = this.inside.get(dir);
    for (let at2 = dir; known === void 0; known = this.inside.get(at2)) {
      unknown.push(at2);
      at2 = dirOf(at2);
    }
    for (let k = unknown.length - 1; k >= 0; k--) {
      known = known && this.leadsNowhereOut(unknown[k]);
      this.inside.set(unknown[k], known);
    }
    return known;
  }
  leadsNowhereOut(dir) {
    const full = join3(this.repoDir, dir);
    let link;
    try {
      link = this.probe.isLink(full);
    } catch (error) {
      return error.code === "ENOENT";
    }
    if (!link) return true;
    try {
      const real = this.probe.realpath(full);
      return real === this.rootReal || real.startsWith(this.rootReal + sep);
    } catch {
      return false;
    }
  }
};
function readAll(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const n = readSync(fd, buffer, filled, size - filled, null);
    if (n === 0) break;
    filled += n;
  }
  return buffer.subarray(0, filled);
}
function formatSize(bytes) {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} bytes`;
}

// src/discover/git-tree-reader.ts
var GitTreeReader = class {
  constructor(repoDir, tree, maxBytes) {
    this.repoDir = repoDir;
    this.tree = tree;
    this.maxBytes = maxBytes;
    for (const file of tree.files) if (file.blob) this.blobs.set(file.path, file.blob);
  }
  repoDir;
  tree;
  maxBytes;
  blobs = /* @__PURE__ */ new Map();
  fetched = /* @__PURE__ */ new Map();
  async prefetch(paths) {
    const wanted = /* @__PURE__ */ new Set();
    for (const path of paths) {
      const blob = this.blobs.get(path);
      if (blob && !this.fetched.has(blob) && !sizeVerdict(this.tree.sizes.get(path) ?? 0, this.maxBytes)) wanted.add(blob);
    }
    if (!wanted.size) return;
    const out2 = await runGitBytes(this.repoDir, ["cat-file", "--batch"], Buffer.from([...wanted].join("\n") + "\n"));
    for (let at2 = 0; at2 < out2.length; ) {
      let eol = out2.indexOf(10, at2);
      if (eol < 0) eol = out2.length;
      const [id, type, size] = out2.subarray(at2, eol).toString("latin1").split(" ");
      if (type !== "blob") {
        at2 = eol + 1;
        continue;
      }
      const start2 = eol + 1;
      this.fetched.set(id, out2.subarray(start2, start2 + Number(size)));
      at2 = start2 + Number(size) + 1;
    }
  }
  read(path) {
    const blob = this.blobs.get(path);
    if (blob === void 0) return { gone: true };
    const tooLarge = sizeVerdict(this.tree.sizes.get(path) ?? 0, this.maxBytes);
    if (tooLarge) return { skipped: tooLarge };
    let bytes = this.fetched.get(blob);
    if (!bytes) {
      try {
        bytes = runGitBytesSync(this.repoDir, ["cat-file", "blob", blob]);
      } catch (error) {
        return { skipped: `not readable (${error.message})` };
      }
    }
    return textVerdict(bytes);
  }
};

// src/languages/facts-digest.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash as createHash2 } from "node:crypto";
import { readdirSync as readdirSync2, readFileSync } from "node:fs";
import { join as join4, relative } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/core/wasm-file.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
var RUNTIME_WASM = "web-tree-sitter/web-tree-sitter.wasm";
function wasmFile(specifier) {
  const beside = fileURLToPath(new URL(specifier.slice(specifier.lastIndexOf("/") + 1), import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(specifier);
}

// src/languages/facts-digest.ts
function factsDigest(adapter) {
  const built = typeof define_BLAST_RADIUS_FACTS_DIGESTS_default === "undefined" ? void 0 : define_BLAST_RADIUS_FACTS_DIGESTS_default[adapter.id];
  return built ?? digestFromSources(adapter, fileURLToPath2(new URL(".", import.meta.url)), wasmFile);
}
function digestFromSources(adapter, languagesDir, wasmPath) {
  const hash = createHash2("sha256");
  const shared = readdirSync2(languagesDir).filter((name2) => name2.endsWith(".ts")).sort().map((name2) => join4(languagesDir, name2));
  const sources = [...shared, ...sourcesBelow(join4(languagesDir, adapter.id)), ...sourcesBelow(join4(languagesDir, "../core"))];
  for (const file of sources) hash.update(`${relative(languagesDir, file)}\0`).update(readFileSync(file));
  for (const wasm of [RUNTIME_WASM, ...adapter.grammars]) hash.update(`${wasm}\0`).update(readFileSync(wasmPath(wasm)));
  return hash.digest("hex").slice(0, 16);
}
function sourcesBelow(dir) {
  return readdirSync2(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).flatMap((entry) => {
    const path = join4(dir, entry.name);
    return entry.isDirectory() ? sourcesBelow(path) : /\.(ts|json)$/.test(entry.name) ? [path] : [];
  });
}

// src/languages/registry.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/go/adapter.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/go/extract.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/go/go-string.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SIMPLE_ESCAPES = { a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11, "\\": 92, '"': 34 };
function unquoteGo(literal2) {
  if (literal2.length < 2) return void 0;
  const quote = literal2[0];
  if (quote !== literal2[literal2.length - 1]) return void 0;
  const body2 = literal2.slice(1, -1);
  if (quote === "`") return body2.includes("`") ? void 0 : body2.replaceAll("\r", "");
  if (quote !== '"') return void 0;
  if (!body2.includes("\\")) return body2.includes('"') || body2.includes("\n") ? void 0 : body2;
  return unescape(body2);
}
function unescape(body2) {
  const bytes = [];
  const encoder = new TextEncoder();
  for (let i2 = 0; i2 < body2.length; ) {
    const c = body2[i2];
    if (c === '"' || c === "\n") return void 0;
    if (c !== "\\") {
      const code2 = body2.codePointAt(i2);
      const char = String.fromCodePoint(code2);
      bytes.push(...encoder.encode(char));
      i2 += char.length;
      continue;
    }
    const e = body2[i2 + 1];
    if (e === void 0) return void 0;
    if (e in SIMPLE_ESCAPES) {
      bytes.push(SIMPLE_ESCAPES[e]);
      i2 += 2;
    } else if (e === "x" || e === "u" || e === "U") {
      const digits = e === "x" ? 2 : e === "u" ? 4 : 8;
      const hex = body2.slice(i2 + 2, i2 + 2 + digits);
      if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return void 0;
      const value = parseInt(hex, 16);
      if (e === "x") bytes.push(value);
      else if (value > 1114111 || value >= 55296 && value < 57344) return void 0;
      else bytes.push(...encoder.encode(String.fromCodePoint(value)));
      i2 += 2 + digits;
    } else if (/[0-7]/.test(e)) {
      const octal = body2.slice(i2 + 1, i2 + 4);
      if (!/^[0-7]{3}$/.test(octal) || parseInt(octal, 8) > 255) return void 0;
      bytes.push(parseInt(octal, 8));
      i2 += 4;
    } else return void 0;
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

// src/languages/go/header.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function goHeader(text) {
  const reader = new HeaderReader(text);
  return reader.read();
}
var isIdent = (c) => /[A-Za-z0-9_]/.test(c) || c.charCodeAt(0) >= 128;
var HeaderReader = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  broken = false;
  read() {
    this.peek();
    const start2 = this.pos;
    this.keyword("package");
    this.ident();
    while (!this.broken && this.peek() === "i") {
      this.keyword("import");
      if (this.peek() === "(") {
        this.pos++;
        while (!this.broken && this.peek() !== ")") this.importSpec();
        this.pos++;
      } else this.importSpec();
    }
    if (this.broken) return { start: 0, end: this.text.length, clean: false };
    this.peek();
    return { start: start2, end: Math.min(this.pos, this.text.length), clean: true };
  }
  /** Skips blanks, semicolons and comments (as the go reader does), and returns the next character ('' at the end). */
  peek() {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text[this.pos];
      if (c === " " || c === "	" || c === "\r" || c === "\n" || c === "\f" || c === ";") this.pos++;
      else if (text.startsWith("//", this.pos)) {
        const end = text.indexOf("\n", this.pos);
        this.pos = end < 0 ? text.length : end;
      } else if (text.startsWith("/*", this.pos)) {
        const end = text.indexOf("*/", this.pos + 2);
        if (end < 0) return this.fail();
        this.pos = end + 2;
      } else if (c === "/") return this.fail();
      else return c;
    }
    if (this.pos >= text.length) return "";
    return text[this.pos];
  }
  keyword(word) {
    this.peek();
    if (!this.text.startsWith(word, this.pos)) return void this.fail();
    this.pos += word.length;
    if (this.pos < this.text.length && isIdent(this.text[this.pos])) this.fail();
  }
  ident() {
    const c = this.peek();
    if (!c || !isIdent(c)) return void this.fail();
    while (this.pos < this.text.length && isIdent(this.text[this.pos])) this.pos++;
  }
  importSpec() {
    const c = this.peek();
    if (c === ".") this.pos++;
    else if (c && isIdent(c)) this.ident();
    this.string();
  }
  string() {
    const quote = this.peek();
    const text = this.text;
    if (quote !== '"' && quote !== "`") return void this.fail();
    let i2 = this.pos + 1;
    for (; i2 < text.length && text[i2] !== quote; i2++) {
      if (quote === '"' && text[i2] === "\n") return void this.fail();
      if (quote === '"' && text[i2] === "\\") i2++;
    }
    if (i2 >= text.length) return void this.fail();
    this.pos = i2 + 1;
  }
  fail() {
    this.broken = true;
    return "";
  }
};

// src/languages/go/simple-header.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var KEYWORDS = /* @__PURE__ */ new Set([
  ..."break case chan const continue default defer else fallthrough for func go goto if".split(" "),
  ..."import interface map package range return select struct switch type var".split(" ")
]);
var WORD = /[A-Za-z_][A-Za-z0-9_]*/y;
function simpleHeaderFacts(header, firstLine) {
  const tokens2 = tokenize(header, firstLine);
  if (!tokens2) return void 0;
  let i2 = 0;
  const next = () => tokens2[i2++] ?? { kind: "end" };
  const peek = () => tokens2[i2] ?? { kind: "end" };
  const word = (t, text) => t.kind === "word" && (text === void 0 ? !KEYWORDS.has(t.text) : t.text === text);
  if (!word(next(), "package")) return void 0;
  const name2 = next();
  if (name2.kind !== "word" || !word(name2) || name2.text === "_" || next().kind !== "end") return void 0;
  const imports = [];
  const spec = () => {
    let path = next();
    if (path.kind === "." || word(path)) path = next();
    const value = path.kind === "string" ? unquoteGo(path.text) : void 0;
    if (value === void 0 || path.kind !== "string") return false;
    imports.push({ path: value, line: path.line });
    return true;
  };
  while (i2 < tokens2.length) {
    if (!word(next(), "import")) return void 0;
    if (peek().kind === "(") {
      i2++;
      while (peek().kind !== ")") {
        if (!spec()) return void 0;
        const after = peek();
        if (after.kind === "end") i2++;
        else if (after.kind !== ")") return void 0;
      }
      i2++;
    } else if (!spec()) return void 0;
    if (i2 < tokens2.length && next().kind !== "end") return void 0;
  }
  return { package: name2.text, imports };
}
function tokenize(text, firstLine) {
  const tokens2 = [];
  let line = firstLine;
  const last = () => tokens2[tokens2.length - 1];
  const ends = () => {
    const t = last();
    return t !== void 0 && (t.kind === "word" || t.kind === "string" || t.kind === ")");
  };
  const lineBreak = () => {
    if (ends()) tokens2.push({ kind: "end" });
    else if (last() !== void 0 && last().kind !== "end" && last().kind !== "(") return false;
    return true;
  };
  for (let i2 = 0; i2 < text.length; ) {
    const c = text[i2];
    if (c === " " || c === "	" || c === "\r") i2++;
    else if (c === "\n") {
      if (!lineBreak()) return void 0;
      line++;
      i2++;
    } else if (text.startsWith("/*", i2)) {
      const close2 = text.indexOf("*/", i2 + 2);
      if (close2 < 0) return void 0;
      const breaks = text.slice(i2, close2).split("\n").length - 1;
      if (breaks && (ends() || !lineBreak())) return void 0;
      line += breaks;
      i2 = close2 + 2;
    } else if (c === ";") {
      if (!ends()) return void 0;
      tokens2.push({ kind: "end" });
      i2++;
    } else if (text.startsWith("//", i2)) {
      const end = text.indexOf("\n", i2);
      i2 = end < 0 ? text.length : end;
    } else if (c === "(" || c === ")" || c === ".") {
      tokens2.push({ kind: c });
      i2++;
    } else if (c === '"' || c === "`") {
      let j = i2 + 1;
      while (j < text.length && text[j] !== c && text[j] !== "\n") j += c === '"' && text[j] === "\\" ? 2 : 1;
      if (j >= text.length || text[j] !== c) return void 0;
      tokens2.push({ kind: "string", text: text.slice(i2, j + 1), line });
      i2 = j + 1;
    } else {
      WORD.lastIndex = i2;
      const match = WORD.exec(text);
      if (!match) return void 0;
      tokens2.push({ kind: "word", text: match[0] });
      i2 += match[0].length;
    }
  }
  if (ends()) tokens2.push({ kind: "end" });
  return tokens2;
}

// src/languages/undecodable-source.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var UndecodableSource = class extends Error {
};

// src/languages/go/extract.ts
var GoExtractor = class {
  constructor(parser, mode = "fast") {
    this.parser = parser;
    this.mode = mode;
  }
  parser;
  mode;
  extract(bytes) {
    const { text, header } = headerText(bytes);
    const source2 = header.clean ? text.slice(header.start, header.end) : text;
    const offset = header.clean ? linesBefore(text, header.start) : 0;
    const simple = header.clean && this.mode === "fast" ? simpleHeaderFacts(source2, offset + 1) : void 0;
    if (simple) return simple;
    this.parser.reset();
    const tree = this.parser.parse(source2);
    if (!tree) return { package: null, imports: [], syntaxErrorLine: 1 };
    try {
      return this.read(tree.rootNode, source2, offset);
    } finally {
      tree.delete();
    }
  }
  /** Reads the parsed header; `offset` is the number of lines above where the parsed `source` starts. */
  read(root, source2, offset) {
    const lineAt = (row) => row + 1 + offset;
    const lineOf = (node) => lineAt(node.startPosition.row);
    const error = root.hasError ? firstError(root, source2, lineAt) : void 0;
    const before = (node) => error === void 0 || node.endIndex <= error.index;
    const broken = error === void 0 ? {} : { syntaxErrorLine: error.line };
    const top = root.children.filter((c) => c !== null && c.isNamed && c.type !== "comment");
    const clause = top[0];
    const name2 = clause?.type === "package_clause" && before(clause) ? clause.namedChildren.find((c) => c?.type === "package_identifier") : void 0;
    if (name2?.text === "_") return { package: null, imports: [], syntaxErrorLine: lineOf(name2) };
    if (!name2) return { package: null, imports: [], syntaxErrorLine: error?.line ?? (clause ? lineOf(clause) : 1) };
    const imports = [];
    for (const declaration of top.slice(1)) {
      if (declaration.type !== "import_declaration") break;
      for (const spec of declaration.descendantsOfType("import_spec")) {
        if (!spec || !before(spec)) continue;
        const literal2 = spec.childForFieldName("path");
        const line = lineOf(literal2 ?? spec);
        const path = literal2 ? unquoteGo(literal2.text) : void 0;
        if (path === void 0) return { package: name2.text, imports, syntaxErrorLine: line };
        imports.push({ path, line });
      }
    }
    return { package: name2.text, imports, ...broken };
  }
};
function firstError(root, source2, lineAt) {
  const at2 = (node) => ({ index: node.startIndex, line: lineAt(node.startPosition.row) });
  const cursor = root.walk();
  try {
    for (; ; ) {
      const node = cursor.currentNode;
      if (node.type === "ERROR" || node.isMissing) return at2(node);
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent()) return unterminated(root, source2, at2);
    }
  } finally {
    cursor.delete();
  }
}
function unterminated(root, source2, at2) {
  const top = root.children.filter((c) => c !== null && c.isNamed && c.type !== "comment");
  for (let i2 = 1; i2 < top.length; i2++) {
    if (!/[\n;]/.test(source2.slice(top[i2 - 1].endIndex, top[i2].startIndex))) return at2(top[i2]);
  }
  return { index: root.endIndex, line: at2(root).line + root.endPosition.row };
}
function headerText(bytes) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new UndecodableSource("not UTF-8 text, which Go source must be");
  }
  return { text, header: goHeader(text) };
}
function linesBefore(text, end) {
  let lines = 0;
  for (let i2 = text.indexOf("\n"); i2 >= 0 && i2 < end; i2 = text.indexOf("\n", i2 + 1)) lines++;
  return lines;
}

// src/languages/go/facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var isLine = (v) => Number.isSafeInteger(v) && v > 0;
var isRecord = (v) => typeof v === "object" && v !== null;
function isGoFacts(value) {
  if (!isRecord(value) || !Array.isArray(value.imports)) return false;
  if (value.package !== null && typeof value.package !== "string") return false;
  if (value.syntaxErrorLine !== void 0 && !isLine(value.syntaxErrorLine)) return false;
  return value.imports.every((i2) => isRecord(i2) && typeof i2.path === "string" && isLine(i2.line));
}

// src/languages/go/kinds.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var GO_EDGE_KINDS = [
  { kind: "import", atLoad: true, meaning: "an import declaration: compiled against every file of the imported package" },
  { kind: "package", atLoad: true, meaning: "same package: files of one package share one scope" }
];

// src/languages/go/parser.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/core/tree-sitter.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { setFlagsFromString } from "node:v8";

// node_modules/web-tree-sitter/web-tree-sitter.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var Edit = class {
  static {
    __name(this, "Edit");
  }
  /** The start position of the change. */
  startPosition;
  /** The end position of the change before the edit. */
  oldEndPosition;
  /** The end position of the change after the edit. */
  newEndPosition;
  /** The start index of the change. */
  startIndex;
  /** The end index of the change before the edit. */
  oldEndIndex;
  /** The end index of the change after the edit. */
  newEndIndex;
  constructor({
    startIndex,
    oldEndIndex,
    newEndIndex,
    startPosition,
    oldEndPosition,
    newEndPosition
  }) {
    this.startIndex = startIndex >>> 0;
    this.oldEndIndex = oldEndIndex >>> 0;
    this.newEndIndex = newEndIndex >>> 0;
    this.startPosition = startPosition;
    this.oldEndPosition = oldEndPosition;
    this.newEndPosition = newEndPosition;
  }
  /**
   * Edit a point and index to keep it in-sync with source code that has been edited.
   *
   * This function updates a single point's byte offset and row/column position
   * based on an edit operation. This is useful for editing points without
   * requiring a tree or node instance.
   */
  editPoint(point, index) {
    let newIndex = index;
    const newPoint = { ...point };
    if (index >= this.oldEndIndex) {
      newIndex = this.newEndIndex + (index - this.oldEndIndex);
      const originalRow = point.row;
      newPoint.row = this.newEndPosition.row + (point.row - this.oldEndPosition.row);
      newPoint.column = originalRow === this.oldEndPosition.row ? this.newEndPosition.column + (point.column - this.oldEndPosition.column) : point.column;
    } else if (index > this.startIndex) {
      newIndex = this.newEndIndex;
      newPoint.row = this.newEndPosition.row;
      newPoint.column = this.newEndPosition.column;
    }
    return { point: newPoint, index: newIndex };
  }
  /**
   * Edit a range to keep it in-sync with source code that has been edited.
   *
   * This function updates a range's start and end positions based on an edit
   * operation. This is useful for editing ranges without requiring a tree
   * or node instance.
   */
  editRange(range) {
    const newRange = {
      startIndex: range.startIndex,
      startPosition: { ...range.startPosition },
      endIndex: range.endIndex,
      endPosition: { ...range.endPosition }
    };
    if (range.endIndex >= this.oldEndIndex) {
      if (range.endIndex !== Number.MAX_SAFE_INTEGER) {
        newRange.endIndex = this.newEndIndex + (range.endIndex - this.oldEndIndex);
        newRange.endPosition = {
          row: this.newEndPosition.row + (range.endPosition.row - this.oldEndPosition.row),
          column: range.endPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.endPosition.column - this.oldEndPosition.column) : range.endPosition.column
        };
        if (newRange.endIndex < this.newEndIndex) {
          newRange.endIndex = Number.MAX_SAFE_INTEGER;
          newRange.endPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
        }
      }
    } else if (range.endIndex > this.startIndex) {
      newRange.endIndex = this.startIndex;
      newRange.endPosition = { ...this.startPosition };
    }
    if (range.startIndex >= this.oldEndIndex) {
      newRange.startIndex = this.newEndIndex + (range.startIndex - this.oldEndIndex);
      newRange.startPosition = {
        row: this.newEndPosition.row + (range.startPosition.row - this.oldEndPosition.row),
        column: range.startPosition.row === this.oldEndPosition.row ? this.newEndPosition.column + (range.startPosition.column - this.oldEndPosition.column) : range.startPosition.column
      };
      if (newRange.startIndex < this.newEndIndex) {
        newRange.startIndex = Number.MAX_SAFE_INTEGER;
        newRange.startPosition = { row: Number.MAX_SAFE_INTEGER, column: Number.MAX_SAFE_INTEGER };
      }
    } else if (range.startIndex > this.startIndex) {
      newRange.startIndex = this.startIndex;
      newRange.startPosition = { ...this.startPosition };
    }
    return newRange;
  }
};
var SIZE_OF_SHORT = 2;
var SIZE_OF_INT = 4;
var SIZE_OF_CURSOR = 4 * SIZE_OF_INT;
var SIZE_OF_NODE = 5 * SIZE_OF_INT;
var SIZE_OF_POINT = 2 * SIZE_OF_INT;
var SIZE_OF_RANGE = 2 * SIZE_OF_INT + 2 * SIZE_OF_POINT;
var ZERO_POINT = { row: 0, column: 0 };
var INTERNAL = /* @__PURE__ */ Symbol("INTERNAL");
function assertInternal(x) {
  if (x !== INTERNAL) throw new Error("Illegal constructor");
}
__name(assertInternal, "assertInternal");
function isPoint(point) {
  return !!point && typeof point.row === "number" && typeof point.column === "number";
}
__name(isPoint, "isPoint");
function setModule(module2) {
  C = module2;
}
__name(setModule, "setModule");
var C;
function newFinalizer(handler) {
  try {
    return new FinalizationRegistry(handler);
  } catch (e) {
    console.error("Unsupported FinalizationRegistry:", e);
    return;
  }
}
__name(newFinalizer, "newFinalizer");
var finalizer = newFinalizer((address) => {
  C._ts_lookahead_iterator_delete(address);
});
var LookaheadIterator = class {
  static {
    __name(this, "LookaheadIterator");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  language;
  /** @internal */
  positioned = false;
  /** @internal */
  constructor(internal, address, language) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    finalizer?.register(this, address, this);
  }
  /**
   * Get the current symbol of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol:
   *
   * - Before the first iteration step
   * - After the iterator is exhausted
   * - After a {@link reset} or {@link resetState} call
   */
  get currentTypeId() {
    return this.positioned ? C._ts_lookahead_iterator_current_symbol(this[0]) : null;
  }
  /**
   * Get the current symbol name of the lookahead iterator.
   *
   * Returns `null` if the iterator is not positioned on a symbol.
   */
  get currentType() {
    const id = this.currentTypeId;
    if (id === null) return null;
    return this.language.types[id] ?? C.UTF8ToString(C._ts_language_symbol_name(this.language[0], id));
  }
  /** Delete the lookahead iterator, freeing its resources. */
  delete() {
    finalizer?.unregister(this);
    C._ts_lookahead_iterator_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Reset the lookahead iterator.
   *
   * This returns `true` if the language was set successfully and `false`
   * otherwise.
   */
  reset(language, stateId) {
    if (C._ts_lookahead_iterator_reset(this[0], language[0], stateId)) {
      this.language = language;
      this.positioned = false;
      return true;
    }
    return false;
  }
  /**
   * Reset the lookahead iterator to another state.
   *
   * This returns `true` if the iterator was reset to the given state and
   * `false` otherwise.
   */
  resetState(stateId) {
    if (!C._ts_lookahead_iterator_reset_state(this[0], stateId)) return false;
    this.positioned = false;
    return true;
  }
  /**
   * Returns an iterator that iterates over the symbols of the lookahead iterator.
   *
   * The iterator will yield the current symbol name as a string for each step
   * until there are no more symbols to iterate over.
   */
  [Symbol.iterator]() {
    return {
      next: /* @__PURE__ */ __name(() => {
        this.positioned = Boolean(C._ts_lookahead_iterator_next(this[0]));
        const value = this.currentType;
        return value === null ? { done: true, value: "" } : { done: false, value };
      }, "next")
    };
  }
};
function getText(tree, startIndex, endIndex, startPosition) {
  const length = endIndex - startIndex;
  let result = tree.textCallback(startIndex, startPosition);
  if (result) {
    startIndex += result.length;
    while (startIndex < endIndex) {
      const string = tree.textCallback(startIndex, startPosition);
      if (string && string.length > 0) {
        startIndex += string.length;
        result += string;
      } else {
        break;
      }
    }
    if (startIndex > endIndex) {
      result = result.slice(0, length);
    }
  }
  return result ?? "";
}
__name(getText, "getText");
var finalizer2 = newFinalizer((address) => {
  C._ts_tree_delete(address);
});
var Tree = class _Tree {
  static {
    __name(this, "Tree");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  textCallback;
  /** The language that was used to parse the syntax tree. */
  language;
  /** @internal */
  constructor(internal, address, language, textCallback) {
    assertInternal(internal);
    this[0] = address;
    this.language = language;
    this.textCallback = textCallback;
    finalizer2?.register(this, address, this);
  }
  /** Create a shallow copy of the syntax tree. This is very fast. */
  copy() {
    const address = C._ts_tree_copy(this[0]);
    return new _Tree(INTERNAL, address, this.language, this.textCallback);
  }
  /** Delete the syntax tree, freeing its resources. */
  delete() {
    finalizer2?.unregister(this);
    C._ts_tree_delete(this[0]);
    this[0] = 0;
  }
  /** Get the root node of the syntax tree. */
  get rootNode() {
    C._ts_tree_root_node_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Get the root node of the syntax tree, but with its position shifted
   * forward by the given offset.
   */
  rootNodeWithOffset(offsetBytes, offsetExtent) {
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, offsetBytes, "i32");
    marshalPoint(address + SIZE_OF_INT, offsetExtent);
    C._ts_tree_root_node_with_offset_wasm(this[0]);
    return unmarshalNode(this);
  }
  /**
   * Edit the syntax tree to keep it in sync with source code that has been
   * edited.
   *
   * You must describe the edit both in terms of byte offsets and in terms of
   * row/column coordinates.
   */
  edit(edit) {
    marshalEdit(edit);
    C._ts_tree_edit_wasm(this[0]);
  }
  /** Create a new {@link TreeCursor} starting from the root of the tree. */
  walk() {
    return this.rootNode.walk();
  }
  /**
   * Compare this old edited syntax tree to a new syntax tree representing
   * the same document, returning a sequence of ranges whose syntactic
   * structure has changed.
   *
   * For this to work correctly, this syntax tree must have been edited such
   * that its ranges match up to the new tree. Generally, you'll want to
   * call this method right after calling one of the [`Parser::parse`]
   * functions. Call it on the old tree that was passed to parse, and
   * pass the new tree that was returned from `parse`.
   */
  getChangedRanges(other) {
    if (!(other instanceof _Tree)) {
      throw new TypeError("Argument must be a Tree");
    }
    C._ts_tree_get_changed_ranges_wasm(this[0], other[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the included ranges that were used to parse the syntax tree. */
  getIncludedRanges() {
    C._ts_tree_included_ranges_wasm(this[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
};
var finalizer3 = newFinalizer((handles) => {
  marshalTreeCursor({ handles });
  C._ts_tree_cursor_delete_wasm(0);
});
var TreeCursor = class _TreeCursor {
  static {
    __name(this, "TreeCursor");
  }
  /** @internal */
  handles = [0, 0, 0, 0];
  // Internal handles for Wasm, shared with the finalizer.
  /** @internal */
  tree;
  /** @internal */
  constructor(internal, tree) {
    assertInternal(internal);
    this.tree = tree;
    unmarshalTreeCursor(this);
    finalizer3?.register(this, this.handles, this);
  }
  /** Creates a deep copy of the tree cursor. This allocates new memory. */
  copy() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_copy_wasm(this.tree[0]);
    return new _TreeCursor(INTERNAL, this.tree);
  }
  /** Delete the tree cursor, freeing its resources. */
  delete() {
    finalizer3?.unregister(this);
    marshalTreeCursor(this);
    C._ts_tree_cursor_delete_wasm(this.tree[0]);
    this.handles.fill(0);
  }
  /** Get the tree cursor's current {@link Node}. */
  get currentNode() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_current_node_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the numerical field id of this tree cursor's current node.
   *
   * See also {@link TreeCursor#currentFieldName}.
   */
  get currentFieldId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_field_id_wasm(this.tree[0]);
  }
  /** Get the field name of this tree cursor's current node. */
  get currentFieldName() {
    return this.tree.language.fields[this.currentFieldId];
  }
  /**
   * Get the depth of the cursor's current node relative to the original
   * node that the cursor was constructed with.
   */
  get currentDepth() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_depth_wasm(this.tree[0]);
  }
  /**
   * Get the index of the cursor's current node out of all of the
   * descendants of the original node that the cursor was constructed with.
   */
  get currentDescendantIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_descendant_index_wasm(this.tree[0]);
  }
  /** Get the type of the cursor's current node. */
  get nodeType() {
    return this.tree.language.types[this.nodeTypeId] || "ERROR";
  }
  /** Get the type id of the cursor's current node. */
  get nodeTypeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_type_id_wasm(this.tree[0]);
  }
  /** Get the state id of the cursor's current node. */
  get nodeStateId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_state_id_wasm(this.tree[0]);
  }
  /** Get the id of the cursor's current node. */
  get nodeId() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_id_wasm(this.tree[0]);
  }
  /**
   * Check if the cursor's current node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get nodeIsNamed() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if the cursor's current node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get nodeIsMissing() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_current_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Get the string content of the cursor's current node. */
  get nodeText() {
    marshalTreeCursor(this);
    const startIndex = C._ts_tree_cursor_start_index_wasm(this.tree[0]);
    const endIndex = C._ts_tree_cursor_end_index_wasm(this.tree[0]);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    const startPosition = unmarshalPoint(TRANSFER_BUFFER);
    return getText(this.tree, startIndex, endIndex, startPosition);
  }
  /** Get the start position of the cursor's current node. */
  get startPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_start_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the end position of the cursor's current node. */
  get endPosition() {
    marshalTreeCursor(this);
    C._ts_tree_cursor_end_position_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the start index of the cursor's current node. */
  get startIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_start_index_wasm(this.tree[0]);
  }
  /** Get the end index of the cursor's current node. */
  get endIndex() {
    marshalTreeCursor(this);
    return C._ts_tree_cursor_end_index_wasm(this.tree[0]);
  }
  /**
   * Move this cursor to the first child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   */
  gotoFirstChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_first_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the last child of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there were no children.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoFirstChild} because it needs to
   * iterate through all the children to compute the child's position.
   */
  gotoLastChild() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_last_child_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the parent of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no parent node (the cursor was already on the
   * root node).
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoParent() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_parent_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the next sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no next sibling node.
   *
   * Note that the node the cursor was constructed with is considered the root
   * of the cursor, and the cursor cannot walk outside this node.
   */
  gotoNextSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_next_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the previous sibling of its current node.
   *
   * This returns `true` if the cursor successfully moved, and returns
   * `false` if there was no previous sibling node.
   *
   * Note that this function may be slower than
   * {@link TreeCursor#gotoNextSibling} due to how node
   * positions are stored. In the worst case, this will need to iterate
   * through all the children up to the previous sibling node to recalculate
   * its position. Also note that the node the cursor was constructed with is
   * considered the root of the cursor, and the cursor cannot walk outside this node.
   */
  gotoPreviousSibling() {
    marshalTreeCursor(this);
    const result = C._ts_tree_cursor_goto_previous_sibling_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move the cursor to the node that is the nth descendant of
   * the original node that the cursor was constructed with, where
   * zero represents the original node itself.
   */
  gotoDescendant(goalDescendantIndex) {
    marshalTreeCursor(this);
    C._ts_tree_cursor_goto_descendant_wasm(this.tree[0], goalDescendantIndex);
    unmarshalTreeCursor(this);
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given byte offset.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForIndex(goalIndex) {
    marshalTreeCursor(this);
    C.setValue(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalIndex, "i32");
    const result = C._ts_tree_cursor_goto_first_child_for_index_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Move this cursor to the first child of its current node that contains or
   * starts after the given position.
   *
   * This returns `true` if the cursor successfully moved to a child node, and returns
   * `false` if no such child was found.
   */
  gotoFirstChildForPosition(goalPosition) {
    marshalTreeCursor(this);
    marshalPoint(TRANSFER_BUFFER + SIZE_OF_CURSOR, goalPosition);
    const result = C._ts_tree_cursor_goto_first_child_for_position_wasm(this.tree[0]);
    unmarshalTreeCursor(this);
    return result === 1;
  }
  /**
   * Re-initialize this tree cursor to start at the original node that the
   * cursor was constructed with.
   */
  reset(node) {
    marshalNode(node);
    marshalTreeCursor(this, TRANSFER_BUFFER + SIZE_OF_NODE);
    C._ts_tree_cursor_reset_wasm(node.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = node.tree;
  }
  /**
   * Re-initialize a tree cursor to the same position as another cursor.
   *
   * Unlike {@link TreeCursor#reset}, this will not lose parent
   * information and allows reusing already created cursors.
   */
  resetTo(cursor) {
    marshalTreeCursor(this, TRANSFER_BUFFER);
    marshalTreeCursor(cursor, TRANSFER_BUFFER + SIZE_OF_CURSOR);
    C._ts_tree_cursor_reset_to_wasm(this.tree[0], cursor.tree[0]);
    unmarshalTreeCursor(this);
    this.tree = cursor.tree;
  }
};
var Node = class {
  static {
    __name(this, "Node");
  }
  /** @internal */
  // @ts-expect-error: never read
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  _children;
  /** @internal */
  _namedChildren;
  /** @internal */
  constructor(internal, {
    id,
    tree,
    startIndex,
    startPosition,
    other
  }) {
    assertInternal(internal);
    this[0] = other;
    this.id = id;
    this.tree = tree;
    this.startIndex = startIndex;
    this.startPosition = startPosition;
  }
  /**
   * The numeric id for this node that is unique.
   *
   * Within a given syntax tree, no two nodes have the same id. However:
   *
   * * If a new tree is created based on an older tree, and a node from the old tree is reused in
   *   the process, then that node will have the same id in both trees.
   *
   * * A node not marked as having changes does not guarantee it was reused.
   *
   * * If a node is marked as having changed in the old tree, it will not be reused.
   */
  id;
  /** The byte index where this node starts. */
  startIndex;
  /** The position where this node starts. */
  startPosition;
  /** The tree that this node belongs to. */
  tree;
  /** Get this node's type as a numerical id. */
  get typeId() {
    marshalNode(this);
    return C._ts_node_symbol_wasm(this.tree[0]);
  }
  /**
   * Get the node's type as a numerical id as it appears in the grammar,
   * ignoring aliases.
   */
  get grammarId() {
    marshalNode(this);
    return C._ts_node_grammar_symbol_wasm(this.tree[0]);
  }
  /** Get this node's type as a string. */
  get type() {
    return this.tree.language.types[this.typeId] || "ERROR";
  }
  /**
   * Get this node's symbol name as it appears in the grammar, ignoring
   * aliases as a string.
   */
  get grammarType() {
    return this.tree.language.types[this.grammarId] || "ERROR";
  }
  /**
   * Check if this node is *named*.
   *
   * Named nodes correspond to named rules in the grammar, whereas
   * *anonymous* nodes correspond to string literals in the grammar.
   */
  get isNamed() {
    marshalNode(this);
    return C._ts_node_is_named_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *extra*.
   *
   * Extra nodes represent things like comments, which are not required
   * by the grammar, but can appear anywhere.
   */
  get isExtra() {
    marshalNode(this);
    return C._ts_node_is_extra_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error.
   *
   * Syntax errors represent parts of the code that could not be incorporated
   * into a valid syntax tree.
   */
  get isError() {
    marshalNode(this);
    return C._ts_node_is_error_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node is *missing*.
   *
   * Missing nodes are inserted by the parser in order to recover from
   * certain kinds of syntax errors.
   */
  get isMissing() {
    marshalNode(this);
    return C._ts_node_is_missing_wasm(this.tree[0]) === 1;
  }
  /** Check if this node has been edited. */
  get hasChanges() {
    marshalNode(this);
    return C._ts_node_has_changes_wasm(this.tree[0]) === 1;
  }
  /**
   * Check if this node represents a syntax error or contains any syntax
   * errors anywhere within it.
   */
  get hasError() {
    marshalNode(this);
    return C._ts_node_has_error_wasm(this.tree[0]) === 1;
  }
  /** Get the byte index where this node ends. */
  get endIndex() {
    marshalNode(this);
    return C._ts_node_end_index_wasm(this.tree[0]);
  }
  /** Get the position where this node ends. */
  get endPosition() {
    marshalNode(this);
    C._ts_node_end_point_wasm(this.tree[0]);
    return unmarshalPoint(TRANSFER_BUFFER);
  }
  /** Get the string content of this node. */
  get text() {
    return getText(this.tree, this.startIndex, this.endIndex, this.startPosition);
  }
  /** Get this node's parse state. */
  get parseState() {
    marshalNode(this);
    return C._ts_node_parse_state_wasm(this.tree[0]);
  }
  /** Get the parse state after this node. */
  get nextParseState() {
    marshalNode(this);
    return C._ts_node_next_parse_state_wasm(this.tree[0]);
  }
  /** Check if this node is equal to another node. */
  equals(other) {
    return this.tree === other.tree && this.id === other.id;
  }
  /**
   * Get the node's child at the given index, where zero represents the first child.
   *
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#children} instead.
   */
  child(index) {
    marshalNode(this);
    C._ts_node_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's *named* child at the given index.
   *
   * See also {@link Node#isNamed}.
   * This method is fairly fast, but its cost is technically log(n), so if
   * you might be iterating over a long list of children, you should use
   * {@link Node#namedChildren} instead.
   */
  namedChild(index) {
    marshalNode(this);
    C._ts_node_named_child_wasm(this.tree[0], index);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's child with the given numerical field id.
   *
   * See also {@link Node#childForFieldName}. You can
   * convert a field name to an id using {@link Language#fieldIdForName}.
   */
  childForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_child_by_field_id_wasm(this.tree[0], fieldId);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the first child with the given field name.
   *
   * If multiple children may have the same field name, access them using
   * {@link Node#childrenForFieldName}.
   */
  childForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1) return this.childForFieldId(fieldId);
    return null;
  }
  /** Get the field name of this node's child at the given index. */
  fieldNameForChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /** Get the field name of this node's named child at the given index. */
  fieldNameForNamedChild(index) {
    marshalNode(this);
    const address = C._ts_node_field_name_for_named_child_wasm(this.tree[0], index);
    if (!address) return null;
    return C.AsciiToString(address);
  }
  /**
   * Get an array of this node's children with a given field name.
   *
   * See also {@link Node#children}.
   */
  childrenForFieldName(fieldName) {
    const fieldId = this.tree.language.fields.indexOf(fieldName);
    if (fieldId !== -1 && fieldId !== 0) return this.childrenForFieldId(fieldId);
    return [];
  }
  /**
    * Get an array of this node's children with a given field id.
    *
    * See also {@link Node#childrenForFieldName}.
    */
  childrenForFieldId(fieldId) {
    marshalNode(this);
    C._ts_node_children_by_field_id_wasm(this.tree[0], fieldId);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Get the node's first child that contains or starts after the given byte offset. */
  firstChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's first named child that contains or starts after the given byte offset. */
  firstNamedChildForIndex(index) {
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, index, "i32");
    C._ts_node_first_named_child_for_byte_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's number of children. */
  get childCount() {
    marshalNode(this);
    return C._ts_node_child_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's number of *named* children.
   *
   * See also {@link Node#isNamed}.
   */
  get namedChildCount() {
    marshalNode(this);
    return C._ts_node_named_child_count_wasm(this.tree[0]);
  }
  /** Get this node's first child. */
  get firstChild() {
    return this.child(0);
  }
  /**
   * Get this node's first named child.
   *
   * See also {@link Node#isNamed}.
   */
  get firstNamedChild() {
    return this.namedChild(0);
  }
  /** Get this node's last child. */
  get lastChild() {
    return this.child(this.childCount - 1);
  }
  /**
   * Get this node's last named child.
   *
   * See also {@link Node#isNamed}.
   */
  get lastNamedChild() {
    return this.namedChild(this.namedChildCount - 1);
  }
  /**
   * Iterate over this node's children.
   *
   * If you're walking the tree recursively, you may want to use the
   * {@link TreeCursor} APIs directly instead.
   */
  get children() {
    if (!this._children) {
      marshalNode(this);
      C._ts_node_children_wasm(this.tree[0]);
      const count2 = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count2);
      if (count2 > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count2; i2++) {
          this._children[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._children;
  }
  /**
   * Iterate over this node's named children.
   *
   * See also {@link Node#children}.
   */
  get namedChildren() {
    if (!this._namedChildren) {
      marshalNode(this);
      C._ts_node_named_children_wasm(this.tree[0]);
      const count2 = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count2);
      if (count2 > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count2; i2++) {
          this._namedChildren[i2] = unmarshalNode(this.tree, address);
          address += SIZE_OF_NODE;
        }
        C._free(buffer);
      }
    }
    return this._namedChildren;
  }
  /**
   * Get the descendants of this node that are the given type, or in the given types array.
   *
   * The types array should contain node type strings, which can be retrieved from {@link Language#types}.
   *
   * Additionally, a `startPosition` and `endPosition` can be passed in to restrict the search to a byte range.
   */
  descendantsOfType(types, startPosition = ZERO_POINT, endPosition = ZERO_POINT) {
    if (!Array.isArray(types)) types = [types];
    const symbols = [];
    const typesBySymbol = this.tree.language.types;
    for (let i2 = 0, n = typesBySymbol.length; i2 < n; i2++) {
      if (types.includes(typesBySymbol[i2])) {
        symbols.push(i2);
      }
    }
    if (types.includes("ERROR")) {
      symbols.push(65535);
    }
    const symbolsAddress = C._malloc(SIZE_OF_INT * symbols.length);
    for (let i2 = 0, n = symbols.length; i2 < n; i2++) {
      C.setValue(symbolsAddress + i2 * SIZE_OF_INT, symbols[i2], "i32");
    }
    marshalNode(this);
    C._ts_node_descendants_of_type_wasm(
      this.tree[0],
      symbolsAddress,
      symbols.length,
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column
    );
    const descendantCount = C.getValue(TRANSFER_BUFFER, "i32");
    const descendantAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(descendantCount);
    if (descendantCount > 0) {
      let address = descendantAddress;
      for (let i2 = 0; i2 < descendantCount; i2++) {
        result[i2] = unmarshalNode(this.tree, address);
        address += SIZE_OF_NODE;
      }
    }
    C._free(descendantAddress);
    C._free(symbolsAddress);
    return result;
  }
  /** Get this node's next sibling. */
  get nextSibling() {
    marshalNode(this);
    C._ts_node_next_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get this node's previous sibling. */
  get previousSibling() {
    marshalNode(this);
    C._ts_node_prev_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's next *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get nextNamedSibling() {
    marshalNode(this);
    C._ts_node_next_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get this node's previous *named* sibling.
   *
   * See also {@link Node#isNamed}.
   */
  get previousNamedSibling() {
    marshalNode(this);
    C._ts_node_prev_named_sibling_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the node's number of descendants, including one for the node itself. */
  get descendantCount() {
    marshalNode(this);
    return C._ts_node_descendant_count_wasm(this.tree[0]);
  }
  /**
   * Get this node's immediate parent.
   * Prefer {@link Node#childWithDescendant} for iterating over this node's ancestors.
   */
  get parent() {
    marshalNode(this);
    C._ts_node_parent_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Get the node that contains `descendant`.
   *
   * Note that this can return `descendant` itself.
   */
  childWithDescendant(descendant) {
    marshalNode(this);
    marshalNode(descendant, 1);
    C._ts_node_child_with_descendant_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given byte range. */
  descendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given byte range. */
  namedDescendantForIndex(start2, end = start2) {
    if (typeof start2 !== "number" || typeof end !== "number") {
      throw new Error("Arguments must be numbers");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    C.setValue(address, start2, "i32");
    C.setValue(address + SIZE_OF_INT, end, "i32");
    C._ts_node_named_descendant_for_index_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest node within this node that spans the given point range. */
  descendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /** Get the smallest named node within this node that spans the given point range. */
  namedDescendantForPosition(start2, end = start2) {
    if (!isPoint(start2) || !isPoint(end)) {
      throw new Error("Arguments must be {row, column} objects");
    }
    marshalNode(this);
    const address = TRANSFER_BUFFER + SIZE_OF_NODE;
    marshalPoint(address, start2);
    marshalPoint(address + SIZE_OF_POINT, end);
    C._ts_node_named_descendant_for_position_wasm(this.tree[0]);
    return unmarshalNode(this.tree);
  }
  /**
   * Create a new {@link TreeCursor} starting from this node.
   *
   * Note that the given node is considered the root of the cursor,
   * and the cursor cannot walk outside this node.
   */
  walk() {
    marshalNode(this);
    C._ts_tree_cursor_new_wasm(this.tree[0]);
    return new TreeCursor(INTERNAL, this.tree);
  }
  /**
   * Edit this node to keep it in-sync with source code that has been edited.
   *
   * This function is only rarely needed. When you edit a syntax tree with
   * the {@link Tree#edit} method, all of the nodes that you retrieve from
   * the tree afterward will already reflect the edit. You only need to
   * use {@link Node#edit} when you have a specific {@link Node} instance that
   * you want to keep and continue to use after an edit.
   */
  edit(edit) {
    const { point, index } = edit.editPoint(this.startPosition, this.startIndex);
    this.startPosition = point;
    this.startIndex = index;
  }
  /** Get the S-expression representation of this node. */
  toString() {
    marshalNode(this);
    const address = C._ts_node_to_string_wasm(this.tree[0]);
    const result = C.AsciiToString(address);
    C._free(address);
    return result;
  }
};
function unmarshalCaptures(query, tree, address, patternIndex, result) {
  for (let i2 = 0, n = result.length; i2 < n; i2++) {
    const captureIndex = C.getValue(address, "i32");
    address += SIZE_OF_INT;
    const node = unmarshalNode(tree, address);
    address += SIZE_OF_NODE;
    result[i2] = { patternIndex, name: query.captureNames[captureIndex], node };
  }
  return address;
}
__name(unmarshalCaptures, "unmarshalCaptures");
function marshalNode(node, index = 0) {
  let address = TRANSFER_BUFFER + index * SIZE_OF_NODE;
  C.setValue(address, node.id, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.row, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node.startPosition.column, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, node[0], "i32");
}
__name(marshalNode, "marshalNode");
function unmarshalNode(tree, address = TRANSFER_BUFFER) {
  const id = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  if (id === 0) return null;
  const index = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const row = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const column = C.getValue(address, "i32");
  address += SIZE_OF_INT;
  const other = C.getValue(address, "i32");
  const result = new Node(INTERNAL, {
    id,
    tree,
    startIndex: index,
    startPosition: { row, column },
    other
  });
  return result;
}
__name(unmarshalNode, "unmarshalNode");
function marshalTreeCursor({ handles }, address = TRANSFER_BUFFER) {
  C.setValue(address + 0 * SIZE_OF_INT, handles[0], "i32");
  C.setValue(address + 1 * SIZE_OF_INT, handles[1], "i32");
  C.setValue(address + 2 * SIZE_OF_INT, handles[2], "i32");
  C.setValue(address + 3 * SIZE_OF_INT, handles[3], "i32");
}
__name(marshalTreeCursor, "marshalTreeCursor");
function unmarshalTreeCursor({ handles }) {
  handles[0] = C.getValue(TRANSFER_BUFFER + 0 * SIZE_OF_INT, "i32");
  handles[1] = C.getValue(TRANSFER_BUFFER + 1 * SIZE_OF_INT, "i32");
  handles[2] = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
  handles[3] = C.getValue(TRANSFER_BUFFER + 3 * SIZE_OF_INT, "i32");
}
__name(unmarshalTreeCursor, "unmarshalTreeCursor");
function marshalPoint(address, point) {
  C.setValue(address, point.row, "i32");
  C.setValue(address + SIZE_OF_INT, point.column, "i32");
}
__name(marshalPoint, "marshalPoint");
function unmarshalPoint(address) {
  const result = {
    row: C.getValue(address, "i32") >>> 0,
    column: C.getValue(address + SIZE_OF_INT, "i32") >>> 0
  };
  return result;
}
__name(unmarshalPoint, "unmarshalPoint");
function marshalRange(address, range) {
  marshalPoint(address, range.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, range.endPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, range.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, range.endIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalRange, "marshalRange");
function unmarshalRange(address) {
  const result = {};
  result.startPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.endPosition = unmarshalPoint(address);
  address += SIZE_OF_POINT;
  result.startIndex = C.getValue(address, "i32") >>> 0;
  address += SIZE_OF_INT;
  result.endIndex = C.getValue(address, "i32") >>> 0;
  return result;
}
__name(unmarshalRange, "unmarshalRange");
function marshalEdit(edit, address = TRANSFER_BUFFER) {
  marshalPoint(address, edit.startPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.oldEndPosition);
  address += SIZE_OF_POINT;
  marshalPoint(address, edit.newEndPosition);
  address += SIZE_OF_POINT;
  C.setValue(address, edit.startIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.oldEndIndex, "i32");
  address += SIZE_OF_INT;
  C.setValue(address, edit.newEndIndex, "i32");
  address += SIZE_OF_INT;
}
__name(marshalEdit, "marshalEdit");
function unmarshalLanguageMetadata(address) {
  const major_version = C.getValue(address, "i32");
  const minor_version = C.getValue(address += SIZE_OF_INT, "i32");
  const patch_version = C.getValue(address += SIZE_OF_INT, "i32");
  return { major_version, minor_version, patch_version };
}
__name(unmarshalLanguageMetadata, "unmarshalLanguageMetadata");
var LANGUAGE_FUNCTION_REGEX = /^tree_sitter_\w+$/;
var Language = class _Language {
  static {
    __name(this, "Language");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /**
   * A list of all node types in the language. The index of each type in this
   * array is its node type id.
   */
  types;
  /**
   * A list of all field names in the language. The index of each field name in
   * this array is its field id.
   */
  fields;
  /** @internal */
  constructor(internal, address) {
    assertInternal(internal);
    this[0] = address;
    this.types = new Array(C._ts_language_symbol_count(this[0]));
    for (let i2 = 0, n = this.types.length; i2 < n; i2++) {
      if (C._ts_language_symbol_type(this[0], i2) < 2) {
        this.types[i2] = C.UTF8ToString(C._ts_language_symbol_name(this[0], i2));
      }
    }
    this.fields = new Array(C._ts_language_field_count(this[0]) + 1);
    for (let i2 = 0, n = this.fields.length; i2 < n; i2++) {
      const fieldName = C._ts_language_field_name_for_id(this[0], i2);
      if (fieldName !== 0) {
        this.fields[i2] = C.UTF8ToString(fieldName);
      } else {
        this.fields[i2] = null;
      }
    }
  }
  /**
   * Gets the name of the language.
   */
  get name() {
    const ptr = C._ts_language_name(this[0]);
    if (ptr === 0) return null;
    return C.UTF8ToString(ptr);
  }
  /**
   * Gets the ABI version of the language.
   */
  get abiVersion() {
    return C._ts_language_abi_version(this[0]);
  }
  /**
  * Get the metadata for this language. This information is generated by the
  * CLI, and relies on the language author providing the correct metadata in
  * the language's `tree-sitter.json` file.
  */
  get metadata() {
    C._ts_language_metadata_wasm(this[0]);
    const length = C.getValue(TRANSFER_BUFFER, "i32");
    if (length === 0) return null;
    return unmarshalLanguageMetadata(TRANSFER_BUFFER + SIZE_OF_INT);
  }
  /**
   * Gets the number of fields in the language.
   */
  get fieldCount() {
    return this.fields.length - 1;
  }
  /**
   * Gets the number of states in the language.
   */
  get stateCount() {
    return C._ts_language_state_count(this[0]);
  }
  /**
   * Get the field id for a field name.
   */
  fieldIdForName(fieldName) {
    const result = this.fields.indexOf(fieldName);
    return result !== -1 ? result : null;
  }
  /**
   * Get the field name for a field id.
   */
  fieldNameForId(fieldId) {
    return this.fields[fieldId] ?? null;
  }
  /**
   * Get the node type id for a node type name.
   */
  idForNodeType(type, named) {
    const typeLength = C.lengthBytesUTF8(type);
    const typeAddress = C._malloc(typeLength + 1);
    C.stringToUTF8(type, typeAddress, typeLength + 1);
    const result = C._ts_language_symbol_for_name(this[0], typeAddress, typeLength, named ? 1 : 0);
    C._free(typeAddress);
    return result || null;
  }
  /**
   * Gets the number of node types in the language.
   */
  get nodeTypeCount() {
    return C._ts_language_symbol_count(this[0]);
  }
  /**
   * Get the node type name for a node type id.
   */
  nodeTypeForId(typeId) {
    const name2 = C._ts_language_symbol_name(this[0], typeId);
    return name2 ? C.UTF8ToString(name2) : null;
  }
  /**
   * Check if a node type is named.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/2-basic-parsing.html#named-vs-anonymous-nodes}
   */
  nodeTypeIsNamed(typeId) {
    return C._ts_language_type_is_named_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Check if a node type is visible.
   */
  nodeTypeIsVisible(typeId) {
    return C._ts_language_type_is_visible_wasm(this[0], typeId) ? true : false;
  }
  /**
   * Get the supertypes ids of this language.
   *
   * @see {@link https://tree-sitter.github.io/tree-sitter/using-parsers/6-static-node-types.html?highlight=supertype#supertype-nodes}
   */
  get supertypes() {
    C._ts_language_supertypes_wasm(this[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the subtype ids for a given supertype node id.
   */
  subtypes(supertype) {
    C._ts_language_subtypes_wasm(this[0], supertype);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = C.getValue(address, "i16");
        address += SIZE_OF_SHORT;
      }
    }
    return result;
  }
  /**
   * Get the next state id for a given state id and node type id.
   */
  nextState(stateId, typeId) {
    return C._ts_language_next_state(this[0], stateId, typeId);
  }
  /**
   * Create a new lookahead iterator for this language and parse state.
   *
   * This returns `null` if state is invalid for this language.
   *
   * Iterating {@link LookaheadIterator} will yield valid symbols in the given
   * parse state. A newly created iterator is not positioned on a symbol, so
   * {@link LookaheadIterator#currentType} returns `null` until the first
   * iteration step.
   *
   * Lookahead iterators can be useful for generating suggestions and improving
   * syntax error diagnostics. To get symbols valid in an `ERROR` node, use the
   * lookahead iterator on its first leaf node state. For `MISSING` nodes, a
   * lookahead iterator created on the previous non-extra leaf node may be
   * appropriate.
   */
  lookaheadIterator(stateId) {
    const address = C._ts_lookahead_iterator_new(this[0], stateId);
    if (address) return new LookaheadIterator(INTERNAL, address, this);
    return null;
  }
  /**
   * Load a language from a WebAssembly module.
   * The module can be provided as a path to a file, a `URL` to a file, or as a
   * buffer.
   */
  static async load(input) {
    let binary2;
    if (input instanceof Uint8Array) {
      binary2 = input;
    } else if (globalThis.process?.versions.node) {
      const fs2 = await import("fs/promises");
      binary2 = await fs2.readFile(input);
    } else {
      const response = await fetch(input);
      if (!response.ok) {
        const body2 = await response.text();
        throw new Error(`Language.load failed with status ${response.status}.

${body2}`);
      }
      const retryResp = response.clone();
      try {
        binary2 = await WebAssembly.compileStreaming(response);
      } catch (reason) {
        console.error("wasm streaming compile failed:", reason);
        console.error("falling back to ArrayBuffer instantiation");
        binary2 = new Uint8Array(await retryResp.arrayBuffer());
      }
    }
    const mod = await C.loadWebAssemblyModule(binary2, { loadAsync: true });
    return _Language.loadFromWasmExports(mod, { sync: false });
  }
  static loadFromWasmExports(mod, { sync }) {
    const symbolNames = Object.keys(mod);
    const functionName = symbolNames.find((key) => LANGUAGE_FUNCTION_REGEX.test(key) && !key.includes("external_scanner_"));
    if (!functionName) {
      console.log(`Couldn't find language function in Wasm file. Symbols:
${JSON.stringify(symbolNames, null, 2)}`);
      throw new Error(`Language.${sync ? "loadSync" : "load"} failed: no language function found in Wasm file`);
    }
    const languageAddress = mod[functionName]();
    return new _Language(INTERNAL, languageAddress);
  }
  /**
   * Load a language synchronously from a pre-compiled WebAssembly module.
   * Use this when the host environment provides a `WebAssembly.Module` directly.
   */
  static loadSync(wasmModule) {
    const mod = C.loadWebAssemblyModule(wasmModule, { loadAsync: false });
    return _Language.loadFromWasmExports(mod, { sync: true });
  }
};
async function Module2(moduleArg = {}) {
  var moduleRtn;
  var Module = moduleArg;
  var ENVIRONMENT_IS_WEB = typeof window == "object";
  var ENVIRONMENT_IS_WORKER = typeof WorkerGlobalScope != "undefined";
  var ENVIRONMENT_IS_NODE = typeof process == "object" && process.versions?.node && process.type != "renderer";
  if (ENVIRONMENT_IS_NODE) {
    const { createRequire: createRequire2 } = await import("module");
    var require = createRequire2(import.meta.url);
  }
  Module.currentQueryProgressCallback = null;
  Module.currentProgressCallback = null;
  Module.currentLogCallback = null;
  Module.currentParseCallback = null;
  var arguments_ = [];
  var thisProgram = "./this.program";
  var quit_ = /* @__PURE__ */ __name((status, toThrow) => {
    throw toThrow;
  }, "quit_");
  var _scriptName = import.meta.url;
  var scriptDirectory = "";
  function locateFile(path) {
    if (Module["locateFile"]) {
      return Module["locateFile"](path, scriptDirectory);
    }
    return scriptDirectory + path;
  }
  __name(locateFile, "locateFile");
  var readAsync, readBinary;
  if (ENVIRONMENT_IS_NODE) {
    var fs = require("fs");
    if (_scriptName.startsWith("file:")) {
      scriptDirectory = require("path").dirname(require("url").fileURLToPath(_scriptName)) + "/";
    }
    readBinary = /* @__PURE__ */ __name((filename) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename);
      return ret;
    }, "readBinary");
    readAsync = /* @__PURE__ */ __name(async (filename, binary2 = true) => {
      filename = isFileURI(filename) ? new URL(filename) : filename;
      var ret = fs.readFileSync(filename, binary2 ? void 0 : "utf8");
      return ret;
    }, "readAsync");
    if (process.argv.length > 1) {
      thisProgram = process.argv[1].replace(/\\/g, "/");
    }
    arguments_ = process.argv.slice(2);
    quit_ = /* @__PURE__ */ __name((status, toThrow) => {
      process.exitCode = status;
      throw toThrow;
    }, "quit_");
  } else if (ENVIRONMENT_IS_WEB || ENVIRONMENT_IS_WORKER) {
    try {
      scriptDirectory = new URL(".", _scriptName).href;
    } catch {
    }
    {
      if (ENVIRONMENT_IS_WORKER) {
        readBinary = /* @__PURE__ */ __name((url) => {
          var xhr = new XMLHttpRequest();
          xhr.open("GET", url, false);
          xhr.responseType = "arraybuffer";
          xhr.send(null);
          return new Uint8Array(
            /** @type{!ArrayBuffer} */
            xhr.response
          );
        }, "readBinary");
      }
      readAsync = /* @__PURE__ */ __name(async (url) => {
        if (isFileURI(url)) {
          return new Promise((resolve, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve(xhr.response);
                return;
              }
              reject(xhr.status);
            };
            xhr.onerror = reject;
            xhr.send(null);
          });
        }
        var response = await fetch(url, {
          credentials: "same-origin"
        });
        if (response.ok) {
          return response.arrayBuffer();
        }
        throw new Error(response.status + " : " + response.url);
      }, "readAsync");
    }
  } else {
  }
  var out = console.log.bind(console);
  var err = console.error.bind(console);
  var dynamicLibraries = [];
  var wasmBinary;
  var ABORT = false;
  var EXITSTATUS;
  var isFileURI = /* @__PURE__ */ __name((filename) => filename.startsWith("file://"), "isFileURI");
  var readyPromiseResolve, readyPromiseReject;
  var wasmMemory;
  var HEAP8, HEAPU8, HEAP16, HEAPU16, HEAP32, HEAPU32, HEAPF32, HEAPF64;
  var HEAP64, HEAPU64;
  var HEAP_DATA_VIEW;
  var runtimeInitialized = false;
  function updateMemoryViews() {
    var b = wasmMemory.buffer;
    Module["HEAP8"] = HEAP8 = new Int8Array(b);
    Module["HEAP16"] = HEAP16 = new Int16Array(b);
    Module["HEAPU8"] = HEAPU8 = new Uint8Array(b);
    Module["HEAPU16"] = HEAPU16 = new Uint16Array(b);
    Module["HEAP32"] = HEAP32 = new Int32Array(b);
    Module["HEAPU32"] = HEAPU32 = new Uint32Array(b);
    Module["HEAPF32"] = HEAPF32 = new Float32Array(b);
    Module["HEAPF64"] = HEAPF64 = new Float64Array(b);
    Module["HEAP64"] = HEAP64 = new BigInt64Array(b);
    Module["HEAPU64"] = HEAPU64 = new BigUint64Array(b);
    Module["HEAP_DATA_VIEW"] = HEAP_DATA_VIEW = new DataView(b);
    LE_HEAP_UPDATE();
  }
  __name(updateMemoryViews, "updateMemoryViews");
  function initMemory() {
    if (Module["wasmMemory"]) {
      wasmMemory = Module["wasmMemory"];
    } else {
      var INITIAL_MEMORY = Module["INITIAL_MEMORY"] || 33554432;
      wasmMemory = new WebAssembly.Memory({
        "initial": INITIAL_MEMORY / 65536,
        // In theory we should not need to emit the maximum if we want "unlimited"
        // or 4GB of memory, but VMs error on that atm, see
        // https://github.com/emscripten-core/emscripten/issues/14130
        // And in the pthreads case we definitely need to emit a maximum. So
        // always emit one.
        "maximum": 32768
      });
    }
    updateMemoryViews();
  }
  __name(initMemory, "initMemory");
  var __RELOC_FUNCS__ = [];
  function preRun() {
    if (Module["preRun"]) {
      if (typeof Module["preRun"] == "function") Module["preRun"] = [Module["preRun"]];
      while (Module["preRun"].length) {
        addOnPreRun(Module["preRun"].shift());
      }
    }
    callRuntimeCallbacks(onPreRuns);
  }
  __name(preRun, "preRun");
  function initRuntime() {
    runtimeInitialized = true;
    callRuntimeCallbacks(__RELOC_FUNCS__);
    wasmExports["__wasm_call_ctors"]();
    callRuntimeCallbacks(onPostCtors);
  }
  __name(initRuntime, "initRuntime");
  function preMain() {
  }
  __name(preMain, "preMain");
  function postRun() {
    if (Module["postRun"]) {
      if (typeof Module["postRun"] == "function") Module["postRun"] = [Module["postRun"]];
      while (Module["postRun"].length) {
        addOnPostRun(Module["postRun"].shift());
      }
    }
    callRuntimeCallbacks(onPostRuns);
  }
  __name(postRun, "postRun");
  function abort(what) {
    Module["onAbort"]?.(what);
    what = "Aborted(" + what + ")";
    err(what);
    ABORT = true;
    what += ". Build with -sASSERTIONS for more info.";
    var e = new WebAssembly.RuntimeError(what);
    readyPromiseReject?.(e);
    throw e;
  }
  __name(abort, "abort");
  var wasmBinaryFile;
  function findWasmBinary() {
    if (Module["locateFile"]) {
      return locateFile("web-tree-sitter.wasm");
    }
    return new URL("web-tree-sitter.wasm", import.meta.url).href;
  }
  __name(findWasmBinary, "findWasmBinary");
  function getBinarySync(file) {
    if (file == wasmBinaryFile && wasmBinary) {
      return new Uint8Array(wasmBinary);
    }
    if (readBinary) {
      return readBinary(file);
    }
    throw "both async and sync fetching of the wasm failed";
  }
  __name(getBinarySync, "getBinarySync");
  async function getWasmBinary(binaryFile) {
    if (!wasmBinary) {
      try {
        var response = await readAsync(binaryFile);
        return new Uint8Array(response);
      } catch {
      }
    }
    return getBinarySync(binaryFile);
  }
  __name(getWasmBinary, "getWasmBinary");
  async function instantiateArrayBuffer(binaryFile, imports) {
    try {
      var binary2 = await getWasmBinary(binaryFile);
      var instance2 = await WebAssembly.instantiate(binary2, imports);
      return instance2;
    } catch (reason) {
      err(`failed to asynchronously prepare wasm: ${reason}`);
      abort(reason);
    }
  }
  __name(instantiateArrayBuffer, "instantiateArrayBuffer");
  async function instantiateAsync(binary2, binaryFile, imports) {
    if (!binary2 && !isFileURI(binaryFile) && !ENVIRONMENT_IS_NODE) {
      try {
        var response = fetch(binaryFile, {
          credentials: "same-origin"
        });
        var instantiationResult = await WebAssembly.instantiateStreaming(response, imports);
        return instantiationResult;
      } catch (reason) {
        err(`wasm streaming compile failed: ${reason}`);
        err("falling back to ArrayBuffer instantiation");
      }
    }
    return instantiateArrayBuffer(binaryFile, imports);
  }
  __name(instantiateAsync, "instantiateAsync");
  function getWasmImports() {
    return {
      "env": wasmImports,
      "wasi_snapshot_preview1": wasmImports,
      "GOT.mem": new Proxy(wasmImports, GOTHandler),
      "GOT.func": new Proxy(wasmImports, GOTHandler)
    };
  }
  __name(getWasmImports, "getWasmImports");
  async function createWasm() {
    function receiveInstance(instance2, module2) {
      wasmExports = instance2.exports;
      wasmExports = relocateExports(wasmExports, 1024);
      var metadata2 = getDylinkMetadata(module2);
      if (metadata2.neededDynlibs) {
        dynamicLibraries = metadata2.neededDynlibs.concat(dynamicLibraries);
      }
      mergeLibSymbols(wasmExports, "main");
      LDSO.init();
      loadDylibs();
      __RELOC_FUNCS__.push(wasmExports["__wasm_apply_data_relocs"]);
      assignWasmExports(wasmExports);
      return wasmExports;
    }
    __name(receiveInstance, "receiveInstance");
    function receiveInstantiationResult(result2) {
      return receiveInstance(result2["instance"], result2["module"]);
    }
    __name(receiveInstantiationResult, "receiveInstantiationResult");
    var info2 = getWasmImports();
    if (Module["instantiateWasm"]) {
      return new Promise((resolve, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve(receiveInstance(mod, inst));
        });
      });
    }
    wasmBinaryFile ??= findWasmBinary();
    var result = await instantiateAsync(wasmBinary, wasmBinaryFile, info2);
    var exports = receiveInstantiationResult(result);
    return exports;
  }
  __name(createWasm, "createWasm");
  class ExitStatus {
    static {
      __name(this, "ExitStatus");
    }
    name = "ExitStatus";
    constructor(status) {
      this.message = `Program terminated with exit(${status})`;
      this.status = status;
    }
  }
  var GOT = {};
  var currentModuleWeakSymbols = /* @__PURE__ */ new Set([]);
  var GOTHandler = {
    get(obj, symName) {
      var rtn = GOT[symName];
      if (!rtn) {
        rtn = GOT[symName] = new WebAssembly.Global({
          "value": "i32",
          "mutable": true
        });
      }
      if (!currentModuleWeakSymbols.has(symName)) {
        rtn.required = true;
      }
      return rtn;
    }
  };
  var LE_ATOMICS_NATIVE_BYTE_ORDER = [];
  var LE_HEAP_LOAD_F32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat32(byteOffset, true), "LE_HEAP_LOAD_F32");
  var LE_HEAP_LOAD_F64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getFloat64(byteOffset, true), "LE_HEAP_LOAD_F64");
  var LE_HEAP_LOAD_I16 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt16(byteOffset, true), "LE_HEAP_LOAD_I16");
  var LE_HEAP_LOAD_I32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getInt32(byteOffset, true), "LE_HEAP_LOAD_I32");
  var LE_HEAP_LOAD_I64 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getBigInt64(byteOffset, true), "LE_HEAP_LOAD_I64");
  var LE_HEAP_LOAD_U32 = /* @__PURE__ */ __name((byteOffset) => HEAP_DATA_VIEW.getUint32(byteOffset, true), "LE_HEAP_LOAD_U32");
  var LE_HEAP_STORE_F32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat32(byteOffset, value, true), "LE_HEAP_STORE_F32");
  var LE_HEAP_STORE_F64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setFloat64(byteOffset, value, true), "LE_HEAP_STORE_F64");
  var LE_HEAP_STORE_I16 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt16(byteOffset, value, true), "LE_HEAP_STORE_I16");
  var LE_HEAP_STORE_I32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setInt32(byteOffset, value, true), "LE_HEAP_STORE_I32");
  var LE_HEAP_STORE_I64 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setBigInt64(byteOffset, value, true), "LE_HEAP_STORE_I64");
  var LE_HEAP_STORE_U32 = /* @__PURE__ */ __name((byteOffset, value) => HEAP_DATA_VIEW.setUint32(byteOffset, value, true), "LE_HEAP_STORE_U32");
  var callRuntimeCallbacks = /* @__PURE__ */ __name((callbacks) => {
    while (callbacks.length > 0) {
      callbacks.shift()(Module);
    }
  }, "callRuntimeCallbacks");
  var onPostRuns = [];
  var addOnPostRun = /* @__PURE__ */ __name((cb) => onPostRuns.push(cb), "addOnPostRun");
  var onPreRuns = [];
  var addOnPreRun = /* @__PURE__ */ __name((cb) => onPreRuns.push(cb), "addOnPreRun");
  var UTF8Decoder = typeof TextDecoder != "undefined" ? new TextDecoder() : void 0;
  var findStringEnd = /* @__PURE__ */ __name((heapOrArray, idx, maxBytesToRead, ignoreNul) => {
    var maxIdx = idx + maxBytesToRead;
    if (ignoreNul) return maxIdx;
    while (heapOrArray[idx] && !(idx >= maxIdx)) ++idx;
    return idx;
  }, "findStringEnd");
  var UTF8ArrayToString = /* @__PURE__ */ __name((heapOrArray, idx = 0, maxBytesToRead, ignoreNul) => {
    var endPtr = findStringEnd(heapOrArray, idx, maxBytesToRead, ignoreNul);
    if (endPtr - idx > 16 && heapOrArray.buffer && UTF8Decoder) {
      return UTF8Decoder.decode(heapOrArray.subarray(idx, endPtr));
    }
    var str = "";
    while (idx < endPtr) {
      var u0 = heapOrArray[idx++];
      if (!(u0 & 128)) {
        str += String.fromCharCode(u0);
        continue;
      }
      var u1 = heapOrArray[idx++] & 63;
      if ((u0 & 224) == 192) {
        str += String.fromCharCode((u0 & 31) << 6 | u1);
        continue;
      }
      var u2 = heapOrArray[idx++] & 63;
      if ((u0 & 240) == 224) {
        u0 = (u0 & 15) << 12 | u1 << 6 | u2;
      } else {
        u0 = (u0 & 7) << 18 | u1 << 12 | u2 << 6 | heapOrArray[idx++] & 63;
      }
      if (u0 < 65536) {
        str += String.fromCharCode(u0);
      } else {
        var ch = u0 - 65536;
        str += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
      }
    }
    return str;
  }, "UTF8ArrayToString");
  var getDylinkMetadata = /* @__PURE__ */ __name((binary2) => {
    var offset = 0;
    var end = 0;
    function getU8() {
      return binary2[offset++];
    }
    __name(getU8, "getU8");
    function getLEB() {
      var ret = 0;
      var mul = 1;
      while (1) {
        var byte = binary2[offset++];
        ret += (byte & 127) * mul;
        mul *= 128;
        if (!(byte & 128)) break;
      }
      return ret;
    }
    __name(getLEB, "getLEB");
    function getString() {
      var len = getLEB();
      offset += len;
      return UTF8ArrayToString(binary2, offset - len, len);
    }
    __name(getString, "getString");
    function getStringList() {
      var count22 = getLEB();
      var rtn = [];
      while (count22--) rtn.push(getString());
      return rtn;
    }
    __name(getStringList, "getStringList");
    function failIf(condition, message) {
      if (condition) throw new Error(message);
    }
    __name(failIf, "failIf");
    if (binary2 instanceof WebAssembly.Module) {
      var dylinkSection = WebAssembly.Module.customSections(binary2, "dylink.0");
      failIf(dylinkSection.length === 0, "need dylink section");
      binary2 = new Uint8Array(dylinkSection[0]);
      end = binary2.length;
    } else {
      var int32View = new Uint32Array(new Uint8Array(binary2.subarray(0, 24)).buffer);
      var magicNumberFound = int32View[0] == 1836278016 || int32View[0] == 6386541;
      failIf(!magicNumberFound, "need to see wasm magic number");
      failIf(binary2[8] !== 0, "need the dylink section to be first");
      offset = 9;
      var section_size = getLEB();
      end = offset + section_size;
      var name2 = getString();
      failIf(name2 !== "dylink.0");
    }
    var customSection = {
      neededDynlibs: [],
      tlsExports: /* @__PURE__ */ new Set(),
      weakImports: /* @__PURE__ */ new Set(),
      runtimePaths: []
    };
    var WASM_DYLINK_MEM_INFO = 1;
    var WASM_DYLINK_NEEDED = 2;
    var WASM_DYLINK_EXPORT_INFO = 3;
    var WASM_DYLINK_IMPORT_INFO = 4;
    var WASM_DYLINK_RUNTIME_PATH = 5;
    var WASM_SYMBOL_TLS = 256;
    var WASM_SYMBOL_BINDING_MASK = 3;
    var WASM_SYMBOL_BINDING_WEAK = 1;
    while (offset < end) {
      var subsectionType = getU8();
      var subsectionSize = getLEB();
      if (subsectionType === WASM_DYLINK_MEM_INFO) {
        customSection.memorySize = getLEB();
        customSection.memoryAlign = getLEB();
        customSection.tableSize = getLEB();
        customSection.tableAlign = getLEB();
      } else if (subsectionType === WASM_DYLINK_NEEDED) {
        customSection.neededDynlibs = getStringList();
      } else if (subsectionType === WASM_DYLINK_EXPORT_INFO) {
        var count2 = getLEB();
        while (count2--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count2 = getLEB();
        while (count2--) {
          var modname = getString();
          var symname = getString();
          var flags2 = getLEB();
          if ((flags2 & WASM_SYMBOL_BINDING_MASK) == WASM_SYMBOL_BINDING_WEAK) {
            customSection.weakImports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_RUNTIME_PATH) {
        customSection.runtimePaths = getStringList();
      } else {
        offset += subsectionSize;
      }
    }
    return customSection;
  }, "getDylinkMetadata");
  function getValue(ptr, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        return HEAP8[ptr];
      case "i8":
        return HEAP8[ptr];
      case "i16":
        return LE_HEAP_LOAD_I16((ptr >> 1) * 2);
      case "i32":
        return LE_HEAP_LOAD_I32((ptr >> 2) * 4);
      case "i64":
        return LE_HEAP_LOAD_I64((ptr >> 3) * 8);
      case "float":
        return LE_HEAP_LOAD_F32((ptr >> 2) * 4);
      case "double":
        return LE_HEAP_LOAD_F64((ptr >> 3) * 8);
      case "*":
        return LE_HEAP_LOAD_U32((ptr >> 2) * 4);
      default:
        abort(`invalid type for getValue: ${type}`);
    }
  }
  __name(getValue, "getValue");
  var newDSO = /* @__PURE__ */ __name((name2, handle2, syms) => {
    var dso = {
      refcount: Infinity,
      name: name2,
      exports: syms,
      global: true
    };
    LDSO.loadedLibsByName[name2] = dso;
    if (handle2 != void 0) {
      LDSO.loadedLibsByHandle[handle2] = dso;
    }
    return dso;
  }, "newDSO");
  var LDSO = {
    loadedLibsByName: {},
    loadedLibsByHandle: {},
    init() {
      newDSO("__main__", 0, wasmImports);
    }
  };
  var ___heap_base = 82240;
  var alignMemory = /* @__PURE__ */ __name((size, alignment) => Math.ceil(size / alignment) * alignment, "alignMemory");
  var getMemory = /* @__PURE__ */ __name((size) => {
    if (runtimeInitialized) {
      return _calloc(size, 1);
    }
    var ret = ___heap_base;
    var end = ret + alignMemory(size, 16);
    ___heap_base = end;
    GOT["__heap_base"].value = end;
    return ret;
  }, "getMemory");
  var isInternalSym = /* @__PURE__ */ __name((symName) => ["__cpp_exception", "__c_longjmp", "__wasm_apply_data_relocs", "__dso_handle", "__tls_size", "__tls_align", "__set_stack_limits", "_emscripten_tls_init", "__wasm_init_tls", "__wasm_call_ctors", "__start_em_asm", "__stop_em_asm", "__start_em_js", "__stop_em_js"].includes(symName) || symName.startsWith("__em_js__"), "isInternalSym");
  var uleb128EncodeWithLen = /* @__PURE__ */ __name((arr) => {
    const n = arr.length;
    return [n % 128 | 128, n >> 7, ...arr];
  }, "uleb128EncodeWithLen");
  var wasmTypeCodes = {
    "i": 127,
    // i32
    "p": 127,
    // i32
    "j": 126,
    // i64
    "f": 125,
    // f32
    "d": 124,
    // f64
    "e": 111
  };
  var generateTypePack = /* @__PURE__ */ __name((types) => uleb128EncodeWithLen(Array.from(types, (type) => {
    var code2 = wasmTypeCodes[type];
    return code2;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes = Uint8Array.of(
      0,
      97,
      115,
      109,
      // magic ("\0asm")
      1,
      0,
      0,
      0,
      // version: 1
      1,
      ...uleb128EncodeWithLen([
        1,
        // count: 1
        96,
        // param types
        ...generateTypePack(sig.slice(1)),
        // return types (for now only supporting [] if `void` and single [T] otherwise)
        ...generateTypePack(sig[0] === "v" ? "" : sig[0])
      ]),
      // The rest of the module is static
      2,
      7,
      // import section
      // (import "e" "f" (func 0 (type 0)))
      1,
      1,
      101,
      1,
      102,
      0,
      0,
      7,
      5,
      // export section
      // (export "f" (func 0 (type 0)))
      1,
      1,
      102,
      0,
      0
    );
    var module2 = new WebAssembly.Module(bytes);
    var instance2 = new WebAssembly.Instance(module2, {
      "e": {
        "f": func2
      }
    });
    var wrappedFunc = instance2.exports["f"];
    return wrappedFunc;
  }, "convertJsFunctionToWasm");
  var wasmTableMirror = [];
  var wasmTable = new WebAssembly.Table({
    "initial": 31,
    "element": "anyfunc"
  });
  var getWasmTableEntry = /* @__PURE__ */ __name((funcPtr) => {
    var func2 = wasmTableMirror[funcPtr];
    if (!func2) {
      wasmTableMirror[funcPtr] = func2 = wasmTable.get(funcPtr);
    }
    return func2;
  }, "getWasmTableEntry");
  var updateTableMap = /* @__PURE__ */ __name((offset, count2) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count2; i2++) {
        var item = getWasmTableEntry(i2);
        if (item) {
          functionsInTableMap.set(item, i2);
        }
      }
    }
  }, "updateTableMap");
  var functionsInTableMap;
  var getFunctionAddress = /* @__PURE__ */ __name((func2) => {
    if (!functionsInTableMap) {
      functionsInTableMap = /* @__PURE__ */ new WeakMap();
      updateTableMap(0, wasmTable.length);
    }
    return functionsInTableMap.get(func2) || 0;
  }, "getFunctionAddress");
  var freeTableIndexes = [];
  var getEmptyTableSlot = /* @__PURE__ */ __name(() => {
    if (freeTableIndexes.length) {
      return freeTableIndexes.pop();
    }
    return wasmTable["grow"](1);
  }, "getEmptyTableSlot");
  var setWasmTableEntry = /* @__PURE__ */ __name((idx, func2) => {
    wasmTable.set(idx, func2);
    wasmTableMirror[idx] = wasmTable.get(idx);
  }, "setWasmTableEntry");
  var addFunction = /* @__PURE__ */ __name((func2, sig) => {
    var rtn = getFunctionAddress(func2);
    if (rtn) {
      return rtn;
    }
    var ret = getEmptyTableSlot();
    try {
      setWasmTableEntry(ret, func2);
    } catch (err2) {
      if (!(err2 instanceof TypeError)) {
        throw err2;
      }
      var wrapped = convertJsFunctionToWasm(func2, sig);
      setWasmTableEntry(ret, wrapped);
    }
    functionsInTableMap.set(func2, ret);
    return ret;
  }, "addFunction");
  var updateGOT = /* @__PURE__ */ __name((exports, replace) => {
    for (var symName in exports) {
      if (isInternalSym(symName)) {
        continue;
      }
      var value = exports[symName];
      GOT[symName] ||= new WebAssembly.Global({
        "value": "i32",
        "mutable": true
      });
      if (replace || GOT[symName].value == 0) {
        if (typeof value == "function") {
          GOT[symName].value = addFunction(value);
        } else if (typeof value == "number") {
          GOT[symName].value = value;
        } else {
          err(`unhandled export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "updateGOT");
  var relocateExports = /* @__PURE__ */ __name((exports, memoryBase2, replace) => {
    var relocated = {};
    for (var e in exports) {
      var value = exports[e];
      if (typeof value == "object") {
        value = value.value;
      }
      if (typeof value == "number") {
        value += memoryBase2;
      }
      relocated[e] = value;
    }
    updateGOT(relocated, replace);
    return relocated;
  }, "relocateExports");
  var isSymbolDefined = /* @__PURE__ */ __name((symName) => {
    var existing = wasmImports[symName];
    if (!existing || existing.stub) {
      return false;
    }
    return true;
  }, "isSymbolDefined");
  var dynCall = /* @__PURE__ */ __name((sig, ptr, args2 = [], promising = false) => {
    var func2 = getWasmTableEntry(ptr);
    var rtn = func2(...args2);
    function convert(rtn2) {
      return rtn2;
    }
    __name(convert, "convert");
    return convert(rtn);
  }, "dynCall");
  var stackSave = /* @__PURE__ */ __name(() => _emscripten_stack_get_current(), "stackSave");
  var stackRestore = /* @__PURE__ */ __name((val) => __emscripten_stack_restore(val), "stackRestore");
  var createInvokeFunction = /* @__PURE__ */ __name((sig) => (ptr, ...args2) => {
    var sp = stackSave();
    try {
      return dynCall(sig, ptr, args2);
    } catch (e) {
      stackRestore(sp);
      if (e !== e + 0) throw e;
      _setThrew(1, 0);
      if (sig[0] == "j") return 0n;
    }
  }, "createInvokeFunction");
  var resolveGlobalSymbol = /* @__PURE__ */ __name((symName, direct = false) => {
    var sym;
    if (isSymbolDefined(symName)) {
      sym = wasmImports[symName];
    } else if (symName.startsWith("invoke_")) {
      sym = wasmImports[symName] = createInvokeFunction(symName.split("_")[1]);
    }
    return {
      sym,
      name: symName
    };
  }, "resolveGlobalSymbol");
  var onPostCtors = [];
  var addOnPostCtor = /* @__PURE__ */ __name((cb) => onPostCtors.push(cb), "addOnPostCtor");
  var UTF8ToString = /* @__PURE__ */ __name((ptr, maxBytesToRead, ignoreNul) => ptr ? UTF8ArrayToString(HEAPU8, ptr, maxBytesToRead, ignoreNul) : "", "UTF8ToString");
  var loadWebAssemblyModule = /* @__PURE__ */ __name((binary, flags, libName, localScope, handle) => {
    var metadata = getDylinkMetadata(binary);
    function loadModule() {
      var memAlign = Math.pow(2, metadata.memoryAlign);
      var memoryBase = metadata.memorySize ? alignMemory(getMemory(metadata.memorySize + memAlign), memAlign) : 0;
      var tableBase = metadata.tableSize ? wasmTable.length : 0;
      if (handle) {
        HEAP8[handle + 8] = 1;
        LE_HEAP_STORE_U32((handle + 12 >> 2) * 4, memoryBase);
        LE_HEAP_STORE_I32((handle + 16 >> 2) * 4, metadata.memorySize);
        LE_HEAP_STORE_U32((handle + 20 >> 2) * 4, tableBase);
        LE_HEAP_STORE_I32((handle + 24 >> 2) * 4, metadata.tableSize);
      }
      if (metadata.tableSize) {
        wasmTable.grow(metadata.tableSize);
      }
      var moduleExports;
      function resolveSymbol(sym) {
        var resolved = resolveGlobalSymbol(sym).sym;
        if (!resolved && localScope) {
          resolved = localScope[sym];
        }
        if (!resolved) {
          resolved = moduleExports[sym];
        }
        return resolved;
      }
      __name(resolveSymbol, "resolveSymbol");
      var proxyHandler = {
        get(stubs, prop) {
          switch (prop) {
            case "__memory_base":
              return memoryBase;
            case "__table_base":
              return tableBase;
          }
          if (prop in wasmImports && !wasmImports[prop].stub) {
            var res = wasmImports[prop];
            return res;
          }
          if (!(prop in stubs)) {
            var resolved;
            stubs[prop] = (...args2) => {
              resolved ||= resolveSymbol(prop);
              return resolved(...args2);
            };
          }
          return stubs[prop];
        }
      };
      var proxy = new Proxy({}, proxyHandler);
      currentModuleWeakSymbols = metadata.weakImports;
      var info = {
        "GOT.mem": new Proxy({}, GOTHandler),
        "GOT.func": new Proxy({}, GOTHandler),
        "env": proxy,
        "wasi_snapshot_preview1": proxy
      };
      function postInstantiation(module, instance) {
        updateTableMap(tableBase, metadata.tableSize);
        moduleExports = relocateExports(instance.exports, memoryBase);
        if (!flags.allowUndefined) {
          reportUndefinedSymbols();
        }
        function addEmAsm(addr, body) {
          var args = [];
          var arity = 0;
          for (; arity < 16; arity++) {
            if (body.indexOf("$" + arity) != -1) {
              args.push("$" + arity);
            } else {
              break;
            }
          }
          args = args.join(",");
          var func = `(${args}) => { ${body} };`;
          ASM_CONSTS[start] = eval(func);
        }
        __name(addEmAsm, "addEmAsm");
        if ("__start_em_asm" in moduleExports) {
          var start = moduleExports["__start_em_asm"];
          var stop = moduleExports["__stop_em_asm"];
          while (start < stop) {
            var jsString = UTF8ToString(start);
            addEmAsm(start, jsString);
            start = HEAPU8.indexOf(0, start) + 1;
          }
        }
        function addEmJs(name, cSig, body) {
          var jsArgs = [];
          cSig = cSig.slice(1, -1);
          if (cSig != "void") {
            cSig = cSig.split(",");
            for (var i in cSig) {
              var jsArg = cSig[i].split(" ").pop();
              jsArgs.push(jsArg.replace("*", ""));
            }
          }
          var func = `(${jsArgs}) => ${body};`;
          moduleExports[name] = eval(func);
        }
        __name(addEmJs, "addEmJs");
        for (var name in moduleExports) {
          if (name.startsWith("__em_js__")) {
            var start = moduleExports[name];
            var jsString = UTF8ToString(start);
            var parts = jsString.split("<::>");
            addEmJs(name.replace("__em_js__", ""), parts[0], parts[1]);
            delete moduleExports[name];
          }
        }
        var applyRelocs = moduleExports["__wasm_apply_data_relocs"];
        if (applyRelocs) {
          if (runtimeInitialized) {
            applyRelocs();
          } else {
            __RELOC_FUNCS__.push(applyRelocs);
          }
        }
        var init = moduleExports["__wasm_call_ctors"];
        if (init) {
          if (runtimeInitialized) {
            init();
          } else {
            addOnPostCtor(init);
          }
        }
        return moduleExports;
      }
      __name(postInstantiation, "postInstantiation");
      if (flags.loadAsync) {
        return (async () => {
          var instance2;
          if (binary instanceof WebAssembly.Module) {
            instance2 = new WebAssembly.Instance(binary, info);
          } else {
            ({ module: binary, instance: instance2 } = await WebAssembly.instantiate(binary, info));
          }
          return postInstantiation(binary, instance2);
        })();
      }
      var module = binary instanceof WebAssembly.Module ? binary : new WebAssembly.Module(binary);
      var instance = new WebAssembly.Instance(module, info);
      return postInstantiation(module, instance);
    }
    __name(loadModule, "loadModule");
    flags = {
      ...flags,
      rpath: {
        parentLibPath: libName,
        paths: metadata.runtimePaths
      }
    };
    if (flags.loadAsync) {
      return metadata.neededDynlibs.reduce((chain, dynNeeded) => chain.then(() => loadDynamicLibrary(dynNeeded, flags, localScope)), Promise.resolve()).then(loadModule);
    }
    metadata.neededDynlibs.forEach((needed) => loadDynamicLibrary(needed, flags, localScope));
    return loadModule();
  }, "loadWebAssemblyModule");
  var mergeLibSymbols = /* @__PURE__ */ __name((exports, libName2) => {
    for (var [sym, exp] of Object.entries(exports)) {
      const setImport = /* @__PURE__ */ __name((target) => {
        if (!isSymbolDefined(target)) {
          wasmImports[target] = exp;
        }
      }, "setImport");
      setImport(sym);
      const main_alias = "__main_argc_argv";
      if (sym == "main") {
        setImport(main_alias);
      }
      if (sym == main_alias) {
        setImport("main");
      }
    }
  }, "mergeLibSymbols");
  var asyncLoad = /* @__PURE__ */ __name(async (url) => {
    var arrayBuffer = await readAsync(url);
    return new Uint8Array(arrayBuffer);
  }, "asyncLoad");
  function loadDynamicLibrary(libName2, flags2 = {
    global: true,
    nodelete: true
  }, localScope2, handle2) {
    var dso = LDSO.loadedLibsByName[libName2];
    if (dso) {
      if (!flags2.global) {
        if (localScope2) {
          Object.assign(localScope2, dso.exports);
        }
      } else if (!dso.global) {
        dso.global = true;
        mergeLibSymbols(dso.exports, libName2);
      }
      if (flags2.nodelete && dso.refcount !== Infinity) {
        dso.refcount = Infinity;
      }
      dso.refcount++;
      if (handle2) {
        LDSO.loadedLibsByHandle[handle2] = dso;
      }
      return flags2.loadAsync ? Promise.resolve(true) : true;
    }
    dso = newDSO(libName2, handle2, "loading");
    dso.refcount = flags2.nodelete ? Infinity : 1;
    dso.global = flags2.global;
    function loadLibData() {
      if (handle2) {
        var data = LE_HEAP_LOAD_U32((handle2 + 28 >> 2) * 4);
        var dataSize = LE_HEAP_LOAD_U32((handle2 + 32 >> 2) * 4);
        if (data && dataSize) {
          var libData = HEAP8.slice(data, data + dataSize);
          return flags2.loadAsync ? Promise.resolve(libData) : libData;
        }
      }
      var libFile = locateFile(libName2);
      if (flags2.loadAsync) {
        return asyncLoad(libFile);
      }
      if (!readBinary) {
        throw new Error(`${libFile}: file not found, and synchronous loading of external files is not available`);
      }
      return readBinary(libFile);
    }
    __name(loadLibData, "loadLibData");
    function getExports() {
      if (flags2.loadAsync) {
        return loadLibData().then((libData) => loadWebAssemblyModule(libData, flags2, libName2, localScope2, handle2));
      }
      return loadWebAssemblyModule(loadLibData(), flags2, libName2, localScope2, handle2);
    }
    __name(getExports, "getExports");
    function moduleLoaded(exports) {
      if (dso.global) {
        mergeLibSymbols(exports, libName2);
      } else if (localScope2) {
        Object.assign(localScope2, exports);
      }
      dso.exports = exports;
    }
    __name(moduleLoaded, "moduleLoaded");
    if (flags2.loadAsync) {
      return getExports().then((exports) => {
        moduleLoaded(exports);
        return true;
      });
    }
    moduleLoaded(getExports());
    return true;
  }
  __name(loadDynamicLibrary, "loadDynamicLibrary");
  var reportUndefinedSymbols = /* @__PURE__ */ __name(() => {
    for (var [symName, entry] of Object.entries(GOT)) {
      if (entry.value == 0) {
        var value = resolveGlobalSymbol(symName, true).sym;
        if (!value && !entry.required) {
          continue;
        }
        if (typeof value == "function") {
          entry.value = addFunction(value, value.sig);
        } else if (typeof value == "number") {
          entry.value = value;
        } else {
          throw new Error(`bad export type for '${symName}': ${typeof value}`);
        }
      }
    }
  }, "reportUndefinedSymbols");
  var runDependencies = 0;
  var dependenciesFulfilled = null;
  var removeRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies--;
    Module["monitorRunDependencies"]?.(runDependencies);
    if (runDependencies == 0) {
      if (dependenciesFulfilled) {
        var callback = dependenciesFulfilled;
        dependenciesFulfilled = null;
        callback();
      }
    }
  }, "removeRunDependency");
  var addRunDependency = /* @__PURE__ */ __name((id) => {
    runDependencies++;
    Module["monitorRunDependencies"]?.(runDependencies);
  }, "addRunDependency");
  var loadDylibs = /* @__PURE__ */ __name(async () => {
    if (!dynamicLibraries.length) {
      reportUndefinedSymbols();
      return;
    }
    addRunDependency("loadDylibs");
    for (var lib of dynamicLibraries) {
      await loadDynamicLibrary(lib, {
        loadAsync: true,
        global: true,
        nodelete: true,
        allowUndefined: true
      });
    }
    reportUndefinedSymbols();
    removeRunDependency("loadDylibs");
  }, "loadDylibs");
  var noExitRuntime = true;
  function setValue(ptr, value, type = "i8") {
    if (type.endsWith("*")) type = "*";
    switch (type) {
      case "i1":
        HEAP8[ptr] = value;
        break;
      case "i8":
        HEAP8[ptr] = value;
        break;
      case "i16":
        LE_HEAP_STORE_I16((ptr >> 1) * 2, value);
        break;
      case "i32":
        LE_HEAP_STORE_I32((ptr >> 2) * 4, value);
        break;
      case "i64":
        LE_HEAP_STORE_I64((ptr >> 3) * 8, BigInt(value));
        break;
      case "float":
        LE_HEAP_STORE_F32((ptr >> 2) * 4, value);
        break;
      case "double":
        LE_HEAP_STORE_F64((ptr >> 3) * 8, value);
        break;
      case "*":
        LE_HEAP_STORE_U32((ptr >> 2) * 4, value);
        break;
      default:
        abort(`invalid type for setValue: ${type}`);
    }
  }
  __name(setValue, "setValue");
  var ___memory_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1024);
  var ___stack_high = 82240;
  var ___stack_low = 16704;
  var ___stack_pointer = new WebAssembly.Global({
    "value": "i32",
    "mutable": true
  }, 82240);
  var ___table_base = new WebAssembly.Global({
    "value": "i32",
    "mutable": false
  }, 1);
  var __abort_js = /* @__PURE__ */ __name(() => abort(""), "__abort_js");
  __abort_js.sig = "v";
  var getHeapMax = /* @__PURE__ */ __name(() => (
    // Stay one Wasm page short of 4GB: while e.g. Chrome is able to allocate
    // full 4GB Wasm memories, the size will wrap back to 0 bytes in Wasm side
    // for any code that deals with heap sizes, which would require special
    // casing all heap size related code to treat 0 specially.
    2147483648
  ), "getHeapMax");
  var growMemory = /* @__PURE__ */ __name((size) => {
    var oldHeapSize = wasmMemory.buffer.byteLength;
    var pages = (size - oldHeapSize + 65535) / 65536 | 0;
    try {
      wasmMemory.grow(pages);
      updateMemoryViews();
      return 1;
    } catch (e) {
    }
  }, "growMemory");
  var _emscripten_resize_heap = /* @__PURE__ */ __name((requestedSize) => {
    var oldSize = HEAPU8.length;
    requestedSize >>>= 0;
    var maxHeapSize = getHeapMax();
    if (requestedSize > maxHeapSize) {
      return false;
    }
    for (var cutDown = 1; cutDown <= 4; cutDown *= 2) {
      var overGrownHeapSize = oldSize * (1 + 0.2 / cutDown);
      overGrownHeapSize = Math.min(overGrownHeapSize, requestedSize + 100663296);
      var newSize = Math.min(maxHeapSize, alignMemory(Math.max(requestedSize, overGrownHeapSize), 65536));
      var replacement = growMemory(newSize);
      if (replacement) {
        return true;
      }
    }
    return false;
  }, "_emscripten_resize_heap");
  _emscripten_resize_heap.sig = "ip";
  var _fd_close = /* @__PURE__ */ __name((fd) => 52, "_fd_close");
  _fd_close.sig = "ii";
  var INT53_MAX = 9007199254740992;
  var INT53_MIN = -9007199254740992;
  var bigintToI53Checked = /* @__PURE__ */ __name((num) => num < INT53_MIN || num > INT53_MAX ? NaN : Number(num), "bigintToI53Checked");
  function _fd_seek(fd, offset, whence, newOffset) {
    offset = bigintToI53Checked(offset);
    return 70;
  }
  __name(_fd_seek, "_fd_seek");
  _fd_seek.sig = "iijip";
  var printCharBuffers = [null, [], []];
  var printChar = /* @__PURE__ */ __name((stream, curr) => {
    var buffer = printCharBuffers[stream];
    if (curr === 0 || curr === 10) {
      (stream === 1 ? out : err)(UTF8ArrayToString(buffer));
      buffer.length = 0;
    } else {
      buffer.push(curr);
    }
  }, "printChar");
  var _fd_write = /* @__PURE__ */ __name((fd, iov, iovcnt, pnum) => {
    var num = 0;
    for (var i2 = 0; i2 < iovcnt; i2++) {
      var ptr = LE_HEAP_LOAD_U32((iov >> 2) * 4);
      var len = LE_HEAP_LOAD_U32((iov + 4 >> 2) * 4);
      iov += 8;
      for (var j = 0; j < len; j++) {
        printChar(fd, HEAPU8[ptr + j]);
      }
      num += len;
    }
    LE_HEAP_STORE_U32((pnum >> 2) * 4, num);
    return 0;
  }, "_fd_write");
  _fd_write.sig = "iippp";
  function _tree_sitter_log_callback(isLexMessage, messageAddress) {
    if (Module.currentLogCallback) {
      const message = UTF8ToString(messageAddress);
      Module.currentLogCallback(message, isLexMessage !== 0);
    }
  }
  __name(_tree_sitter_log_callback, "_tree_sitter_log_callback");
  function _tree_sitter_parse_callback(inputBufferAddress, index, row, column, lengthAddress) {
    const INPUT_BUFFER_SIZE = 10 * 1024;
    const string = Module.currentParseCallback(index, {
      row,
      column
    });
    if (typeof string === "string") {
      setValue(lengthAddress, string.length, "i32");
      stringToUTF16(string, inputBufferAddress, INPUT_BUFFER_SIZE);
    } else {
      setValue(lengthAddress, 0, "i32");
    }
  }
  __name(_tree_sitter_parse_callback, "_tree_sitter_parse_callback");
  function _tree_sitter_progress_callback(currentOffset, hasError) {
    if (Module.currentProgressCallback) {
      return Module.currentProgressCallback({
        currentOffset,
        hasError
      });
    }
    return false;
  }
  __name(_tree_sitter_progress_callback, "_tree_sitter_progress_callback");
  function _tree_sitter_query_progress_callback(currentOffset) {
    if (Module.currentQueryProgressCallback) {
      return Module.currentQueryProgressCallback({
        currentOffset
      });
    }
    return false;
  }
  __name(_tree_sitter_query_progress_callback, "_tree_sitter_query_progress_callback");
  var runtimeKeepaliveCounter = 0;
  var keepRuntimeAlive = /* @__PURE__ */ __name(() => noExitRuntime || runtimeKeepaliveCounter > 0, "keepRuntimeAlive");
  var _proc_exit = /* @__PURE__ */ __name((code2) => {
    EXITSTATUS = code2;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code2);
      ABORT = true;
    }
    quit_(code2, new ExitStatus(code2));
  }, "_proc_exit");
  _proc_exit.sig = "vi";
  var exitJS = /* @__PURE__ */ __name((status, implicit) => {
    EXITSTATUS = status;
    _proc_exit(status);
  }, "exitJS");
  var handleException = /* @__PURE__ */ __name((e) => {
    if (e instanceof ExitStatus || e == "unwind") {
      return EXITSTATUS;
    }
    quit_(1, e);
  }, "handleException");
  var lengthBytesUTF8 = /* @__PURE__ */ __name((str) => {
    var len = 0;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var c = str.charCodeAt(i2);
      if (c <= 127) {
        len++;
      } else if (c <= 2047) {
        len += 2;
      } else if (c >= 55296 && c <= 57343) {
        len += 4;
        ++i2;
      } else {
        len += 3;
      }
    }
    return len;
  }, "lengthBytesUTF8");
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap[outIdx++] = 192 | u >> 6;
        heap[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap[outIdx++] = 224 | u >> 12;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap[outIdx++] = 240 | u >> 18;
        heap[outIdx++] = 128 | u >> 12 & 63;
        heap[outIdx++] = 128 | u >> 6 & 63;
        heap[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap[outIdx] = 0;
    return outIdx - startIdx;
  }, "stringToUTF8Array");
  var stringToUTF8 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => stringToUTF8Array(str, HEAPU8, outPtr, maxBytesToWrite), "stringToUTF8");
  var stackAlloc = /* @__PURE__ */ __name((sz) => __emscripten_stack_alloc(sz), "stackAlloc");
  var stringToUTF8OnStack = /* @__PURE__ */ __name((str) => {
    var size = lengthBytesUTF8(str) + 1;
    var ret = stackAlloc(size);
    stringToUTF8(str, ret, size);
    return ret;
  }, "stringToUTF8OnStack");
  var AsciiToString = /* @__PURE__ */ __name((ptr) => {
    var str = "";
    while (1) {
      var ch = HEAPU8[ptr++];
      if (!ch) return str;
      str += String.fromCharCode(ch);
    }
  }, "AsciiToString");
  var stringToUTF16 = /* @__PURE__ */ __name((str, outPtr, maxBytesToWrite) => {
    maxBytesToWrite ??= 2147483647;
    if (maxBytesToWrite < 2) return 0;
    maxBytesToWrite -= 2;
    var startPtr = outPtr;
    var numCharsToWrite = maxBytesToWrite < str.length * 2 ? maxBytesToWrite / 2 : str.length;
    for (var i2 = 0; i2 < numCharsToWrite; ++i2) {
      var codeUnit = str.charCodeAt(i2);
      LE_HEAP_STORE_I16((outPtr >> 1) * 2, codeUnit);
      outPtr += 2;
    }
    LE_HEAP_STORE_I16((outPtr >> 1) * 2, 0);
    return outPtr - startPtr;
  }, "stringToUTF16");
  LE_ATOMICS_NATIVE_BYTE_ORDER = new Int8Array(new Int16Array([1]).buffer)[0] === 1 ? [
    /* little endian */
    ((x) => x),
    ((x) => x),
    void 0,
    ((x) => x)
  ] : [
    /* big endian */
    ((x) => x),
    ((x) => ((x & 65280) << 8 | (x & 255) << 24) >> 16),
    void 0,
    ((x) => x >> 24 & 255 | x >> 8 & 65280 | (x & 65280) << 8 | (x & 255) << 24)
  ];
  function LE_HEAP_UPDATE() {
    HEAPU16.unsigned = ((x) => x & 65535);
    HEAPU32.unsigned = ((x) => x >>> 0);
  }
  __name(LE_HEAP_UPDATE, "LE_HEAP_UPDATE");
  {
    initMemory();
    if (Module["noExitRuntime"]) noExitRuntime = Module["noExitRuntime"];
    if (Module["print"]) out = Module["print"];
    if (Module["printErr"]) err = Module["printErr"];
    if (Module["dynamicLibraries"]) dynamicLibraries = Module["dynamicLibraries"];
    if (Module["wasmBinary"]) wasmBinary = Module["wasmBinary"];
    if (Module["arguments"]) arguments_ = Module["arguments"];
    if (Module["thisProgram"]) thisProgram = Module["thisProgram"];
    if (Module["preInit"]) {
      if (typeof Module["preInit"] == "function") Module["preInit"] = [Module["preInit"]];
      while (Module["preInit"].length > 0) {
        Module["preInit"].shift()();
      }
    }
  }
  Module["setValue"] = setValue;
  Module["getValue"] = getValue;
  Module["UTF8ToString"] = UTF8ToString;
  Module["stringToUTF8"] = stringToUTF8;
  Module["lengthBytesUTF8"] = lengthBytesUTF8;
  Module["AsciiToString"] = AsciiToString;
  Module["stringToUTF16"] = stringToUTF16;
  Module["loadWebAssemblyModule"] = loadWebAssemblyModule;
  Module["LE_HEAP_STORE_I64"] = LE_HEAP_STORE_I64;
  var ASM_CONSTS = {};
  var _malloc, _calloc, _realloc, _free, _ts_range_edit, _memcmp, _ts_language_symbol_count, _ts_language_state_count, _ts_language_abi_version, _ts_language_name, _ts_language_field_count, _ts_language_next_state, _ts_language_symbol_name, _ts_language_symbol_for_name, _strncmp, _strlen, _ts_language_symbol_type, _ts_language_field_name_for_id, _ts_lookahead_iterator_new, _ts_lookahead_iterator_delete, _ts_lookahead_iterator_reset_state, _ts_lookahead_iterator_reset, _ts_lookahead_iterator_next, _ts_lookahead_iterator_current_symbol, _ts_point_edit, _ts_parser_delete, _ts_parser_reset, _ts_parser_set_language, _ts_parser_set_included_ranges, _ts_query_new, _ts_query_delete, _iswspace, _iswalnum, _ts_query_copy, _ts_query_pattern_count, _ts_query_capture_count, _ts_query_string_count, _ts_query_capture_name_for_id, _ts_query_capture_quantifier_for_id, _ts_query_string_value_for_id, _ts_query_predicates_for_pattern, _ts_query_start_byte_for_pattern, _ts_query_end_byte_for_pattern, _ts_query_is_pattern_rooted, _ts_query_is_pattern_non_local, _ts_query_is_pattern_guaranteed_at_step, _ts_query_disable_capture, _ts_query_disable_pattern, _ts_tree_copy, _ts_tree_delete, _ts_init, _ts_parser_new_wasm, _ts_parser_enable_logger_wasm, _ts_parser_parse_wasm, _ts_parser_included_ranges_wasm, _ts_language_type_is_named_wasm, _ts_language_type_is_visible_wasm, _ts_language_metadata_wasm, _ts_language_supertypes_wasm, _ts_language_subtypes_wasm, _ts_tree_root_node_wasm, _ts_tree_root_node_with_offset_wasm, _ts_tree_edit_wasm, _ts_tree_included_ranges_wasm, _ts_tree_get_changed_ranges_wasm, _ts_tree_cursor_new_wasm, _ts_tree_cursor_copy_wasm, _ts_tree_cursor_delete_wasm, _ts_tree_cursor_reset_wasm, _ts_tree_cursor_reset_to_wasm, _ts_tree_cursor_goto_first_child_wasm, _ts_tree_cursor_goto_last_child_wasm, _ts_tree_cursor_goto_first_child_for_index_wasm, _ts_tree_cursor_goto_first_child_for_position_wasm, _ts_tree_cursor_goto_next_sibling_wasm, _ts_tree_cursor_goto_previous_sibling_wasm, _ts_tree_cursor_goto_descendant_wasm, _ts_tree_cursor_goto_parent_wasm, _ts_tree_cursor_current_node_type_id_wasm, _ts_tree_cursor_current_node_state_id_wasm, _ts_tree_cursor_current_node_is_named_wasm, _ts_tree_cursor_current_node_is_missing_wasm, _ts_tree_cursor_current_node_id_wasm, _ts_tree_cursor_start_position_wasm, _ts_tree_cursor_end_position_wasm, _ts_tree_cursor_start_index_wasm, _ts_tree_cursor_end_index_wasm, _ts_tree_cursor_current_field_id_wasm, _ts_tree_cursor_current_depth_wasm, _ts_tree_cursor_current_descendant_index_wasm, _ts_tree_cursor_current_node_wasm, _ts_node_symbol_wasm, _ts_node_field_name_for_child_wasm, _ts_node_field_name_for_named_child_wasm, _ts_node_children_by_field_id_wasm, _ts_node_first_child_for_byte_wasm, _ts_node_first_named_child_for_byte_wasm, _ts_node_grammar_symbol_wasm, _ts_node_child_count_wasm, _ts_node_named_child_count_wasm, _ts_node_child_wasm, _ts_node_named_child_wasm, _ts_node_child_by_field_id_wasm, _ts_node_next_sibling_wasm, _ts_node_prev_sibling_wasm, _ts_node_next_named_sibling_wasm, _ts_node_prev_named_sibling_wasm, _ts_node_descendant_count_wasm, _ts_node_parent_wasm, _ts_node_child_with_descendant_wasm, _ts_node_descendant_for_index_wasm, _ts_node_named_descendant_for_index_wasm, _ts_node_descendant_for_position_wasm, _ts_node_named_descendant_for_position_wasm, _ts_node_start_point_wasm, _ts_node_end_point_wasm, _ts_node_start_index_wasm, _ts_node_end_index_wasm, _ts_node_to_string_wasm, _ts_node_children_wasm, _ts_node_named_children_wasm, _ts_node_descendants_of_type_wasm, _ts_node_is_named_wasm, _ts_node_has_changes_wasm, _ts_node_has_error_wasm, _ts_node_is_error_wasm, _ts_node_is_missing_wasm, _ts_node_is_extra_wasm, _ts_node_parse_state_wasm, _ts_node_next_parse_state_wasm, _ts_query_matches_wasm, _ts_query_captures_wasm, _memset, _memcpy, _memmove, _iswalpha, _iswblank, _iswdigit, _iswlower, _iswpunct, _iswupper, _iswxdigit, _memchr, _strcmp, _strncat, _strncpy, _towlower, _towupper, _setThrew, __emscripten_stack_restore, __emscripten_stack_alloc, _emscripten_stack_get_current, ___wasm_apply_data_relocs;
  function assignWasmExports(wasmExports2) {
    Module["_malloc"] = _malloc = wasmExports2["malloc"];
    Module["_calloc"] = _calloc = wasmExports2["calloc"];
    Module["_realloc"] = _realloc = wasmExports2["realloc"];
    Module["_free"] = _free = wasmExports2["free"];
    Module["_ts_range_edit"] = _ts_range_edit = wasmExports2["ts_range_edit"];
    Module["_memcmp"] = _memcmp = wasmExports2["memcmp"];
    Module["_ts_language_symbol_count"] = _ts_language_symbol_count = wasmExports2["ts_language_symbol_count"];
    Module["_ts_language_state_count"] = _ts_language_state_count = wasmExports2["ts_language_state_count"];
    Module["_ts_language_abi_version"] = _ts_language_abi_version = wasmExports2["ts_language_abi_version"];
    Module["_ts_language_name"] = _ts_language_name = wasmExports2["ts_language_name"];
    Module["_ts_language_field_count"] = _ts_language_field_count = wasmExports2["ts_language_field_count"];
    Module["_ts_language_next_state"] = _ts_language_next_state = wasmExports2["ts_language_next_state"];
    Module["_ts_language_symbol_name"] = _ts_language_symbol_name = wasmExports2["ts_language_symbol_name"];
    Module["_ts_language_symbol_for_name"] = _ts_language_symbol_for_name = wasmExports2["ts_language_symbol_for_name"];
    Module["_strncmp"] = _strncmp = wasmExports2["strncmp"];
    Module["_strlen"] = _strlen = wasmExports2["strlen"];
    Module["_ts_language_symbol_type"] = _ts_language_symbol_type = wasmExports2["ts_language_symbol_type"];
    Module["_ts_language_field_name_for_id"] = _ts_language_field_name_for_id = wasmExports2["ts_language_field_name_for_id"];
    Module["_ts_lookahead_iterator_new"] = _ts_lookahead_iterator_new = wasmExports2["ts_lookahead_iterator_new"];
    Module["_ts_lookahead_iterator_delete"] = _ts_lookahead_iterator_delete = wasmExports2["ts_lookahead_iterator_delete"];
    Module["_ts_lookahead_iterator_reset_state"] = _ts_lookahead_iterator_reset_state = wasmExports2["ts_lookahead_iterator_reset_state"];
    Module["_ts_lookahead_iterator_reset"] = _ts_lookahead_iterator_reset = wasmExports2["ts_lookahead_iterator_reset"];
    Module["_ts_lookahead_iterator_next"] = _ts_lookahead_iterator_next = wasmExports2["ts_lookahead_iterator_next"];
    Module["_ts_lookahead_iterator_current_symbol"] = _ts_lookahead_iterator_current_symbol = wasmExports2["ts_lookahead_iterator_current_symbol"];
    Module["_ts_point_edit"] = _ts_point_edit = wasmExports2["ts_point_edit"];
    Module["_ts_parser_delete"] = _ts_parser_delete = wasmExports2["ts_parser_delete"];
    Module["_ts_parser_reset"] = _ts_parser_reset = wasmExports2["ts_parser_reset"];
    Module["_ts_parser_set_language"] = _ts_parser_set_language = wasmExports2["ts_parser_set_language"];
    Module["_ts_parser_set_included_ranges"] = _ts_parser_set_included_ranges = wasmExports2["ts_parser_set_included_ranges"];
    Module["_ts_query_new"] = _ts_query_new = wasmExports2["ts_query_new"];
    Module["_ts_query_delete"] = _ts_query_delete = wasmExports2["ts_query_delete"];
    Module["_iswspace"] = _iswspace = wasmExports2["iswspace"];
    Module["_iswalnum"] = _iswalnum = wasmExports2["iswalnum"];
    Module["_ts_query_copy"] = _ts_query_copy = wasmExports2["ts_query_copy"];
    Module["_ts_query_pattern_count"] = _ts_query_pattern_count = wasmExports2["ts_query_pattern_count"];
    Module["_ts_query_capture_count"] = _ts_query_capture_count = wasmExports2["ts_query_capture_count"];
    Module["_ts_query_string_count"] = _ts_query_string_count = wasmExports2["ts_query_string_count"];
    Module["_ts_query_capture_name_for_id"] = _ts_query_capture_name_for_id = wasmExports2["ts_query_capture_name_for_id"];
    Module["_ts_query_capture_quantifier_for_id"] = _ts_query_capture_quantifier_for_id = wasmExports2["ts_query_capture_quantifier_for_id"];
    Module["_ts_query_string_value_for_id"] = _ts_query_string_value_for_id = wasmExports2["ts_query_string_value_for_id"];
    Module["_ts_query_predicates_for_pattern"] = _ts_query_predicates_for_pattern = wasmExports2["ts_query_predicates_for_pattern"];
    Module["_ts_query_start_byte_for_pattern"] = _ts_query_start_byte_for_pattern = wasmExports2["ts_query_start_byte_for_pattern"];
    Module["_ts_query_end_byte_for_pattern"] = _ts_query_end_byte_for_pattern = wasmExports2["ts_query_end_byte_for_pattern"];
    Module["_ts_query_is_pattern_rooted"] = _ts_query_is_pattern_rooted = wasmExports2["ts_query_is_pattern_rooted"];
    Module["_ts_query_is_pattern_non_local"] = _ts_query_is_pattern_non_local = wasmExports2["ts_query_is_pattern_non_local"];
    Module["_ts_query_is_pattern_guaranteed_at_step"] = _ts_query_is_pattern_guaranteed_at_step = wasmExports2["ts_query_is_pattern_guaranteed_at_step"];
    Module["_ts_query_disable_capture"] = _ts_query_disable_capture = wasmExports2["ts_query_disable_capture"];
    Module["_ts_query_disable_pattern"] = _ts_query_disable_pattern = wasmExports2["ts_query_disable_pattern"];
    Module["_ts_tree_copy"] = _ts_tree_copy = wasmExports2["ts_tree_copy"];
    Module["_ts_tree_delete"] = _ts_tree_delete = wasmExports2["ts_tree_delete"];
    Module["_ts_init"] = _ts_init = wasmExports2["ts_init"];
    Module["_ts_parser_new_wasm"] = _ts_parser_new_wasm = wasmExports2["ts_parser_new_wasm"];
    Module["_ts_parser_enable_logger_wasm"] = _ts_parser_enable_logger_wasm = wasmExports2["ts_parser_enable_logger_wasm"];
    Module["_ts_parser_parse_wasm"] = _ts_parser_parse_wasm = wasmExports2["ts_parser_parse_wasm"];
    Module["_ts_parser_included_ranges_wasm"] = _ts_parser_included_ranges_wasm = wasmExports2["ts_parser_included_ranges_wasm"];
    Module["_ts_language_type_is_named_wasm"] = _ts_language_type_is_named_wasm = wasmExports2["ts_language_type_is_named_wasm"];
    Module["_ts_language_type_is_visible_wasm"] = _ts_language_type_is_visible_wasm = wasmExports2["ts_language_type_is_visible_wasm"];
    Module["_ts_language_metadata_wasm"] = _ts_language_metadata_wasm = wasmExports2["ts_language_metadata_wasm"];
    Module["_ts_language_supertypes_wasm"] = _ts_language_supertypes_wasm = wasmExports2["ts_language_supertypes_wasm"];
    Module["_ts_language_subtypes_wasm"] = _ts_language_subtypes_wasm = wasmExports2["ts_language_subtypes_wasm"];
    Module["_ts_tree_root_node_wasm"] = _ts_tree_root_node_wasm = wasmExports2["ts_tree_root_node_wasm"];
    Module["_ts_tree_root_node_with_offset_wasm"] = _ts_tree_root_node_with_offset_wasm = wasmExports2["ts_tree_root_node_with_offset_wasm"];
    Module["_ts_tree_edit_wasm"] = _ts_tree_edit_wasm = wasmExports2["ts_tree_edit_wasm"];
    Module["_ts_tree_included_ranges_wasm"] = _ts_tree_included_ranges_wasm = wasmExports2["ts_tree_included_ranges_wasm"];
    Module["_ts_tree_get_changed_ranges_wasm"] = _ts_tree_get_changed_ranges_wasm = wasmExports2["ts_tree_get_changed_ranges_wasm"];
    Module["_ts_tree_cursor_new_wasm"] = _ts_tree_cursor_new_wasm = wasmExports2["ts_tree_cursor_new_wasm"];
    Module["_ts_tree_cursor_copy_wasm"] = _ts_tree_cursor_copy_wasm = wasmExports2["ts_tree_cursor_copy_wasm"];
    Module["_ts_tree_cursor_delete_wasm"] = _ts_tree_cursor_delete_wasm = wasmExports2["ts_tree_cursor_delete_wasm"];
    Module["_ts_tree_cursor_reset_wasm"] = _ts_tree_cursor_reset_wasm = wasmExports2["ts_tree_cursor_reset_wasm"];
    Module["_ts_tree_cursor_reset_to_wasm"] = _ts_tree_cursor_reset_to_wasm = wasmExports2["ts_tree_cursor_reset_to_wasm"];
    Module["_ts_tree_cursor_goto_first_child_wasm"] = _ts_tree_cursor_goto_first_child_wasm = wasmExports2["ts_tree_cursor_goto_first_child_wasm"];
    Module["_ts_tree_cursor_goto_last_child_wasm"] = _ts_tree_cursor_goto_last_child_wasm = wasmExports2["ts_tree_cursor_goto_last_child_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_index_wasm"] = _ts_tree_cursor_goto_first_child_for_index_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_index_wasm"];
    Module["_ts_tree_cursor_goto_first_child_for_position_wasm"] = _ts_tree_cursor_goto_first_child_for_position_wasm = wasmExports2["ts_tree_cursor_goto_first_child_for_position_wasm"];
    Module["_ts_tree_cursor_goto_next_sibling_wasm"] = _ts_tree_cursor_goto_next_sibling_wasm = wasmExports2["ts_tree_cursor_goto_next_sibling_wasm"];
    Module["_ts_tree_cursor_goto_previous_sibling_wasm"] = _ts_tree_cursor_goto_previous_sibling_wasm = wasmExports2["ts_tree_cursor_goto_previous_sibling_wasm"];
    Module["_ts_tree_cursor_goto_descendant_wasm"] = _ts_tree_cursor_goto_descendant_wasm = wasmExports2["ts_tree_cursor_goto_descendant_wasm"];
    Module["_ts_tree_cursor_goto_parent_wasm"] = _ts_tree_cursor_goto_parent_wasm = wasmExports2["ts_tree_cursor_goto_parent_wasm"];
    Module["_ts_tree_cursor_current_node_type_id_wasm"] = _ts_tree_cursor_current_node_type_id_wasm = wasmExports2["ts_tree_cursor_current_node_type_id_wasm"];
    Module["_ts_tree_cursor_current_node_state_id_wasm"] = _ts_tree_cursor_current_node_state_id_wasm = wasmExports2["ts_tree_cursor_current_node_state_id_wasm"];
    Module["_ts_tree_cursor_current_node_is_named_wasm"] = _ts_tree_cursor_current_node_is_named_wasm = wasmExports2["ts_tree_cursor_current_node_is_named_wasm"];
    Module["_ts_tree_cursor_current_node_is_missing_wasm"] = _ts_tree_cursor_current_node_is_missing_wasm = wasmExports2["ts_tree_cursor_current_node_is_missing_wasm"];
    Module["_ts_tree_cursor_current_node_id_wasm"] = _ts_tree_cursor_current_node_id_wasm = wasmExports2["ts_tree_cursor_current_node_id_wasm"];
    Module["_ts_tree_cursor_start_position_wasm"] = _ts_tree_cursor_start_position_wasm = wasmExports2["ts_tree_cursor_start_position_wasm"];
    Module["_ts_tree_cursor_end_position_wasm"] = _ts_tree_cursor_end_position_wasm = wasmExports2["ts_tree_cursor_end_position_wasm"];
    Module["_ts_tree_cursor_start_index_wasm"] = _ts_tree_cursor_start_index_wasm = wasmExports2["ts_tree_cursor_start_index_wasm"];
    Module["_ts_tree_cursor_end_index_wasm"] = _ts_tree_cursor_end_index_wasm = wasmExports2["ts_tree_cursor_end_index_wasm"];
    Module["_ts_tree_cursor_current_field_id_wasm"] = _ts_tree_cursor_current_field_id_wasm = wasmExports2["ts_tree_cursor_current_field_id_wasm"];
    Module["_ts_tree_cursor_current_depth_wasm"] = _ts_tree_cursor_current_depth_wasm = wasmExports2["ts_tree_cursor_current_depth_wasm"];
    Module["_ts_tree_cursor_current_descendant_index_wasm"] = _ts_tree_cursor_current_descendant_index_wasm = wasmExports2["ts_tree_cursor_current_descendant_index_wasm"];
    Module["_ts_tree_cursor_current_node_wasm"] = _ts_tree_cursor_current_node_wasm = wasmExports2["ts_tree_cursor_current_node_wasm"];
    Module["_ts_node_symbol_wasm"] = _ts_node_symbol_wasm = wasmExports2["ts_node_symbol_wasm"];
    Module["_ts_node_field_name_for_child_wasm"] = _ts_node_field_name_for_child_wasm = wasmExports2["ts_node_field_name_for_child_wasm"];
    Module["_ts_node_field_name_for_named_child_wasm"] = _ts_node_field_name_for_named_child_wasm = wasmExports2["ts_node_field_name_for_named_child_wasm"];
    Module["_ts_node_children_by_field_id_wasm"] = _ts_node_children_by_field_id_wasm = wasmExports2["ts_node_children_by_field_id_wasm"];
    Module["_ts_node_first_child_for_byte_wasm"] = _ts_node_first_child_for_byte_wasm = wasmExports2["ts_node_first_child_for_byte_wasm"];
    Module["_ts_node_first_named_child_for_byte_wasm"] = _ts_node_first_named_child_for_byte_wasm = wasmExports2["ts_node_first_named_child_for_byte_wasm"];
    Module["_ts_node_grammar_symbol_wasm"] = _ts_node_grammar_symbol_wasm = wasmExports2["ts_node_grammar_symbol_wasm"];
    Module["_ts_node_child_count_wasm"] = _ts_node_child_count_wasm = wasmExports2["ts_node_child_count_wasm"];
    Module["_ts_node_named_child_count_wasm"] = _ts_node_named_child_count_wasm = wasmExports2["ts_node_named_child_count_wasm"];
    Module["_ts_node_child_wasm"] = _ts_node_child_wasm = wasmExports2["ts_node_child_wasm"];
    Module["_ts_node_named_child_wasm"] = _ts_node_named_child_wasm = wasmExports2["ts_node_named_child_wasm"];
    Module["_ts_node_child_by_field_id_wasm"] = _ts_node_child_by_field_id_wasm = wasmExports2["ts_node_child_by_field_id_wasm"];
    Module["_ts_node_next_sibling_wasm"] = _ts_node_next_sibling_wasm = wasmExports2["ts_node_next_sibling_wasm"];
    Module["_ts_node_prev_sibling_wasm"] = _ts_node_prev_sibling_wasm = wasmExports2["ts_node_prev_sibling_wasm"];
    Module["_ts_node_next_named_sibling_wasm"] = _ts_node_next_named_sibling_wasm = wasmExports2["ts_node_next_named_sibling_wasm"];
    Module["_ts_node_prev_named_sibling_wasm"] = _ts_node_prev_named_sibling_wasm = wasmExports2["ts_node_prev_named_sibling_wasm"];
    Module["_ts_node_descendant_count_wasm"] = _ts_node_descendant_count_wasm = wasmExports2["ts_node_descendant_count_wasm"];
    Module["_ts_node_parent_wasm"] = _ts_node_parent_wasm = wasmExports2["ts_node_parent_wasm"];
    Module["_ts_node_child_with_descendant_wasm"] = _ts_node_child_with_descendant_wasm = wasmExports2["ts_node_child_with_descendant_wasm"];
    Module["_ts_node_descendant_for_index_wasm"] = _ts_node_descendant_for_index_wasm = wasmExports2["ts_node_descendant_for_index_wasm"];
    Module["_ts_node_named_descendant_for_index_wasm"] = _ts_node_named_descendant_for_index_wasm = wasmExports2["ts_node_named_descendant_for_index_wasm"];
    Module["_ts_node_descendant_for_position_wasm"] = _ts_node_descendant_for_position_wasm = wasmExports2["ts_node_descendant_for_position_wasm"];
    Module["_ts_node_named_descendant_for_position_wasm"] = _ts_node_named_descendant_for_position_wasm = wasmExports2["ts_node_named_descendant_for_position_wasm"];
    Module["_ts_node_start_point_wasm"] = _ts_node_start_point_wasm = wasmExports2["ts_node_start_point_wasm"];
    Module["_ts_node_end_point_wasm"] = _ts_node_end_point_wasm = wasmExports2["ts_node_end_point_wasm"];
    Module["_ts_node_start_index_wasm"] = _ts_node_start_index_wasm = wasmExports2["ts_node_start_index_wasm"];
    Module["_ts_node_end_index_wasm"] = _ts_node_end_index_wasm = wasmExports2["ts_node_end_index_wasm"];
    Module["_ts_node_to_string_wasm"] = _ts_node_to_string_wasm = wasmExports2["ts_node_to_string_wasm"];
    Module["_ts_node_children_wasm"] = _ts_node_children_wasm = wasmExports2["ts_node_children_wasm"];
    Module["_ts_node_named_children_wasm"] = _ts_node_named_children_wasm = wasmExports2["ts_node_named_children_wasm"];
    Module["_ts_node_descendants_of_type_wasm"] = _ts_node_descendants_of_type_wasm = wasmExports2["ts_node_descendants_of_type_wasm"];
    Module["_ts_node_is_named_wasm"] = _ts_node_is_named_wasm = wasmExports2["ts_node_is_named_wasm"];
    Module["_ts_node_has_changes_wasm"] = _ts_node_has_changes_wasm = wasmExports2["ts_node_has_changes_wasm"];
    Module["_ts_node_has_error_wasm"] = _ts_node_has_error_wasm = wasmExports2["ts_node_has_error_wasm"];
    Module["_ts_node_is_error_wasm"] = _ts_node_is_error_wasm = wasmExports2["ts_node_is_error_wasm"];
    Module["_ts_node_is_missing_wasm"] = _ts_node_is_missing_wasm = wasmExports2["ts_node_is_missing_wasm"];
    Module["_ts_node_is_extra_wasm"] = _ts_node_is_extra_wasm = wasmExports2["ts_node_is_extra_wasm"];
    Module["_ts_node_parse_state_wasm"] = _ts_node_parse_state_wasm = wasmExports2["ts_node_parse_state_wasm"];
    Module["_ts_node_next_parse_state_wasm"] = _ts_node_next_parse_state_wasm = wasmExports2["ts_node_next_parse_state_wasm"];
    Module["_ts_query_matches_wasm"] = _ts_query_matches_wasm = wasmExports2["ts_query_matches_wasm"];
    Module["_ts_query_captures_wasm"] = _ts_query_captures_wasm = wasmExports2["ts_query_captures_wasm"];
    Module["_memset"] = _memset = wasmExports2["memset"];
    Module["_memcpy"] = _memcpy = wasmExports2["memcpy"];
    Module["_memmove"] = _memmove = wasmExports2["memmove"];
    Module["_iswalpha"] = _iswalpha = wasmExports2["iswalpha"];
    Module["_iswblank"] = _iswblank = wasmExports2["iswblank"];
    Module["_iswdigit"] = _iswdigit = wasmExports2["iswdigit"];
    Module["_iswlower"] = _iswlower = wasmExports2["iswlower"];
    Module["_iswpunct"] = _iswpunct = wasmExports2["iswpunct"];
    Module["_iswupper"] = _iswupper = wasmExports2["iswupper"];
    Module["_iswxdigit"] = _iswxdigit = wasmExports2["iswxdigit"];
    Module["_memchr"] = _memchr = wasmExports2["memchr"];
    Module["_strcmp"] = _strcmp = wasmExports2["strcmp"];
    Module["_strncat"] = _strncat = wasmExports2["strncat"];
    Module["_strncpy"] = _strncpy = wasmExports2["strncpy"];
    Module["_towlower"] = _towlower = wasmExports2["towlower"];
    Module["_towupper"] = _towupper = wasmExports2["towupper"];
    _setThrew = wasmExports2["setThrew"];
    __emscripten_stack_restore = wasmExports2["_emscripten_stack_restore"];
    __emscripten_stack_alloc = wasmExports2["_emscripten_stack_alloc"];
    _emscripten_stack_get_current = wasmExports2["emscripten_stack_get_current"];
    ___wasm_apply_data_relocs = wasmExports2["__wasm_apply_data_relocs"];
  }
  __name(assignWasmExports, "assignWasmExports");
  var wasmImports = {
    /** @export */
    __heap_base: ___heap_base,
    /** @export */
    __indirect_function_table: wasmTable,
    /** @export */
    __memory_base: ___memory_base,
    /** @export */
    __stack_high: ___stack_high,
    /** @export */
    __stack_low: ___stack_low,
    /** @export */
    __stack_pointer: ___stack_pointer,
    /** @export */
    __table_base: ___table_base,
    /** @export */
    _abort_js: __abort_js,
    /** @export */
    emscripten_resize_heap: _emscripten_resize_heap,
    /** @export */
    fd_close: _fd_close,
    /** @export */
    fd_seek: _fd_seek,
    /** @export */
    fd_write: _fd_write,
    /** @export */
    memory: wasmMemory,
    /** @export */
    tree_sitter_log_callback: _tree_sitter_log_callback,
    /** @export */
    tree_sitter_parse_callback: _tree_sitter_parse_callback,
    /** @export */
    tree_sitter_progress_callback: _tree_sitter_progress_callback,
    /** @export */
    tree_sitter_query_progress_callback: _tree_sitter_query_progress_callback
  };
  function callMain(args2 = []) {
    var entryFunction = resolveGlobalSymbol("main").sym;
    if (!entryFunction) return;
    args2.unshift(thisProgram);
    var argc = args2.length;
    var argv = stackAlloc((argc + 1) * 4);
    var argv_ptr = argv;
    args2.forEach((arg) => {
      LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, stringToUTF8OnStack(arg));
      argv_ptr += 4;
    });
    LE_HEAP_STORE_U32((argv_ptr >> 2) * 4, 0);
    try {
      var ret = entryFunction(argc, argv);
      exitJS(
        ret,
        /* implicit = */
        true
      );
      return ret;
    } catch (e) {
      return handleException(e);
    }
  }
  __name(callMain, "callMain");
  function run(args2 = arguments_) {
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    preRun();
    if (runDependencies > 0) {
      dependenciesFulfilled = run;
      return;
    }
    function doRun() {
      Module["calledRun"] = true;
      if (ABORT) return;
      initRuntime();
      preMain();
      readyPromiseResolve?.(Module);
      Module["onRuntimeInitialized"]?.();
      var noInitialRun = Module["noInitialRun"] || false;
      if (!noInitialRun) callMain(args2);
      postRun();
    }
    __name(doRun, "doRun");
    if (Module["setStatus"]) {
      Module["setStatus"]("Running...");
      setTimeout(() => {
        setTimeout(() => Module["setStatus"](""), 1);
        doRun();
      }, 1);
    } else {
      doRun();
    }
  }
  __name(run, "run");
  var wasmExports;
  wasmExports = await createWasm();
  run();
  if (runtimeInitialized) {
    moduleRtn = Module;
  } else {
    moduleRtn = new Promise((resolve, reject) => {
      readyPromiseResolve = resolve;
      readyPromiseReject = reject;
    });
  }
  return moduleRtn;
}
__name(Module2, "Module");
var web_tree_sitter_default = Module2;
var Module3 = null;
async function initializeBinding(moduleOptions) {
  return Module3 ??= await web_tree_sitter_default(moduleOptions);
}
__name(initializeBinding, "initializeBinding");
function checkModule() {
  return !!Module3;
}
__name(checkModule, "checkModule");
var TRANSFER_BUFFER;
var LANGUAGE_VERSION;
var MIN_COMPATIBLE_VERSION;
var finalizer4 = newFinalizer((addresses) => {
  C._ts_parser_delete(addresses[0]);
  C._free(addresses[1]);
});
var Parser = class {
  static {
    __name(this, "Parser");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  [1] = 0;
  // Internal handle for Wasm
  /** @internal */
  logCallback = null;
  /** The parser's current language. */
  language = null;
  /**
   * This must always be called before creating a Parser.
   *
   * You can optionally pass in options to configure the Wasm module, the most common
   * one being `locateFile` to help the module find the `.wasm` file.
   */
  static async init(moduleOptions) {
    setModule(await initializeBinding(moduleOptions));
    TRANSFER_BUFFER = C._ts_init();
    LANGUAGE_VERSION = C.getValue(TRANSFER_BUFFER, "i32");
    MIN_COMPATIBLE_VERSION = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /**
   * Create a new parser.
   */
  constructor() {
    this.initialize();
    finalizer4?.register(this, [this[0], this[1]], this);
  }
  /** @internal */
  initialize() {
    if (!checkModule()) {
      throw new Error("cannot construct a Parser before calling `init()`");
    }
    C._ts_parser_new_wasm();
    this[0] = C.getValue(TRANSFER_BUFFER, "i32");
    this[1] = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
  }
  /** Delete the parser, freeing its resources. */
  delete() {
    finalizer4?.unregister(this);
    C._ts_parser_delete(this[0]);
    C._free(this[1]);
    this[0] = 0;
    this[1] = 0;
  }
  /**
   * Set the language that the parser should use for parsing.
   *
   * If the language was not successfully assigned, an error will be thrown.
   * This happens if the language was generated with an incompatible
   * version of the Tree-sitter CLI. Check the language's version using
   * {@link Language#version} and compare it to this library's
   * {@link LANGUAGE_VERSION} and {@link MIN_COMPATIBLE_VERSION} constants.
   */
  setLanguage(language) {
    let address;
    if (!language) {
      address = 0;
      this.language = null;
    } else if (language.constructor === Language) {
      address = language[0];
      const version = C._ts_language_abi_version(address);
      if (version < MIN_COMPATIBLE_VERSION || LANGUAGE_VERSION < version) {
        throw new Error(
          `Incompatible language version ${version}. Compatibility range ${MIN_COMPATIBLE_VERSION} through ${LANGUAGE_VERSION}.`
        );
      }
      this.language = language;
    } else {
      throw new Error("Argument must be a Language");
    }
    C._ts_parser_set_language(this[0], address);
    return this;
  }
  /**
   * Parse a slice of UTF8 text.
   *
   * @param {string | ParseCallback} callback - The UTF8-encoded text to parse or a callback function.
   *
   * @param {Tree | null} [oldTree] - A previous syntax tree parsed from the same document. If the text of the
   *   document has changed since `oldTree` was created, then you must edit `oldTree` to match
   *   the new text using {@link Tree#edit}.
   *
   * @param {ParseOptions} [options] - Options for parsing the text.
   *  This can be used to set the included ranges, or a progress callback.
   *
   * @returns {Tree | null} A {@link Tree} if parsing succeeded, or `null` if:
   *  - The parser has not yet had a language assigned with {@link Parser#setLanguage}.
   *  - The progress callback returned true.
   */
  parse(callback, oldTree, options) {
    if (typeof callback === "string") {
      C.currentParseCallback = (index) => callback.slice(index);
    } else if (typeof callback === "function") {
      C.currentParseCallback = callback;
    } else {
      throw new Error("Argument must be a string or a function");
    }
    if (options?.progressCallback) {
      C.currentProgressCallback = options.progressCallback;
    } else {
      C.currentProgressCallback = null;
    }
    if (this.logCallback) {
      C.currentLogCallback = this.logCallback;
      C._ts_parser_enable_logger_wasm(this[0], 1);
    } else {
      C.currentLogCallback = null;
      C._ts_parser_enable_logger_wasm(this[0], 0);
    }
    let rangeCount = 0;
    let rangeAddress = 0;
    if (options?.includedRanges) {
      rangeCount = options.includedRanges.length;
      rangeAddress = C._calloc(rangeCount, SIZE_OF_RANGE);
      let address = rangeAddress;
      for (let i2 = 0; i2 < rangeCount; i2++) {
        marshalRange(address, options.includedRanges[i2]);
        address += SIZE_OF_RANGE;
      }
    }
    const treeAddress = C._ts_parser_parse_wasm(
      this[0],
      this[1],
      oldTree ? oldTree[0] : 0,
      rangeAddress,
      rangeCount
    );
    if (!treeAddress) {
      C.currentParseCallback = null;
      C.currentLogCallback = null;
      C.currentProgressCallback = null;
      return null;
    }
    if (!this.language) {
      throw new Error("Parser must have a language to parse");
    }
    const result = new Tree(INTERNAL, treeAddress, this.language, C.currentParseCallback);
    C.currentParseCallback = null;
    C.currentLogCallback = null;
    C.currentProgressCallback = null;
    return result;
  }
  /**
   * Instruct the parser to start the next parse from the beginning.
   *
   * If the parser previously failed because of a callback, 
   * then by default, it will resume where it left off on the
   * next call to {@link Parser#parse} or other parsing functions.
   * If you don't want to resume, and instead intend to use this parser to
   * parse some other document, you must call `reset` first.
   */
  reset() {
    C._ts_parser_reset(this[0]);
  }
  /** Get the ranges of text that the parser will include when parsing. */
  getIncludedRanges() {
    C._ts_parser_included_ranges_wasm(this[0]);
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count2);
    if (count2 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count2; i2++) {
        result[i2] = unmarshalRange(address);
        address += SIZE_OF_RANGE;
      }
      C._free(buffer);
    }
    return result;
  }
  /** Set the logging callback that a parser should use during parsing. */
  setLogger(callback) {
    if (!callback) {
      this.logCallback = null;
    } else if (typeof callback !== "function") {
      throw new Error("Logger callback must be a function");
    } else {
      this.logCallback = callback;
    }
    return this;
  }
  /** Get the parser's current logger. */
  getLogger() {
    return this.logCallback;
  }
};
var PREDICATE_STEP_TYPE_CAPTURE = 1;
var PREDICATE_STEP_TYPE_STRING = 2;
var QUERY_WORD_REGEX = /[\w-]+/g;
var CaptureQuantifier = {
  Zero: 0,
  ZeroOrOne: 1,
  ZeroOrMore: 2,
  One: 3,
  OneOrMore: 4
};
var isCaptureStep = /* @__PURE__ */ __name((step) => step.type === "capture", "isCaptureStep");
var isStringStep = /* @__PURE__ */ __name((step) => step.type === "string", "isStringStep");
var QueryErrorKind = {
  Syntax: 1,
  NodeName: 2,
  FieldName: 3,
  CaptureName: 4,
  PatternStructure: 5
};
var QueryError = class _QueryError extends Error {
  constructor(kind, info2, index, length) {
    super(_QueryError.formatMessage(kind, info2));
    this.kind = kind;
    this.info = info2;
    this.index = index;
    this.length = length;
    this.name = "QueryError";
  }
  kind;
  info;
  index;
  length;
  static {
    __name(this, "QueryError");
  }
  /** Formats an error message based on the error kind and info */
  static formatMessage(kind, info2) {
    switch (kind) {
      case QueryErrorKind.NodeName:
        return `Bad node name '${info2.word}'`;
      case QueryErrorKind.FieldName:
        return `Bad field name '${info2.word}'`;
      case QueryErrorKind.CaptureName:
        return `Bad capture name @${info2.word}`;
      case QueryErrorKind.PatternStructure:
        return `Bad pattern structure at offset ${info2.suffix}`;
      case QueryErrorKind.Syntax:
        return `Bad syntax at offset ${info2.suffix}`;
    }
  }
};
function parseAnyPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}`
    );
  }
  if (!isCaptureStep(steps[1])) {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}"`
    );
  }
  const isPositive = operator === "eq?" || operator === "any-eq?";
  const matchAll = !operator.startsWith("any-");
  if (isCaptureStep(steps[2])) {
    const captureName1 = steps[1].name;
    const captureName2 = steps[2].name;
    textPredicates[index].push((captures) => {
      const nodes1 = [];
      const nodes2 = [];
      for (const c of captures) {
        if (c.name === captureName1) nodes1.push(c.node);
        if (c.name === captureName2) nodes2.push(c.node);
      }
      const compare2 = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare2(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue2 = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue2, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue2, "doesNotMatch");
    textPredicates[index].push((captures) => {
      const nodes = [];
      for (const c of captures) {
        if (c.name === captureName) nodes.push(c.node);
      }
      const test = isPositive ? matches : doesNotMatch;
      return matchAll ? nodes.every(test) : nodes.some(test);
    });
  }
}
__name(parseAnyPredicate, "parseAnyPredicate");
function parseMatchPredicate(steps, index, operator, textPredicates) {
  if (steps.length !== 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 2, got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  if (steps[2].type !== "string") {
    throw new Error(
      `Second argument of \`#${operator}\` predicate must be a string. Got @${steps[2].name}.`
    );
  }
  const isPositive = operator === "match?" || operator === "any-match?";
  const matchAll = !operator.startsWith("any-");
  const captureName = steps[1].name;
  const regex = new RegExp(steps[2].value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    const test = /* @__PURE__ */ __name((text, positive) => {
      return positive ? regex.test(text) : !regex.test(text);
    }, "test");
    if (nodes.length === 0) return !isPositive;
    return matchAll ? nodes.every((text) => test(text, isPositive)) : nodes.some((text) => test(text, isPositive));
  });
}
__name(parseMatchPredicate, "parseMatchPredicate");
function parseAnyOfPredicate(steps, index, operator, textPredicates) {
  if (steps.length < 2) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected at least 1. Got ${steps.length - 1}.`
    );
  }
  if (steps[1].type !== "capture") {
    throw new Error(
      `First argument of \`#${operator}\` predicate must be a capture. Got "${steps[1].value}".`
    );
  }
  const isPositive = operator === "any-of?";
  const captureName = steps[1].name;
  const stringSteps = steps.slice(2);
  if (!stringSteps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const values = stringSteps.map((s) => s.value);
  textPredicates[index].push((captures) => {
    const nodes = [];
    for (const c of captures) {
      if (c.name === captureName) nodes.push(c.node.text);
    }
    if (nodes.length === 0) return !isPositive;
    return nodes.every((text) => values.includes(text)) === isPositive;
  });
}
__name(parseAnyOfPredicate, "parseAnyOfPredicate");
function parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(
      `Wrong number of arguments to \`#${operator}\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`
    );
  }
  if (!steps.every(isStringStep)) {
    throw new Error(
      `Arguments to \`#${operator}\` predicate must be strings.".`
    );
  }
  const properties = operator === "is?" ? assertedProperties : refutedProperties;
  if (!properties[index]) properties[index] = {};
  properties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseIsPredicate, "parseIsPredicate");
function parseSetDirective(steps, index, setProperties) {
  if (steps.length < 2 || steps.length > 3) {
    throw new Error(`Wrong number of arguments to \`#set!\` predicate. Expected 1 or 2. Got ${steps.length - 1}.`);
  }
  if (!steps.every(isStringStep)) {
    throw new Error(`Arguments to \`#set!\` predicate must be strings.".`);
  }
  if (!setProperties[index]) setProperties[index] = {};
  setProperties[index][steps[1].value] = steps[2]?.value ?? null;
}
__name(parseSetDirective, "parseSetDirective");
function parsePattern(index, stepType, stepValueId, captureNames, stringValues, steps, textPredicates, predicates, setProperties, assertedProperties, refutedProperties) {
  if (stepType === PREDICATE_STEP_TYPE_CAPTURE) {
    const name2 = captureNames[stepValueId];
    steps.push({ type: "capture", name: name2 });
  } else if (stepType === PREDICATE_STEP_TYPE_STRING) {
    steps.push({ type: "string", value: stringValues[stepValueId] });
  } else if (steps.length > 0) {
    if (steps[0].type !== "string") {
      throw new Error("Predicates must begin with a literal value");
    }
    const operator = steps[0].value;
    switch (operator) {
      case "any-not-eq?":
      case "not-eq?":
      case "any-eq?":
      case "eq?":
        parseAnyPredicate(steps, index, operator, textPredicates);
        break;
      case "any-not-match?":
      case "not-match?":
      case "any-match?":
      case "match?":
        parseMatchPredicate(steps, index, operator, textPredicates);
        break;
      case "not-any-of?":
      case "any-of?":
        parseAnyOfPredicate(steps, index, operator, textPredicates);
        break;
      case "is?":
      case "is-not?":
        parseIsPredicate(steps, index, operator, assertedProperties, refutedProperties);
        break;
      case "set!":
        parseSetDirective(steps, index, setProperties);
        break;
      default:
        predicates[index].push({ operator, operands: steps.slice(1) });
    }
    steps.length = 0;
  }
}
__name(parsePattern, "parsePattern");
function indexForByteOffset(source2, byteOffset) {
  return new TextEncoder().encodeInto(source2, new Uint8Array(byteOffset)).read;
}
__name(indexForByteOffset, "indexForByteOffset");
var finalizer5 = newFinalizer((address) => {
  C._ts_query_delete(address);
});
var Query = class {
  static {
    __name(this, "Query");
  }
  /** @internal */
  [0] = 0;
  // Internal handle for Wasm
  /** @internal */
  exceededMatchLimit;
  /** @internal */
  textPredicates;
  /** @internal */
  source;
  /** The names of the captures used in the query. */
  captureNames;
  /** The quantifiers of the captures used in the query. */
  captureQuantifiers;
  /**
   * The other user-defined predicates associated with the given index.
   *
   * This includes predicates with operators other than:
   * - `match?`
   * - `eq?` and `not-eq?`
   * - `any-of?` and `not-any-of?`
   * - `is?` and `is-not?`
   * - `set!`
   */
  predicates;
  /** The properties for predicates with the operator `set!`. */
  setProperties;
  /** The properties for predicates with the operator `is?`. */
  assertedProperties;
  /** The properties for predicates with the operator `is-not?`. */
  refutedProperties;
  /** The maximum number of in-progress matches for this cursor. */
  matchLimit;
  /**
   * Create a new query from a string containing one or more S-expression
   * patterns.
   *
   * The query is associated with a particular language, and can only be run
   * on syntax nodes parsed with that language. References to Queries can be
   * shared between multiple threads.
   *
   * @link {@see https://tree-sitter.github.io/tree-sitter/using-parsers/queries}
   */
  constructor(language, source2) {
    const sourceLength = C.lengthBytesUTF8(source2);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source2, sourceAddress, sourceLength + 1);
    const address = C._ts_query_new(
      language[0],
      sourceAddress,
      sourceLength,
      TRANSFER_BUFFER,
      TRANSFER_BUFFER + SIZE_OF_INT
    );
    if (!address) {
      const errorId = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      const errorByte = C.getValue(TRANSFER_BUFFER, "i32");
      const errorIndex = C.UTF8ToString(sourceAddress, errorByte).length;
      const suffix = source2.slice(errorIndex, errorIndex + 100).split("\n")[0];
      const word = suffix.match(QUERY_WORD_REGEX)?.[0] ?? "";
      C._free(sourceAddress);
      switch (errorId) {
        case QueryErrorKind.Syntax:
          throw new QueryError(QueryErrorKind.Syntax, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
        case QueryErrorKind.NodeName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.FieldName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.CaptureName:
          throw new QueryError(errorId, { word }, errorIndex, word.length);
        case QueryErrorKind.PatternStructure:
          throw new QueryError(errorId, { suffix: `${errorIndex}: '${suffix}'...` }, errorIndex, 0);
      }
    }
    const stringCount = C._ts_query_string_count(address);
    const captureCount = C._ts_query_capture_count(address);
    const patternCount = C._ts_query_pattern_count(address);
    const captureNames = new Array(captureCount);
    const captureQuantifiers = new Array(patternCount);
    const stringValues = new Array(stringCount);
    for (let i2 = 0; i2 < captureCount; i2++) {
      const nameAddress = C._ts_query_capture_name_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      captureNames[i2] = C.UTF8ToString(nameAddress, nameLength);
    }
    for (let i2 = 0; i2 < patternCount; i2++) {
      const captureQuantifiersArray = new Array(captureCount);
      for (let j = 0; j < captureCount; j++) {
        const quantifier = C._ts_query_capture_quantifier_for_id(address, i2, j);
        captureQuantifiersArray[j] = quantifier;
      }
      captureQuantifiers[i2] = captureQuantifiersArray;
    }
    for (let i2 = 0; i2 < stringCount; i2++) {
      const valueAddress = C._ts_query_string_value_for_id(
        address,
        i2,
        TRANSFER_BUFFER
      );
      const nameLength = C.getValue(TRANSFER_BUFFER, "i32");
      stringValues[i2] = C.UTF8ToString(valueAddress, nameLength);
    }
    const setProperties = new Array(patternCount);
    const assertedProperties = new Array(patternCount);
    const refutedProperties = new Array(patternCount);
    const predicates = new Array(patternCount);
    const textPredicates = new Array(patternCount);
    for (let i2 = 0; i2 < patternCount; i2++) {
      const predicatesAddress = C._ts_query_predicates_for_pattern(address, i2, TRANSFER_BUFFER);
      const stepCount = C.getValue(TRANSFER_BUFFER, "i32");
      predicates[i2] = [];
      textPredicates[i2] = [];
      const steps = new Array();
      let stepAddress = predicatesAddress;
      for (let j = 0; j < stepCount; j++) {
        const stepType = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        const stepValueId = C.getValue(stepAddress, "i32");
        stepAddress += SIZE_OF_INT;
        parsePattern(
          i2,
          stepType,
          stepValueId,
          captureNames,
          stringValues,
          steps,
          textPredicates,
          predicates,
          setProperties,
          assertedProperties,
          refutedProperties
        );
      }
      Object.freeze(textPredicates[i2]);
      Object.freeze(predicates[i2]);
      Object.freeze(setProperties[i2]);
      Object.freeze(assertedProperties[i2]);
      Object.freeze(refutedProperties[i2]);
    }
    C._free(sourceAddress);
    this[0] = address;
    this.captureNames = captureNames;
    this.captureQuantifiers = captureQuantifiers;
    this.textPredicates = textPredicates;
    this.source = source2;
    this.predicates = predicates;
    this.setProperties = setProperties;
    this.assertedProperties = assertedProperties;
    this.refutedProperties = refutedProperties;
    this.exceededMatchLimit = false;
    finalizer5?.register(this, address, this);
  }
  /** Delete the query, freeing its resources. */
  delete() {
    finalizer5?.unregister(this);
    C._ts_query_delete(this[0]);
    this[0] = 0;
  }
  /**
   * Iterate over all of the matches in the order that they were found.
   *
   * Each match contains the index of the pattern that matched, and a list of
   * captures. Because multiple patterns can match the same set of nodes,
   * one match may contain captures that appear *before* some of the
   * captures from a previous match.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  matches(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_matches_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const rawCount = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array(rawCount);
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    let filteredCount = 0;
    let address = startAddress;
    for (let i2 = 0; i2 < rawCount; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captures = new Array(captureCount);
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        result[filteredCount] = { patternIndex, captures };
        const setProperties = this.setProperties[patternIndex];
        result[filteredCount].setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        result[filteredCount].assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        result[filteredCount].refutedProperties = refutedProperties;
        filteredCount++;
      }
    }
    result.length = filteredCount;
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /**
   * Iterate over all of the individual captures in the order that they
   * appear.
   *
   * This is useful if you don't care about which pattern matched, and just
   * want a single, ordered sequence of captures.
   *
   * @param {Node} node - The node to execute the query on.
   *
   * @param {QueryOptions} options - Options for query execution.
   */
  captures(node, options = {}) {
    const startPosition = options.startPosition ?? ZERO_POINT;
    const endPosition = options.endPosition ?? ZERO_POINT;
    const startIndex = options.startIndex ?? 0;
    const endIndex = options.endIndex ?? 0;
    const startContainingPosition = options.startContainingPosition ?? ZERO_POINT;
    const endContainingPosition = options.endContainingPosition ?? ZERO_POINT;
    const startContainingIndex = options.startContainingIndex ?? 0;
    const endContainingIndex = options.endContainingIndex ?? 0;
    const matchLimit = options.matchLimit ?? 4294967295;
    const maxStartDepth = options.maxStartDepth ?? 4294967295;
    const progressCallback = options.progressCallback;
    if (typeof matchLimit !== "number") {
      throw new Error("Arguments must be numbers");
    }
    this.matchLimit = matchLimit;
    if (endIndex !== 0 && startIndex > endIndex) {
      throw new Error("`startIndex` cannot be greater than `endIndex`");
    }
    if (endPosition !== ZERO_POINT && (startPosition.row > endPosition.row || startPosition.row === endPosition.row && startPosition.column > endPosition.column)) {
      throw new Error("`startPosition` cannot be greater than `endPosition`");
    }
    if (endContainingIndex !== 0 && startContainingIndex > endContainingIndex) {
      throw new Error("`startContainingIndex` cannot be greater than `endContainingIndex`");
    }
    if (endContainingPosition !== ZERO_POINT && (startContainingPosition.row > endContainingPosition.row || startContainingPosition.row === endContainingPosition.row && startContainingPosition.column > endContainingPosition.column)) {
      throw new Error("`startContainingPosition` cannot be greater than `endContainingPosition`");
    }
    if (progressCallback) {
      C.currentQueryProgressCallback = progressCallback;
    }
    marshalNode(node);
    C._ts_query_captures_wasm(
      this[0],
      node.tree[0],
      startPosition.row,
      startPosition.column,
      endPosition.row,
      endPosition.column,
      startIndex,
      endIndex,
      startContainingPosition.row,
      startContainingPosition.column,
      endContainingPosition.row,
      endContainingPosition.column,
      startContainingIndex,
      endContainingIndex,
      matchLimit,
      maxStartDepth
    );
    const count2 = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count2; i2++) {
      const patternIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureCount = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      const captureIndex = C.getValue(address, "i32");
      address += SIZE_OF_INT;
      captures.length = captureCount;
      address = unmarshalCaptures(this, node.tree, address, patternIndex, captures);
      if (this.textPredicates[patternIndex].every((p) => p(captures))) {
        const capture = captures[captureIndex];
        const setProperties = this.setProperties[patternIndex];
        capture.setProperties = setProperties;
        const assertedProperties = this.assertedProperties[patternIndex];
        capture.assertedProperties = assertedProperties;
        const refutedProperties = this.refutedProperties[patternIndex];
        capture.refutedProperties = refutedProperties;
        result.push(capture);
      }
    }
    C._free(startAddress);
    C.currentQueryProgressCallback = null;
    return result;
  }
  /** Get the predicates for a given pattern. */
  predicatesForPattern(patternIndex) {
    return this.predicates[patternIndex];
  }
  /**
   * Disable a certain capture within a query.
   *
   * This prevents the capture from being returned in matches, and also
   * avoids any resource usage associated with recording the capture.
   */
  disableCapture(captureName) {
    const captureNameLength = C.lengthBytesUTF8(captureName);
    const captureNameAddress = C._malloc(captureNameLength + 1);
    C.stringToUTF8(captureName, captureNameAddress, captureNameLength + 1);
    C._ts_query_disable_capture(this[0], captureNameAddress, captureNameLength);
    C._free(captureNameAddress);
  }
  /**
   * Disable a certain pattern within a query.
   *
   * This prevents the pattern from matching, and also avoids any resource
   * usage associated with the pattern. This throws an error if the pattern
   * index is out of bounds.
   */
  disablePattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    C._ts_query_disable_pattern(this[0], patternIndex);
  }
  /**
   * Check if, on its last execution, this cursor exceeded its maximum number
   * of in-progress matches.
   */
  didExceedMatchLimit() {
    return this.exceededMatchLimit;
  }
  /** Get the index where the given pattern starts in the query's source. */
  startIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_start_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the index where the given pattern ends in the query's source. */
  endIndexForPattern(patternIndex) {
    if (patternIndex >= this.predicates.length) {
      throw new Error(
        `Pattern index is ${patternIndex} but the pattern count is ${this.predicates.length}`
      );
    }
    const byteOffset = C._ts_query_end_byte_for_pattern(this[0], patternIndex);
    return indexForByteOffset(this.source, byteOffset);
  }
  /** Get the number of patterns in the query. */
  patternCount() {
    return C._ts_query_pattern_count(this[0]);
  }
  /** Get the index for a given capture name. */
  captureIndexForName(captureName) {
    return this.captureNames.indexOf(captureName);
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternRooted(patternIndex) {
    return C._ts_query_is_pattern_rooted(this[0], patternIndex) === 1;
  }
  /** Check if a given pattern within a query has a single root node. */
  isPatternNonLocal(patternIndex) {
    return C._ts_query_is_pattern_non_local(this[0], patternIndex) === 1;
  }
  /**
   * Check if the step at the given index in the query's source is 'definite'.
   *
   * A query step is 'definite' if its parent pattern will be guaranteed to
   * match successfully once it reaches the step.
   */
  isPatternGuaranteedAtStep(index) {
    const byteOffset = C.lengthBytesUTF8(this.source.slice(0, index));
    return C._ts_query_is_pattern_guaranteed_at_step(this[0], byteOffset) === 1;
  }
};

// src/core/tree-sitter.ts
var runtime;
var parsers = /* @__PURE__ */ new Map();
function grammarParser(grammar) {
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = (async () => {
      setFlagsFromString("--liftoff-only");
      await (runtime ??= Parser.init({ locateFile: (name2) => wasmFile(`web-tree-sitter/${name2}`) }));
      const result = new Parser();
      result.setLanguage(await Language.load(wasmFile(grammar)));
      return result;
    })();
    parsers.set(grammar, parser);
  }
  return parser;
}

// src/languages/go/parser.ts
var GO_GRAMMARS = ["tree-sitter-go/tree-sitter-go.wasm"];
function goParser() {
  return grammarParser(GO_GRAMMARS[0]);
}

// src/languages/go/removed-imports.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/go/module-index.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/go/gomod.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function parseGoMod(text) {
  let module2;
  const uses = [];
  const replaces = [];
  let block;
  for (const tokens2 of text.split("\n").map(lineTokens)) {
    if (!tokens2.length) continue;
    if (block !== void 0) {
      if (tokens2.length === 1 && tokens2[0] === ")") block = void 0;
      else statement(block, tokens2);
      continue;
    }
    const [verb, ...rest] = tokens2;
    if (rest.length === 1 && rest[0] === "(") block = verb;
    else if (!(rest.length === 2 && rest[0] === "(" && rest[1] === ")")) statement(verb, rest);
  }
  return { module: module2, uses, replaces };
  function statement(verb, args2) {
    const values = args2.map(tokenValue);
    if (values.some((v) => v === void 0)) return;
    const [first, ...more] = values;
    if (verb === "module" && first !== void 0 && !more.length) module2 ??= first;
    else if (verb === "use" && first !== void 0 && !more.length) uses.push(first);
    else if (verb === "replace") {
      const replace = replaceOf(values);
      if (replace) replaces.push(replace);
    }
  }
}
function replaceOf(args2) {
  const arrow = args2[1] === "=>" ? 1 : 2;
  if (args2[arrow] !== "=>" || args2.length < arrow + 2 || args2.length > arrow + 3) return void 0;
  const path = args2[0];
  const target = args2[arrow + 1];
  if (args2.length === arrow + 3) return { path, dir: null };
  if (/^\.\.?(\/|$)/.test(target)) return { path, dir: target };
  if (/^([/\\]|[A-Za-z]:)/.test(target)) return { path, dir: null };
  return void 0;
}
function tokenValue(token) {
  return token.startsWith('"') || token.startsWith("`") ? unquoteGo(token) : token;
}
function lineTokens(line) {
  const tokens2 = [];
  let i2 = 0;
  while (i2 < line.length) {
    const c = line[i2];
    if (c === " " || c === "	" || c === "\r") i2++;
    else if (line.startsWith("//", i2)) break;
    else if (c === "(" || c === ")") {
      tokens2.push(c);
      i2++;
    } else if (c === '"' || c === "`") {
      let j = i2 + 1;
      while (j < line.length && line[j] !== c) j += c === '"' && line[j] === "\\" ? 2 : 1;
      tokens2.push(line.slice(i2, j + 1));
      i2 = j + 1;
    } else {
      let j = i2;
      while (j < line.length && !/[\s()]/.test(line[j]) && !line.startsWith("//", j)) j++;
      tokens2.push(line.slice(i2, j));
      i2 = j;
    }
  }
  return tokens2;
}

// src/languages/go/select.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var IGNORED_FOLDERS = /* @__PURE__ */ new Map([
  ["vendor", "in Go's vendor/: copies of other modules, whose packages the graph counts as third party"],
  ["testdata", "in Go's testdata/: test inputs, from which the go tool builds no package"]
]);
var HIDDEN = "under a name with a leading `_` or `.`, which the go tool ignores";
var isHidden = (name2) => name2.startsWith(".") || name2.startsWith("_");
function whyInvisible(path) {
  const parts2 = path.split("/");
  for (const [i2, part] of parts2.entries()) {
    if (isHidden(part)) return HIDDEN;
    const folder = i2 < parts2.length - 1 ? IGNORED_FOLDERS.get(part) : void 0;
    if (folder) return folder;
  }
  return void 0;
}
function isGoVisible(path) {
  return whyInvisible(path) === void 0;
}
function goLeftOutReason(path) {
  return path.endsWith(".go") ? whyInvisible(path) : void 0;
}
function isGoSource(path) {
  return path.endsWith(".go") && isGoVisible(path);
}
function isGoTestFile(path) {
  return path.endsWith("_test.go");
}
function isGoNonTestSource(path) {
  return isGoSource(path) && !isGoTestFile(path);
}
function selectGoFiles(files) {
  return files.filter((f) => isGoSource(f.path));
}

// src/languages/go/module-index.ts
var GoModuleIndex = class {
  constructor(tree) {
    this.tree = tree;
    for (const path of tree.files) {
      if (isGoNonTestSource(path)) this.packageFolders.add(dirOf(path));
      else if (!isGoVisible(path)) continue;
      else if (baseName(path) === "go.mod") this.modFolders.add(dirOf(path));
      else if (baseName(path) === "go.work") this.workFolders.add(dirOf(path));
    }
  }
  tree;
  modFolders = /* @__PURE__ */ new Set();
  workFolders = /* @__PURE__ */ new Set();
  /** Folders with at least one non-test Go file: the only ones that provide a package. */
  packageFolders = /* @__PURE__ */ new Set();
  parsed = /* @__PURE__ */ new Map();
  moduleOfFolder = /* @__PURE__ */ new Map();
  views = /* @__PURE__ */ new Map();
  workViews = /* @__PURE__ */ new Map();
  lookups = /* @__PURE__ */ new Map();
  /** The folder of the `go.mod` a folder's files belong to: the nearest at or above it; undefined below none. */
  moduleFolderOf(folder) {
    const known = this.moduleOfFolder.get(folder);
    if (known !== void 0) return known ?? void 0;
    const found = this.modFolders.has(folder) ? folder : folder === "" ? void 0 : this.moduleFolderOf(dirOf(folder));
    this.moduleOfFolder.set(folder, found ?? null);
    return found;
  }
  /**
   * The folder an import path names for the files of `fromFolder`, or, where it names none, whether it
   * still looks local: it lies under a module path the module sees (a missing package of the
   * repository), or is a relative path (`./x`, which module mode refuses).
   */
  lookup(importPath, fromFolder) {
    const module2 = this.moduleFolderOf(fromFolder);
    const relative2 = importPath === "." || importPath === ".." || /^\.\.?\//.test(importPath);
    if (module2 === void 0) return { local: relative2 };
    let known = this.lookups.get(module2);
    if (!known) this.lookups.set(module2, known = /* @__PURE__ */ new Map());
    let found = known.get(importPath);
    if (!found) known.set(importPath, found = this.find(importPath, this.viewOf(module2), relative2));
    return found;
  }
  find(importPath, view, relative2) {
    let local = relative2;
    for (let cut = importPath.length; cut > 0; cut = importPath.lastIndexOf("/", cut - 1)) {
      const root = view.get(cut === importPath.length ? importPath : importPath.slice(0, cut));
      if (root === void 0 || root === null) continue;
      local = true;
      const rest = importPath.slice(cut + 1);
      if (cut < importPath.length && rest.split("/").some((part) => part === "" || part === "." || part === "..")) continue;
      const folder = cut === importPath.length ? root : root ? `${root}/${rest}` : rest;
      if (this.packageFolders.has(folder) && this.moduleFolderOf(folder) === root) return { folder, local: true };
    }
    return { local };
  }
  viewOf(module2) {
    let view = this.views.get(module2);
    if (!view) {
      const work = this.workspaceOf(module2);
      view = work === void 0 ? this.singleView(module2) : this.workspaceView(work);
      this.views.set(module2, view);
    }
    return view;
  }
  /** The folder of the `go.work` that applies to a module: the nearest at or above it, when it `use`s the module. */
  workspaceOf(module2) {
    for (let folder = module2; folder !== void 0; folder = folder === "" ? void 0 : dirOf(folder)) {
      if (this.workFolders.has(folder)) return this.usedModules(folder).includes(module2) ? folder : void 0;
    }
    return void 0;
  }
  usedModules(work) {
    return this.file(work, "go.work").uses.map((use) => joinFolder(work, use)).filter((f) => f !== void 0 && this.modFolders.has(f));
  }
  /** Its own path, then its local replacements. */
  singleView(module2) {
    const view = /* @__PURE__ */ new Map();
    this.addModule(view, module2);
    this.addReplaces(view, module2, "go.mod");
    return view;
  }
  /** Every used module by its own path, then the `go.work`'s replacements, then each used module's. */
  workspaceView(work) {
    const known = this.workViews.get(work);
    if (known) return known;
    const view = /* @__PURE__ */ new Map();
    const used = this.usedModules(work);
    for (const module2 of used) this.addModule(view, module2);
    this.addReplaces(view, work, "go.work");
    for (const module2 of used) this.addReplaces(view, module2, "go.mod");
    this.workViews.set(work, view);
    return view;
  }
  addModule(view, module2) {
    const path = this.file(module2, "go.mod").module;
    if (path !== void 0 && !view.has(path)) view.set(path, module2);
  }
  /** Replacements by a folder of the repository that holds a `go.mod`; any other replaces the path by nothing here. */
  addReplaces(view, folder, name2) {
    for (const { path, dir } of this.file(folder, name2).replaces) {
      if (view.has(path)) continue;
      const target = dir === null ? void 0 : joinFolder(folder, dir);
      view.set(path, target !== void 0 && this.modFolders.has(target) ? target : null);
    }
  }
  file(folder, name2) {
    const path = folder ? `${folder}/${name2}` : name2;
    let file = this.parsed.get(path);
    if (!file) {
      file = parseGoMod(this.tree.readText(path) ?? "");
      this.parsed.set(path, file);
    }
    return file;
  }
};
function joinFolder(folder, relative2) {
  const parts2 = folder ? folder.split("/") : [];
  for (const part of relative2.split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts2.push(part);
    else if (!parts2.length) return void 0;
    else parts2.pop();
  }
  return parts2.join("/");
}

// src/languages/go/removed-imports.ts
function goImportsNamingRemoved(removed, references2, context) {
  const left = new Set(context.files.filter(isGoNonTestSource).map(dirOf));
  const gone = removed.filter((path) => isGoNonTestSource(path) && !left.has(dirOf(path)));
  const result = new Map(removed.map((path) => [path, []]));
  if (!gone.length) return result;
  const index = new GoModuleIndex({ files: [...context.files, ...gone], readText: (path) => context.readText(path) });
  const byFolder = /* @__PURE__ */ new Map();
  for (const reference of references2) {
    const { folder } = index.lookup(reference.specifier, dirOf(reference.from));
    if (folder === void 0) continue;
    const list = byFolder.get(folder);
    if (list) list.push(reference);
    else byFolder.set(folder, [reference]);
  }
  for (const path of gone) {
    const found = [...byFolder.get(dirOf(path)) ?? []];
    result.set(
      path,
      found.sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line)
    );
  }
  return result;
}

// src/languages/go/resolve.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/go/packages.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function groupPackages(facts) {
  const clauses = /* @__PURE__ */ new Map();
  for (const [path, { package: clause }] of facts) {
    if (clause === null || isGoTestFile(path)) continue;
    const folder = dirOf(path);
    const known = clauses.get(folder);
    if (known) known.add(clause);
    else clauses.set(folder, /* @__PURE__ */ new Set([clause]));
  }
  const folders = /* @__PURE__ */ new Map();
  const members = /* @__PURE__ */ new Map();
  for (const [path, { package: clause }] of facts) {
    if (clause === null) continue;
    const dir = dirOf(path);
    const external = isGoTestFile(path) && clause.endsWith("_test") && clause !== "_test" && !clauses.get(dir)?.has(clause);
    const member = {
      path,
      role: !isGoTestFile(path) ? "source" : external ? "xtest" : "test",
      pkg: external ? clause.slice(0, -"_test".length) : clause
    };
    members.set(path, member);
    let folder = folders.get(dir);
    if (!folder) folders.set(dir, folder = { sources: [], packages: /* @__PURE__ */ new Map() });
    let pkg = folder.packages.get(member.pkg);
    if (!pkg) folder.packages.set(member.pkg, pkg = { sources: [], tests: [], xtests: [] });
    if (member.role === "source") folder.sources.push(path);
    (member.role === "source" ? pkg.sources : member.role === "test" ? pkg.tests : pkg.xtests).push(path);
  }
  return { folders, members };
}

// src/languages/go/resolve.ts
var CGO = "C";
function resolveGo(facts, tree) {
  const index = new GoModuleIndex(tree);
  const { folders, members } = groupPackages(facts);
  const edges = [];
  const unresolved = [];
  const partial2 = [];
  for (const from of [...facts.keys()].sort(byCodePoint)) {
    const { imports, syntaxErrorLine } = facts.get(from);
    if (syntaxErrorLine !== void 0) partial2.push({ path: from, line: syntaxErrorLine });
    const member = members.get(from);
    if (!member) continue;
    const targets = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Set();
    for (const { path, line } of imports) {
      if (path === CGO) continue;
      const { folder, local } = index.lookup(path, dirOf(from));
      if (folder === void 0) {
        const key = `${line}\0${path}`;
        if (!seen.has(key)) unresolved.push(local ? { from, specifier: path, line, looksLocal: true } : { from, specifier: path, line });
        seen.add(key);
        continue;
      }
      for (const to of importTargets(member, folder, folders.get(folder))) if (!targets.has(to)) targets.set(to, line);
    }
    targets.delete(from);
    for (const [to, line] of targets) edges.push({ from, to, kind: "import", line });
  }
  const tests = [...facts.keys()].filter(isGoTestFile);
  return { edges, unresolved, dynamic: [], partial: partial2, attributes: [], tests, groups: packageGroups(folders) };
}
function importTargets(member, folder, files) {
  if (!files) return [];
  if (member.role !== "xtest" || folder !== dirOf(member.path)) return files.sources;
  return [...files.sources, ...files.packages.get(member.pkg)?.tests ?? []];
}
function packageGroups(folders) {
  const groups = [];
  for (const { packages } of folders.values()) {
    for (const { sources, tests, xtests } of packages.values()) {
      groups.push({ kind: "package", members: sources });
      groups.push({ kind: "package", members: tests, alsoOn: sources });
      groups.push({ kind: "package", members: xtests });
    }
  }
  return groups;
}

// src/languages/go/adapter.ts
var GoAdapter = class {
  constructor(extraction = "fast") {
    this.extraction = extraction;
  }
  extraction;
  id = "go";
  grammars = GO_GRAMMARS;
  edgeKinds = GO_EDGE_KINDS;
  languageNames = { go: "Go" };
  dynamicMeaning = "none: Go has no imports by a computed name";
  caveat = "Go: the graph is the union over platforms and build tags, so a file built only elsewhere (`x_windows.go`, `//go:build windows`) counts, with its imports.";
  extractor;
  select(files) {
    return selectGoFiles(files);
  }
  languageOf() {
    return "go";
  }
  dialectOf() {
    return "go";
  }
  isFacts(value) {
    return isGoFacts(value);
  }
  resolve(facts, context) {
    return resolveGo(facts, context);
  }
  leftOut(path) {
    return goLeftOutReason(path);
  }
  importsNaming(removed, references2, context) {
    return goImportsNamingRemoved(removed, references2, context);
  }
  async init() {
    this.extractor ??= new GoExtractor(await goParser(), this.extraction);
  }
  extract(source2) {
    if (!this.extractor) throw new Error("GoAdapter.extract called before init()");
    return this.extractor.extract(source2);
  }
};

// src/languages/javascript/adapter.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var KINDS = /* @__PURE__ */ new Set(["import", "lazy", "type"]);
var FORMS = /* @__PURE__ */ new Set(["import", "export", "import-equals", "require", "import-call", "import-type", "reference", "jest", "vi"]);
var MODES = /* @__PURE__ */ new Set(["import", "require"]);
var isLine2 = (v) => Number.isSafeInteger(v) && v > 0;
var isRecord2 = (v) => typeof v === "object" && v !== null;
function isJsFacts(value) {
  if (!isRecord2(value) || !Array.isArray(value.imports) || !Array.isArray(value.dynamic)) return false;
  if (value.syntaxErrorLine !== void 0 && !isLine2(value.syntaxErrorLine)) return false;
  const importOk = (i2) => isRecord2(i2) && isLine2(i2.line) && typeof i2.specifier === "string" && KINDS.has(i2.kind) && FORMS.has(i2.form) && (i2.resolutionMode === void 0 || MODES.has(i2.resolutionMode));
  const dynamicOk = (d) => isRecord2(d) && isLine2(d.line) && typeof d.specifier === "string";
  return value.imports.every(importOk) && value.dynamic.every(dynamicOk);
}

// src/languages/javascript/files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var GRAPH_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var JAVASCRIPT_FILE = /\.(?:[cm]?js|jsx)$/;
function isJsGraphFile(path) {
  return GRAPH_FILE.test(path);
}
function languageOfJs(path) {
  return JAVASCRIPT_FILE.test(path) ? "javascript" : "typescript";
}
function dialectOf(path) {
  if (path.endsWith(".tsx")) return "tsx";
  return JAVASCRIPT_FILE.test(path) ? "javascript" : "typescript";
}
function isJsTestFile(path) {
  return /\.(?:test|spec)\.[^/]+$/.test(path) || /(?:^|\/)__tests__\//.test(path);
}

// src/languages/javascript/kinds.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var JS_EDGE_KINDS = [
  { kind: "import", atLoad: true, meaning: "a static import, a re-export or a require at module level: loaded with the importer" },
  { kind: "lazy", atLoad: false, meaning: "a dynamic import, or a require inside a function: loaded when it runs" },
  { kind: "type", atLoad: false, meaning: "type-only: erased at compile time" }
];

// src/languages/javascript/parser.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var JS_GRAMMARS = {
  typescript: "tree-sitter-typescript/tree-sitter-typescript.wasm",
  tsx: "tree-sitter-typescript/tree-sitter-tsx.wasm",
  javascript: "tree-sitter-typescript/tree-sitter-tsx.wasm"
};
function jsParser(dialect) {
  return grammarParser(JS_GRAMMARS[dialect]);
}

// src/languages/javascript/reader.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/decode.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var utf8 = new TextDecoder("utf-8");
var utf16le = new TextDecoder("utf-16le");
var utf16be = new TextDecoder("utf-16be");
function decodeJs(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return utf16le.decode(bytes.subarray(2));
  if (bytes[0] === 254 && bytes[1] === 255) return utf16be.decode(bytes.subarray(2));
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) return utf8.decode(bytes.subarray(3));
  return utf8.decode(bytes);
}

// src/languages/javascript/extract.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/lines.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var LineTable = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  /** The line of a UTF-16 offset into the text. */
  lineAt(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
};
var OTHER_BREAKS = /[\r\u2028\u2029]/;
function lineStarts(text) {
  const starts = [0];
  if (!OTHER_BREAKS.test(text)) {
    for (let at2 = text.indexOf("\n"); at2 >= 0; at2 = text.indexOf("\n", at2 + 1)) starts.push(at2 + 1);
    return starts;
  }
  for (let i2 = 0; i2 < text.length; i2++) {
    const c = text.charCodeAt(i2);
    if (c === 13) {
      if (text.charCodeAt(i2 + 1) === 10) i2++;
      starts.push(i2 + 1);
    } else if (c === 10 || c === 8232 || c === 8233) starts.push(i2 + 1);
  }
  return starts;
}

// src/languages/javascript/literal.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SIMPLE_ESCAPES2 = { b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v" };
function literalValue(quoted) {
  const quote = quoted[0];
  if (quote !== "'" && quote !== '"' && quote !== "`" || quoted.length < 2 || quoted[quoted.length - 1] !== quote) return void 0;
  const body2 = quoted.slice(1, -1);
  if (quote === "`" && /(?:^|[^\\])(?:\\\\)*\$\{/.test(body2)) return void 0;
  const raw = quote === "`" ? body2.replace(/\r\n?/g, "\n") : body2;
  if (!raw.includes("\\")) return raw;
  return raw.replace(
    /\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[0-3][0-7]{0,2}|[4-7][0-7]?|\r\n|[\s\S])/g,
    (_, escape) => {
      if (escape[0] === "u" && escape.length > 1) {
        const code2 = parseInt(escape[1] === "{" ? escape.slice(2, -1) : escape.slice(1), 16);
        return code2 <= 1114111 ? String.fromCodePoint(code2) : escape;
      }
      if (escape[0] === "x" && escape.length === 3) return String.fromCharCode(parseInt(escape.slice(1), 16));
      if (/^[0-7]/.test(escape)) return String.fromCharCode(parseInt(escape, 8));
      if (escape === "\r\n" || escape === "\n" || escape === "\r" || escape === "\u2028" || escape === "\u2029") return "";
      return SIMPLE_ESCAPES2[escape] ?? escape;
    }
  );
}

// src/languages/javascript/mocks.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var JEST_METHODS = [
  "mock",
  "doMock",
  "unmock",
  "dontMock",
  "deepUnmock",
  "setMock",
  "requireActual",
  "requireMock",
  "createMockFromModule",
  "genMockFromModule"
];
var VI_METHODS = ["mock", "doMock", "unmock", "doUnmock", "importActual", "importMock"];
var MOCK_METHODS = { jest: new Set(JEST_METHODS), vi: new Set(VI_METHODS) };
var MOCK_METHOD_NAMES = /* @__PURE__ */ new Set([...JEST_METHODS, ...VI_METHODS]);

// src/languages/javascript/references.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TRIPLE_SLASH = /^\/\/\/\s*<(\S+)\s.*?\/>/m;
var attribute = (name2) => new RegExp(`(\\s${name2}\\s*=\\s*)(?:(?:'([^']*)')|(?:"([^"]*)"))`, "im");
var TYPES = attribute("types");
var LIB = attribute("lib");
var PATH = attribute("path");
var NO_DEFAULT_LIB = attribute("no-default-lib");
var isLineBreak = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
var isWideSpace = (c) => c === 160 || c === 133 || c === 5760 || c >= 8192 && c <= 8203 || c === 8239 || c === 8287 || c === 12288 || c === 65279 || c === 8232 || c === 8233;
function pathReferences(text) {
  const found = [];
  let i2 = /^#!.*/.exec(text)?.[0].length ?? 0;
  while (i2 < text.length) {
    const c = text.charCodeAt(i2);
    if (c === 9 || c === 10 || c === 11 || c === 12 || c === 13 || c === 32 || c > 127 && isWideSpace(c)) {
      i2++;
      continue;
    }
    if (c !== 47) break;
    const next = text.charCodeAt(i2 + 1);
    if (next === 42) {
      const end = text.indexOf("*/", i2 + 2);
      i2 = end < 0 ? text.length : end + 2;
      continue;
    }
    if (next !== 47) break;
    const start2 = i2;
    while (i2 < text.length && !isLineBreak(text.charCodeAt(i2))) i2++;
    const reference = pathReference(text.slice(start2, i2));
    if (reference) found.push({ path: reference.path, offset: start2 + reference.offset });
  }
  return found;
}
function pathReference(comment) {
  const directive = TRIPLE_SLASH.exec(comment);
  if (directive?.[1].toLowerCase() !== "reference") return void 0;
  const noDefaultLib = NO_DEFAULT_LIB.exec(comment);
  if (noDefaultLib && (noDefaultLib[2] || noDefaultLib[3]) === "true") return void 0;
  if (TYPES.test(comment) || LIB.test(comment)) return void 0;
  const path = PATH.exec(comment);
  if (!path) return void 0;
  const value = path[2] || path[3];
  return value === void 0 ? void 0 : { path: value, offset: path.index + path[1].length + 1 };
}

// src/languages/javascript/repairs.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/syntax.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var FUNCTIONS = /* @__PURE__ */ new Set([
  "function_declaration",
  "function_expression",
  "function",
  "generator_function",
  "generator_function_declaration",
  "arrow_function",
  "method_definition"
]);
var TYPES2 = /* @__PURE__ */ new Set([
  "type_annotation",
  "opt_type_annotation",
  "omitting_type_annotation",
  "adding_type_annotation",
  "asserts_annotation",
  "asserts",
  "type_predicate",
  "type_predicate_annotation",
  "type_arguments",
  "type_parameters",
  "type_parameter",
  "constraint",
  "default_type",
  "type_alias_declaration",
  "interface_declaration",
  "extends_type_clause",
  "implements_clause",
  "type_query",
  "index_type_query",
  "lookup_type",
  "generic_type",
  "union_type",
  "intersection_type",
  "array_type",
  "tuple_type",
  "conditional_type",
  "function_type",
  "constructor_type",
  "infer_type",
  "readonly_type",
  "object_type",
  "parenthesized_type",
  "template_literal_type",
  "mapped_type_clause",
  "nested_type_identifier",
  "optional_type",
  "rest_type",
  "literal_type",
  "index_signature"
]);
var TYPED_EXPRESSIONS = /* @__PURE__ */ new Set(["as_expression", "satisfies_expression"]);
function hasToken(node, token) {
  return node.children.some((c) => !c.isNamed && c.type === token);
}
function everySpecifierTyped(holder, listType, specifierType) {
  const named = holder.namedChildren.filter((c) => c.type !== "comment");
  const list = named.find((c) => c.type === listType);
  if (!list || holder.type === "import_clause" && named.length !== 1) return false;
  const specifiers2 = list.namedChildren.filter((c) => c.type === specifierType);
  return specifiers2.length > 0 && specifiers2.every((s) => hasToken(s, "type"));
}
function isLiteral(node) {
  return (node.type === "string" || node.type === "template_string") && literalValue(node.text) !== void 0;
}
function argumentsOf(call) {
  const args2 = call.childForFieldName("arguments");
  if (args2?.type !== "arguments") return void 0;
  return args2.namedChildren.filter((c) => c.type !== "comment");
}
function onlyArgument(group) {
  const inner = group.namedChildren.filter((c) => c.type !== "comment");
  return inner.length === 1 && isLiteral(inner[0]) ? inner[0] : void 0;
}
function contextOf(node) {
  let lazy = false;
  let type = false;
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (TYPES2.has(parent.type)) type = true;
    else if (TYPED_EXPRESSIONS.has(parent.type) && parent.firstNamedChild?.id !== child.id) type = true;
    else if (FUNCTIONS.has(parent.type) && child.type !== "computed_property_name" && child.type !== "decorator") lazy = true;
  }
  return { lazy, type };
}
function typeofExpressions(root, source2) {
  const found = [];
  for (let at2 = source2.indexOf("typeof"); at2 >= 0; at2 = source2.indexOf("typeof", at2 + 6)) {
    const keyword = root.descendantForIndex(at2, at2 + 6);
    const unary = keyword?.type === "typeof" ? keyword.parent : null;
    if (unary?.type === "unary_expression") found.push(unary);
  }
  return found;
}
function attributeObject(statement) {
  const attribute2 = statement.namedChildren.find((c) => c.type === "import_attribute");
  return attribute2?.namedChildren.find((c) => c.type === "object") ?? void 0;
}
function importTypeAttributes(options) {
  const pairs = options?.type === "object" ? pairsOf(options) : [];
  if (pairs.length !== 1) return void 0;
  const key = pairs[0].childForFieldName("key");
  const value = pairs[0].childForFieldName("value");
  const name2 = key?.type === "property_identifier" ? key.text : key && isLiteral(key) ? literalValue(key.text) : void 0;
  return name2 === "with" && value?.type === "object" ? value : void 0;
}
function pairsOf(object) {
  return object.namedChildren.filter((c) => c.type !== "comment");
}
function resolutionModeOf(attributes) {
  const pairs = attributes ? pairsOf(attributes) : [];
  if (pairs.length !== 1 || pairs[0].type !== "pair") return void 0;
  const key = pairs[0].childForFieldName("key");
  const value = pairs[0].childForFieldName("value");
  if (!key || !isLiteral(key) || literalValue(key.text) !== "resolution-mode" || !value || !isLiteral(value)) return void 0;
  const mode = literalValue(value.text);
  return mode === "import" || mode === "require" ? mode : void 0;
}

// src/languages/javascript/repairs.ts
var MODE_ATTRIBUTE = /^\{\s*(['"])resolution-mode\1\s*:\s*(['"])(import|require)\2\s*,?\s*\}$/;
function exportAttributes(root, source2, query) {
  const found = [];
  for (const match of query.matches(root)) {
    const literal2 = match.captures.find((c) => c.name === "source").node;
    const keyword = match.captures.find((c) => c.name === "keyword").node;
    const open2 = /^\s*\{/.exec(source2.slice(keyword.endIndex, keyword.endIndex + 200));
    const close2 = open2 ? source2.indexOf("}", keyword.endIndex) : -1;
    if (close2 < 0) continue;
    const list = source2.slice(keyword.endIndex, close2 + 1).trim();
    if (!/^\{[^{};]*\}$/.test(list)) continue;
    const mode = MODE_ATTRIBUTE.exec(list)?.[3];
    found.push({ start: keyword.startIndex, end: close2 + 1, sourceAt: literal2.startIndex, resolutionMode: mode });
  }
  return found;
}
var MAX_REPAIRS = 8;
function misreadImportTypes(importCalls2) {
  const found = [];
  for (const call of importCalls2) {
    const parent = call.parent;
    if (parent?.type !== "member_expression" || parent.childForFieldName("object")?.id !== call.id) continue;
    if (/[\n\r\u2028\u2029]/.test(call.text) || !(contextOf(call).type || insideError(call))) continue;
    const args2 = argumentsOf(call);
    const literal2 = args2?.[0];
    if (literal2 && isLiteral(literal2)) found.push({ call, literal: literal2, resolutionMode: resolutionModeOf(importTypeAttributes(args2[1])) });
  }
  return found;
}
function insideError(node) {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent.isError) return true;
  return false;
}
function misreadGenericCalls(typeofs, source2, busy) {
  const found = [];
  for (const unary of typeofs) {
    const less = unary.parent;
    const operator = less?.childForFieldName("operator");
    if (less?.type !== "binary_expression" || operator?.type !== "<" || less.childForFieldName("right")?.id !== unary.id) continue;
    const after = /^\s*>\s*\(/.exec(source2.slice(unary.endIndex, unary.endIndex + 200));
    if (!after) continue;
    const [start2, end] = [operator.startIndex, unary.endIndex + after[0].indexOf(">") + 1];
    if (busy.some(({ call }) => call.startIndex >= start2 && call.endIndex <= end)) continue;
    const imports = unary.descendantsOfType("call_expression").filter((call) => call.childForFieldName("function")?.type === "import").flatMap((call) => {
      const args2 = argumentsOf(call);
      const literal2 = args2?.[0];
      return literal2 && isLiteral(literal2) ? [{ literal: literal2, resolutionMode: resolutionModeOf(importTypeAttributes(args2[1])) }] : [];
    });
    found.push({ start: start2, end, imports });
  }
  return found;
}
function taggedTemplateMark(bang) {
  const [expression, mark] = bang.children;
  const call = bang.parent;
  if (expression?.type !== "instantiation_expression" || !mark?.isMissing || call?.type !== "call_expression") return void 0;
  if (call.childForFieldName("function")?.id !== bang.id || call.childForFieldName("arguments")?.type !== "template_string")
    return void 0;
  return mark;
}
function misreadTypeArgumentsInJs(root) {
  const found = [];
  for (const bang of root.descendantsOfType("non_null_expression")) {
    if (!taggedTemplateMark(bang)) continue;
    const typeArguments = bang.firstChild.childForFieldName("type_arguments") ?? bang.firstChild.lastChild;
    if (typeArguments?.type !== "type_arguments") continue;
    found.push(typeArguments.startIndex, typeArguments.endIndex - 1);
  }
  return found;
}

// src/languages/javascript/extract.ts
var CANDIDATES = ["import_statement", "export_statement", "call_expression"];
var CANDIDATE_TYPES = new Set(CANDIDATES);
var EXPORT_ATTRIBUTES = '(ERROR "from" . (string) @source . ["with" "assert"] @keyword)';
var QUERIES = /* @__PURE__ */ new WeakMap();
function queryOf(language, source2) {
  let queries = QUERIES.get(language);
  if (!queries) QUERIES.set(language, queries = /* @__PURE__ */ new Map());
  let query = queries.get(source2);
  if (!query) queries.set(source2, query = new Query(language, source2));
  return query;
}
function importCalls(root) {
  return root.descendantsOfType("call_expression").filter((node) => node.childForFieldName("function")?.type === "import");
}
var JsExtractor = class {
  /** `typescript`: the grammar is TypeScript's, whose parser reads type arguments in expressions (it does not in JavaScript files). */
  constructor(parser, typescript) {
    this.parser = parser;
    this.typescript = typescript;
    this.language = parser.language;
  }
  parser;
  typescript;
  language;
  /**
   * `reduced`: the fast path's text for the parser (scan.ts: the file with bodies that import nothing
   * cut out), whose offsets map back to `text`'s; lines and references come from `text`.
   */
  extract(text, reduced) {
    let source2 = asParsed(reduced ? reduced.text : text);
    const repaired = [];
    const attributeModes = /* @__PURE__ */ new Map();
    const table = new LineTable(text);
    const original = reduced ? (offset) => reduced.originalOffset(offset) : (offset) => offset;
    for (let round = 0; ; round++) {
      this.parser.reset();
      const tree = this.parser.parse(source2);
      if (!tree) return { imports: [], dynamic: [], syntaxErrorLine: 1 };
      try {
        const repairing = round < MAX_REPAIRS && tree.rootNode.hasError;
        const misread = repairing ? misreadImportTypes(importCalls(tree.rootNode)) : [];
        const attributes = repairing ? exportAttributes(tree.rootNode, source2, queryOf(this.language, EXPORT_ATTRIBUTES)) : [];
        const generic = repairing && this.typescript ? misreadGenericCalls(typeofExpressions(tree.rootNode, source2), source2, misread) : [];
        const comparisons = repairing && !this.typescript ? misreadTypeArgumentsInJs(tree.rootNode) : [];
        if (!misread.length && !attributes.length && !generic.length && !comparisons.length) {
          const root = tree.rootNode;
          const known = reduced ? [...statementImports(reduced.statements, table), ...repaired] : repaired;
          return new FileReader(text, table, original, known, attributeModes, this.typescript).read(
            root,
            this.typescript ? typeofExpressions(root, source2) : [],
            reduced ? candidatesAt(root, reduced.triggers) : root.descendantsOfType(CANDIDATES)
          );
        }
        const typeImport = (literal2, resolutionMode) => {
          const entry = {
            line: table.lineAt(original(literal2.startIndex)),
            specifier: literalValue(literal2.text),
            kind: "type",
            form: "import-type"
          };
          repaired.push({ fact: resolutionMode ? { ...entry, resolutionMode } : entry, at: original(literal2.startIndex) });
        };
        const blank = (start2, end) => source2 = source2.slice(0, start2) + source2.slice(start2, end).replace(/[^\n\r\u2028\u2029]/g, " ") + source2.slice(end);
        for (const { call, literal: literal2, resolutionMode } of misread) {
          typeImport(literal2, resolutionMode);
          source2 = source2.slice(0, call.startIndex) + "_".repeat(call.endIndex - call.startIndex) + source2.slice(call.endIndex);
        }
        for (const { start: start2, end, imports } of generic) {
          for (const { literal: literal2, resolutionMode } of imports) typeImport(literal2, resolutionMode);
          blank(start2, end);
        }
        for (const at2 of comparisons) source2 = source2.slice(0, at2) + "-" + source2.slice(at2 + 1);
        for (const { start: start2, end, sourceAt, resolutionMode } of attributes) {
          if (resolutionMode) attributeModes.set(sourceAt, resolutionMode);
          blank(start2, end);
        }
      } finally {
        tree.delete();
      }
    }
  }
  /** Whether the grammar reads `reduced` without an error: then a file whose scan found no fact has none to report either. */
  parsesCleanly(reduced) {
    this.parser.reset();
    const tree = this.parser.parse(asParsed(reduced.text));
    try {
      return tree !== null && !tree.rootNode.hasError;
    } finally {
      tree?.delete();
    }
  }
};
function candidatesAt(root, triggers) {
  const found = /* @__PURE__ */ new Map();
  for (let k = 0; k < triggers.length; k += 2) {
    let node = root.descendantForIndex(triggers[k], triggers[k + 1]);
    while (node && !CANDIDATE_TYPES.has(node.type)) node = node.parent;
    while (node && !found.has(node.id)) {
      found.set(node.id, node);
      const member = node.type === "call_expression" ? node.parent : null;
      const call = member?.type === "member_expression" ? member.parent : null;
      node = call?.type === "call_expression" && call.childForFieldName("function")?.id === member.id ? call : null;
    }
  }
  return [...found.values()].sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
}
function asParsed(text) {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
function referenceImports(text, lines) {
  return pathReferences(text).map(({ path, offset }) => ({
    fact: { line: lines.lineAt(offset), specifier: path, kind: "type", form: "reference" },
    offset
  }));
}
function statementImports(statements, lines) {
  return statements.map(({ at: at2, specifier, kind, form }) => ({ fact: { line: lines.lineAt(at2), specifier, kind, form }, at: at2 }));
}
function referencesOnly(text, statements = []) {
  const lines = new LineTable(text);
  const references2 = referenceImports(text, lines).map((r) => r.fact);
  return { imports: [...references2, ...statementImports(statements, lines).map((s) => s.fact)], dynamic: [] };
}
var FileReader = class {
  constructor(text, lines, original, known, attributeModes, typescript) {
    this.text = text;
    this.lines = lines;
    this.original = original;
    this.attributeModes = attributeModes;
    this.typescript = typescript;
    this.imports = [...known];
  }
  text;
  lines;
  original;
  attributeModes;
  typescript;
  imports;
  dynamic = [];
  /** ERROR nodes that stand for syntax TypeScript accepts and this grammar does not know yet. */
  tolerated = /* @__PURE__ */ new Set();
  /** Import calls that a repaired misreading puts in a type position. */
  inType = /* @__PURE__ */ new Set();
  /**
   * `typeofs`: the `typeof X` expressions of a TypeScript file (`typeofExpressions`), where `f<typeof X>(…)` is a generic
   * call; `candidates`: the nodes of `CANDIDATES` that can make a fact, in the order of the text.
   */
  read(root, typeofs, candidates) {
    for (const { fact, offset } of referenceImports(this.text, this.lines)) this.imports.push({ fact, at: offset });
    for (const unary of typeofs) {
      const comparison = comparisonAround(unary);
      if (comparison) this.genericCall(comparison);
    }
    const requires = [];
    const mocks = [];
    for (const node of candidates) {
      const type = node.type;
      if (type === "import_statement") this.importStatement(node);
      else if (type === "export_statement") this.exportStatement(node);
      else {
        const callee = node.childForFieldName("function");
        if (callee?.type === "import") this.importCall(node);
        else if (callee?.type === "identifier" && callee.text === "require") requires.push(node);
        else if (callee?.type === "member_expression" && isMockMethod(callee.childForFieldName("property"))) mocks.push(node);
      }
    }
    for (const node of requires) this.requireCall(node);
    for (const node of mocks) this.mockCall(node);
    if (this.typescript && root.hasError) {
      for (const bang of root.descendantsOfType("non_null_expression")) {
        const mark = taggedTemplateMark(bang);
        if (mark) this.tolerated.add(mark.id);
      }
    }
    const errorLine = root.hasError ? this.firstErrorLine(root) : void 0;
    const imports = this.imports.sort((a, b) => a.at - b.at).map((i2) => i2.fact);
    const dynamic = this.dynamic.sort((a, b) => a.at - b.at).map((d) => d.fact);
    if (errorLine === void 0) return { imports, dynamic };
    return {
      imports: imports.filter((i2) => i2.line < errorLine),
      dynamic: dynamic.filter((d) => d.line < errorLine),
      syntaxErrorLine: errorLine
    };
  }
  dynamicImport(argument) {
    this.dynamic.push({ fact: { line: this.lineAt(argument.startIndex), specifier: argument.text }, at: argument.startIndex });
  }
  /** The line of an offset in the parsed text. */
  lineAt(offset) {
    return this.lines.lineAt(this.original(offset));
  }
  add(source2, kind, form, resolutionMode) {
    const specifier = literalValue(source2.text);
    if (specifier === void 0) return;
    const line = this.lineAt(source2.startIndex);
    const fact = resolutionMode ? { line, specifier, kind, form, resolutionMode } : { line, specifier, kind, form };
    this.imports.push({ fact, at: this.original(source2.startIndex) });
  }
  importStatement(node) {
    const requireClause = node.namedChildren.find((c) => c.type === "import_require_clause");
    if (requireClause) {
      const source3 = requireClause.childForFieldName("source");
      if (source3) this.add(source3, hasToken(node, "type") ? "type" : "import", "import-equals");
      return;
    }
    const source2 = node.childForFieldName("source");
    if (!source2) return;
    const typeOnly = hasToken(node, "type");
    const clause = node.namedChildren.find((c) => c.type === "import_clause");
    const defer = node.namedChildren.find((c) => c.type === "ERROR" && c.text === "defer" && c.previousSibling?.type === "import");
    if (defer && clause?.namedChildCount === 1 && clause.firstNamedChild?.type === "namespace_import") this.tolerated.add(defer.id);
    const kind = typeOnly || clause && everySpecifierTyped(clause, "named_imports", "import_specifier") ? "type" : "import";
    this.add(source2, kind, "import", typeOnly ? resolutionModeOf(attributeObject(node)) : void 0);
  }
  exportStatement(node) {
    const source2 = node.childForFieldName("source");
    if (!source2) {
      this.exportImportEquals(node);
      return;
    }
    const typeStar = node.namedChildren.find(
      (c) => c.type === "ERROR" && c.text === "type" && (c.nextSibling?.type === "*" || c.nextSibling?.type === "namespace_export")
    );
    if (typeStar) this.tolerated.add(typeStar.id);
    const typeOnly = hasToken(node, "type") || typeStar !== void 0;
    const kind = typeOnly || everySpecifierTyped(node, "export_clause", "export_specifier") ? "type" : "import";
    const mode = typeOnly ? resolutionModeOf(attributeObject(node)) ?? this.attributeModes.get(source2.startIndex) : void 0;
    this.add(source2, kind, "export", mode);
  }
  /**
   * `export import x = require('x')`: tree-sitter-typescript 0.23 reads it as an alias of the name
   * `require` followed by a statement `('x')`. That shape is this import.
   */
  exportImportEquals(node) {
    const alias = node.namedChildren.find((c) => c.type === "import_alias");
    if (alias?.lastNamedChild?.type !== "identifier" || alias.lastNamedChild.text !== "require") return;
    const next = node.nextNamedSibling;
    const group = next?.type === "expression_statement" && next.namedChildCount === 1 ? next.namedChildren[0] : void 0;
    const literal2 = group?.type === "parenthesized_expression" ? onlyArgument(group) : void 0;
    if (!literal2) return;
    this.add(literal2, "import", "import-equals");
    for (const child of alias.children) if (child.isMissing) this.tolerated.add(child.id);
  }
  requireCall(node) {
    const args2 = argumentsOf(node);
    if (args2?.length !== 1) return;
    const argument = args2[0];
    if (isLiteral(argument)) this.add(argument, contextOf(node).lazy ? "lazy" : "import", "require");
    else this.dynamicImport(argument);
  }
  /**
   * TypeScript reads `f<typeof X>(a)` as a call of `f` with a type argument whenever `(` follows the `>`;
   * tree-sitter-typescript 0.23 reads it as two comparisons, without an error. This puts the import calls
   * inside `typeof X` in a type position and reads the call, as a mock call, from that shape
   * (`jest.requireActual<typeof import('./a')>('./a')` is the common case).
   */
  genericCall(node) {
    const less = node.childForFieldName("left");
    if (less.childForFieldName("operator")?.type !== "<" || node.childForFieldName("operator")?.type !== ">") return;
    let group = node.childForFieldName("right");
    while (group && (group.type === "member_expression" || group.type === "call_expression" || group.type === "subscript_expression")) {
      group = group.childForFieldName(group.type === "call_expression" ? "function" : "object");
    }
    if (group?.type !== "parenthesized_expression") return;
    const typeArgument = less.childForFieldName("right");
    for (const call of typeArgument.descendantsOfType("call_expression")) {
      if (call.childForFieldName("function")?.type === "import") this.inType.add(call.id);
    }
    const callee = less.childForFieldName("left");
    const root = callee ? mockRootOfCallee(callee) : void 0;
    const first = group.namedChildren.find((c) => c.type !== "comment");
    const argument = first?.type === "sequence_expression" ? first.childForFieldName("left") : first;
    if (root && argument && isLiteral(argument)) this.add(argument, contextOf(node).lazy ? "lazy" : "import", root);
  }
  importCall(node) {
    const args2 = argumentsOf(node);
    const argument = args2?.[0];
    if (!argument) return;
    if (this.inType.has(node.id) || contextOf(node).type) {
      if (isLiteral(argument)) this.add(argument, "type", "import-type", resolutionModeOf(importTypeAttributes(args2[1])));
    } else if (isLiteral(argument)) this.add(argument, "lazy", "import-call");
    else this.dynamicImport(argument);
  }
  mockCall(node) {
    const root = mockRoot(node);
    const argument = root ? argumentsOf(node)?.[0] : void 0;
    if (argument && isLiteral(argument)) this.add(argument, contextOf(node).lazy ? "lazy" : "import", root);
  }
  /**
   * The 1-based line of the first ERROR or MISSING node, found by descending only into subtrees that
   * hold one. A missing token of zero width can be invisible to the node API: then the last top-level
   * statement stands in.
   */
  firstErrorLine(root) {
    let first;
    let found = false;
    const stack = [root];
    while (stack.length) {
      const node = stack.pop();
      if (node.isError || node.isMissing) {
        found = true;
        if (this.tolerated.has(node.id)) continue;
        first = Math.min(first ?? Infinity, node.startIndex);
        continue;
      }
      for (const child of node.children) if (child.hasError) stack.push(child);
    }
    if (!found) first = root.lastChild?.startIndex ?? 0;
    return first === void 0 ? void 0 : this.lineAt(first);
  }
};
function comparisonAround(unary) {
  const less = unary.parent;
  const greater = less?.parent;
  if (less?.type !== "binary_expression" || greater?.type !== "binary_expression") return void 0;
  return less.childForFieldName("right")?.id === unary.id && greater.childForFieldName("left")?.id === less.id ? greater : void 0;
}
function isMockMethod(property) {
  return property?.type === "property_identifier" && MOCK_METHOD_NAMES.has(property.text);
}
function mockRoot(call) {
  const callee = call.childForFieldName("function");
  return callee ? mockRootOfCallee(callee) : void 0;
}
function mockRootOfCallee(callee) {
  if (callee.type !== "member_expression") return void 0;
  const method = callee.childForFieldName("property");
  const object = callee.childForFieldName("object");
  if (method?.type !== "property_identifier" || !object) return void 0;
  const root = object.type === "identifier" ? object.text : object.type === "call_expression" ? mockRoot(object) : void 0;
  return (root === "jest" || root === "vi") && MOCK_METHODS[root].has(method.text) ? root : void 0;
}

// src/languages/javascript/scan.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/keywords.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var KEYWORDS2 = "break case catch class const continue debugger default delete do else enum export extends finally for function if import in instanceof new return switch throw try typeof var void while with yield let static implements interface package private protected public await async get set of from as type namespace module declare abstract readonly keyof infer is asserts unique satisfies accessor out override global using".split(" ");
var NON_BINDING_WORDS = ["false", "null", "super", "this", "true", "defer", "assert", "source"];

// src/languages/javascript/plain-statements.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var NOT_NAMES = /* @__PURE__ */ new Set([...KEYWORDS2, ...NON_BINDING_WORDS]);
var isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 36;
var isNamePart = (c) => isNameStart(c) || c >= 48 && c <= 57;
var Tokens = class {
  constructor(text, at2) {
    this.text = text;
    this.end = at2;
    this.next();
  }
  text;
  current = STOP;
  start = 0;
  end = 0;
  next() {
    const text = this.text;
    let i2 = this.end;
    for (let c2 = text.charCodeAt(i2); c2 === 32 || c2 === 10 || c2 === 9 || c2 === 13; c2 = text.charCodeAt(++i2)) ;
    this.start = i2;
    const c = text.charCodeAt(i2);
    if (isNameStart(c)) {
      while (isNamePart(text.charCodeAt(++i2))) ;
      const after = text.charCodeAt(i2);
      this.current = after > 127 || after === 92 ? STOP : NAME;
    } else if (c === 39 || c === 34) {
      i2 = stringEnd(text, i2);
      this.current = i2 < 0 ? STOP : STRING;
    } else if (c === 123 || c === 125 || c === 44 || c === 42 || c === 59) {
      i2++;
      this.current = c;
    } else this.current = STOP;
    this.end = i2;
  }
  /** The current token: `NAME`, `STRING`, a punctuator's character code, or `STOP` (a method: each `next` changes it). */
  token() {
    return this.current;
  }
  /** Whether the current token is the name `word`. */
  is(word) {
    return this.current === NAME && this.end - this.start === word.length && this.text.startsWith(word, this.start);
  }
  /** The current token when it is a name, else ''. */
  name() {
    return this.current === NAME ? this.text.slice(this.start, this.end) : "";
  }
};
var STOP = -1;
var NAME = -2;
var STRING = -3;
function stringEnd(text, i2) {
  const quote = text.charCodeAt(i2);
  for (let k = i2 + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === quote) return k + 1;
    if (c === 92 || c === 10 || c === 13 || c === 8232 || c === 8233) return -1;
  }
  return -1;
}
var bindable = (name2) => name2 !== "" && !NOT_NAMES.has(name2);
function specifiers(tokens2, exported) {
  let count2 = 0;
  let typed = 0;
  tokens2.next();
  while (tokens2.token() !== 125) {
    let marked = false;
    if (tokens2.is("type")) {
      tokens2.next();
      if (tokens2.token() !== NAME || tokens2.is("as")) return void 0;
      marked = true;
    }
    const name2 = tokens2.name();
    tokens2.next();
    if (tokens2.is("as")) {
      if (!bindable(name2) && name2 !== "default") return void 0;
      tokens2.next();
      const alias = tokens2.name();
      if (!(bindable(alias) || exported && alias === "default")) return void 0;
      tokens2.next();
    } else if (!(bindable(name2) || exported && name2 === "default")) return void 0;
    count2++;
    if (marked) typed++;
    if (tokens2.token() === 44) tokens2.next();
    else if (tokens2.token() !== 125) return void 0;
  }
  tokens2.next();
  return count2 > 0 && typed === count2;
}
function source(tokens2, text, kind, form) {
  if (!tokens2.is("from")) return void 0;
  tokens2.next();
  return literal(tokens2, text, kind, form);
}
function literal(tokens2, text, kind, form) {
  if (tokens2.token() !== STRING) return void 0;
  const at2 = tokens2.start;
  const specifier = literalValue(text.slice(at2, tokens2.end));
  tokens2.next();
  if (tokens2.token() !== 59 || specifier === void 0) return void 0;
  return { end: tokens2.end, at: at2, specifier, kind, form };
}
function plainImport(text, at2) {
  const tokens2 = new Tokens(text, at2);
  if (tokens2.token() === STRING) return literal(tokens2, text, "import", "import");
  let typeOnly = false;
  if (tokens2.is("type")) {
    tokens2.next();
    typeOnly = true;
  }
  let binding = false;
  if (tokens2.token() === NAME) {
    if (!bindable(tokens2.name())) return void 0;
    binding = true;
    tokens2.next();
    if (tokens2.is("from")) return source(tokens2, text, typeOnly ? "type" : "import", "import");
    if (tokens2.token() !== 44 || typeOnly) return void 0;
    tokens2.next();
  }
  if (tokens2.token() === 42) {
    tokens2.next();
    if (!tokens2.is("as")) return void 0;
    tokens2.next();
    if (!bindable(tokens2.name())) return void 0;
    tokens2.next();
    return source(tokens2, text, typeOnly ? "type" : "import", "import");
  }
  if (tokens2.token() !== 123) return void 0;
  const typed = specifiers(tokens2, false);
  if (typed === void 0) return void 0;
  return source(tokens2, text, typeOnly || typed && !binding ? "type" : "import", "import");
}
function plainExport(text, at2) {
  const tokens2 = new Tokens(text, at2);
  let typeOnly = false;
  if (tokens2.is("type")) {
    tokens2.next();
    if (tokens2.token() !== 123) return void 0;
    typeOnly = true;
  }
  if (tokens2.token() === 42) {
    if (typeOnly) return void 0;
    tokens2.next();
    if (tokens2.is("as")) {
      tokens2.next();
      if (!bindable(tokens2.name())) return void 0;
      tokens2.next();
    }
    return source(tokens2, text, "import", "export");
  }
  if (tokens2.token() !== 123) return void 0;
  const typed = specifiers(tokens2, true);
  if (typed === void 0) return void 0;
  return source(tokens2, text, typeOnly || typed ? "type" : "import", "export");
}

// src/languages/javascript/scan.ts
var TRIGGERS = /* @__PURE__ */ new Set(["import", "export", "require"]);
var BEFORE_EXPRESSION = /* @__PURE__ */ new Set([
  "return",
  "typeof",
  "instanceof",
  "in",
  "new",
  "delete",
  "void",
  "throw",
  "case",
  "do",
  "else",
  "extends",
  "default"
]);
var CONTEXTUAL = /* @__PURE__ */ new Set(["yield", "await", "of"]);
var CONTROL = /* @__PURE__ */ new Set(["if", "while", "for", "with"]);
var START = 0;
var END = 1;
var EITHER = 2;
var PAREN = 0;
var BRACKET = 1;
var BRACE = 2;
var SUBSTITUTION = 3;
var TRIGGERED = 1;
var PROTECTED = 2;
var CONTROL_PAREN = 4;
var LITERAL = 8;
var byLetter = (words2) => Array.from({ length: 26 }, (_, k) => [...new Set(words2)].filter((w) => w.charCodeAt(0) === 97 + k));
var WORDS_BY_LETTER = byLetter([...TRIGGERS, ...BEFORE_EXPRESSION, ...CONTEXTUAL, ...CONTROL, "type", "assert", "from", "jest", "vi"]);
var KEYWORDS_BY_LETTER = byLetter(KEYWORDS2);
function wordIn(table, text, start2, end) {
  const words2 = table[text.charCodeAt(start2) - 97];
  if (!words2) return "";
  const length = end - start2;
  for (const word of words2) if (word.length === length && text.startsWith(word, start2)) return word;
  return "";
}
var isLineBreak2 = (c) => c === 10 || c === 13 || c === 8232 || c === 8233;
var isWideSpace2 = (c) => c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
var NAME_CHARS = new Uint8Array(128).map(
  (_, c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 36 ? 1 : 0
);
var isNameChar = (c) => c < 128 ? NAME_CHARS[c] === 1 : c > 127 && !isWideSpace2(c);
var isDigit = (c) => c >= 48 && c <= 57;
var SPACE = 0;
var BREAK = 1;
var NAME2 = 2;
var SLASH = 3;
var DIGIT = 4;
var DOT = 5;
var QUOTE = 6;
var BACKTICK = 7;
var OPEN = 8;
var CLOSE = 9;
var BACKSLASH = 10;
var HASH = 11;
var LESS = 12;
var PLUS_MINUS = 13;
var BANG = 14;
var QUESTION = 15;
var OTHER = 16;
var CHARACTERS = new Uint8Array(128).map((_, c) => {
  if (c === 32 || c === 9 || c === 11 || c === 12) return SPACE;
  if (c === 10 || c === 13) return BREAK;
  if (NAME_CHARS[c] === 1) return isDigit(c) ? DIGIT : NAME2;
  const punctuators = {
    "/": SLASH,
    ".": DOT,
    "'": QUOTE,
    '"': QUOTE,
    "`": BACKTICK,
    "(": OPEN,
    "[": OPEN,
    "{": OPEN,
    ")": CLOSE,
    "]": CLOSE,
    "}": CLOSE,
    "\\": BACKSLASH,
    "#": HASH,
    "<": LESS,
    "+": PLUS_MINUS,
    "-": PLUS_MINUS,
    "!": BANG,
    "?": QUESTION
  };
  return punctuators[String.fromCharCode(c)] ?? OTHER;
});
function scanJs(text, jsx) {
  return new Scanner(text, jsx).run();
}
var ReducedText = class {
  constructor(text, cuts, triggers, statements) {
    this.text = text;
    this.cuts = cuts;
    this.triggers = triggers;
    this.statements = statements;
  }
  text;
  cuts;
  triggers;
  statements;
  /** The offset in the file of an offset in `text`. */
  originalOffset(offset) {
    const cuts = this.cuts;
    let low = 0;
    let high = cuts.length / 2 - 1;
    if (high < 0 || offset < cuts[0]) return offset;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (cuts[middle * 2] <= offset) low = middle;
      else high = middle - 1;
    }
    return offset + cuts[low * 2 + 1];
  }
};
var Scanner = class {
  // why the scan stopped, when it did
  constructor(text, jsx) {
    this.text = text;
    this.jsx = jsx;
  }
  text;
  jsx;
  kinds = [];
  flags = [];
  opens = [];
  /**
   * Spans to cut, [start, end, filler) triples, in order: a span closed later swallows those inside it. The filler is what
   * stands for the span (`FILLERS`): nothing for a comment or a body in braces, a name in `( … )` and `[ … ]`, a `;` for a plain statement.
   */
  blanks = [];
  /** [start, end) pairs of the words that start a fact, in order (ReducedText.triggers). */
  triggers = [];
  statements = [];
  words = false;
  // a word that can import, whether it starts a fact or not
  triggered = false;
  // a word that starts a fact
  after = START;
  word = "";
  // the previous token when it is a name
  wordBefore = "";
  // the name before that one
  dotted = false;
  // the previous token was `.` or `?.`: a name after it is a property, never a keyword
  lineBreak = false;
  // a line break since the previous token
  lastPunctuator = 0;
  // the previous token's character when it is `,` or `<`, else 0
  clauseDepth = -1;
  // the bracket depth of an import or export clause being read
  reExportDepth = -1;
  // the bracket depth of an `export {…}` whose `from` would make it a fact
  nameStart = -1;
  // where the previous token starts when it is a name, else -1
  decorator = false;
  // the tokens since the last `@` are names and dots: a decorator's name
  mockObject = "";
  // the previous tokens are `jest .` or `vi .`
  boundary = true;
  // no token yet, or the previous one is `;`, `{` or `}`: a comment here can go
  problem;
  /** Ends a token: what it leaves after it, and its name (if it is one). */
  token(next, name2, dot) {
    this.nameStart = -1;
    this.mockObject = "";
    this.boundary = false;
    if (!dot) this.decorator = false;
    this.after = next;
    this.wordBefore = this.word;
    this.word = name2;
    this.dotted = dot;
    this.lineBreak = false;
    this.lastPunctuator = 0;
  }
  /** A word that can import stands from `start` to `end`: the brackets around it stay. */
  trigger(start2, end) {
    this.triggered = true;
    this.triggers.push(start2, end);
    if (this.flags.length) this.flags[this.flags.length - 1] |= TRIGGERED;
  }
  /** Whether the previous name and the one from `start` to `end` may stand side by side: one of them is a keyword. */
  keywordPair(start2, end) {
    const text = this.text;
    let first = this.nameStart;
    while (isNameChar(text.charCodeAt(first))) first++;
    return wordIn(KEYWORDS_BY_LETTER, text, this.nameStart, first) !== "" || wordIn(KEYWORDS_BY_LETTER, text, start2, end) !== "";
  }
  /** A string or template literal stands here: the `( … )` or `[ … ]` around it stays. */
  literal() {
    if (this.flags.length) this.flags[this.flags.length - 1] |= LITERAL;
  }
  push(kind, at2, flag) {
    const flags2 = this.flags;
    const inherited = flags2.length ? flags2[flags2.length - 1] & PROTECTED : 0;
    this.kinds.push(kind);
    flags2.push(flag | inherited);
    this.opens.push(at2);
  }
  /**
   * The loop hands each token to a small method of its kind: V8 compiles (and after a deoptimization recompiles) each
   * on its own in a few milliseconds, where one loop holding them all took it most of a cold run to optimize.
   */
  run() {
    const text = this.text;
    const length = text.length;
    let i2 = 0;
    if (text.startsWith("#!")) while (i2 < length && !isLineBreak2(text.charCodeAt(i2))) i2++;
    while (i2 < length) {
      const c = text.charCodeAt(i2);
      switch (c < 128 ? CHARACTERS[c] : c === 8232 || c === 8233 ? BREAK : isWideSpace2(c) ? SPACE : NAME2) {
        case SPACE:
          i2++;
          continue;
        case BREAK:
          this.lineBreak = true;
          i2++;
          continue;
        case NAME2:
          i2 = this.name(i2);
          break;
        case SLASH:
          i2 = this.slash(i2);
          break;
        case DIGIT:
          i2 = this.number(i2);
          break;
        case DOT:
          i2 = isDigit(text.charCodeAt(i2 + 1)) ? this.number(i2) : this.dot(i2, 1);
          break;
        case QUOTE:
          i2 = this.string(i2);
          break;
        case BACKTICK:
          i2 = this.templateHead(i2);
          break;
        case OPEN:
          i2 = this.open(c, i2);
          break;
        case CLOSE:
          i2 = this.close(c, i2);
          break;
        case BACKSLASH:
          i2 = this.fail("an escape in a name", i2);
          break;
        case HASH:
          i2 = isNameChar(text.charCodeAt(i2 + 1)) ? i2 + 1 : this.fail("a `#`", i2);
          break;
        case LESS:
          i2 = this.less(i2);
          break;
        case PLUS_MINUS:
          i2 = text.charCodeAt(i2 + 1) === c ? this.increment(c, i2) : this.punctuator(c, i2);
          break;
        case BANG:
          i2 = text.charCodeAt(i2 + 1) !== 61 ? this.bang(i2) : this.punctuator(c, i2);
          break;
        case QUESTION:
          i2 = text.charCodeAt(i2 + 1) === 46 && !isDigit(text.charCodeAt(i2 + 2)) ? this.dot(i2, 2) : this.punctuator(c, i2);
          break;
        default:
          i2 = this.punctuator(c, i2);
      }
      if (i2 < 0) return this.problem;
    }
    if (this.kinds.length) return trouble("an unclosed bracket", this.opens[this.opens.length - 1]);
    if (!this.words && !this.triggered) return { kind: "none" };
    return { kind: this.triggered || this.statements.length ? "reduced" : "no-fact", text: this.cut() };
  }
  /** Where the scan cannot be sure: -1, the reason kept for `run`. */
  fail(why, at2) {
    this.problem = trouble(why, at2);
    return -1;
  }
  /** A comment, a division or a regular expression. */
  slash(i2) {
    const text = this.text;
    const next = text.charCodeAt(i2 + 1);
    if (next === 47) {
      const start2 = i2;
      while (i2 < text.length && !isLineBreak2(text.charCodeAt(i2))) i2++;
      if (this.boundary) this.blanks.push(start2, i2, NO_FILLER);
      return i2;
    }
    if (next === 42) {
      const start2 = i2;
      const end2 = text.indexOf("*/", i2 + 2);
      if (end2 < 0) return this.fail("an unterminated comment", i2);
      let lines = false;
      for (let k = i2 + 2; k < end2; k++) if (isLineBreak2(text.charCodeAt(k))) lines = this.lineBreak = true;
      i2 = end2 + 2;
      if (this.boundary && (!lines || lineBreakAt(text, i2))) this.blanks.push(start2, i2, NO_FILLER);
      return i2;
    }
    if (this.after === EITHER) return this.fail("a `/` that may divide or open a regular expression", i2);
    if (this.after === END) {
      this.token(START, "", false);
      return i2 + 1;
    }
    const end = skipRegex(text, i2);
    if (end < 0) return this.fail("an unterminated regular expression", i2);
    this.token(END, "", false);
    return end;
  }
  name(i2) {
    const text = this.text;
    const kinds = this.kinds;
    const start2 = i2;
    while (isNameChar(text.charCodeAt(i2))) i2++;
    if (text.charCodeAt(i2) === 92) return this.fail("an escape in a name", i2);
    const name2 = wordIn(WORDS_BY_LETTER, text, start2, i2);
    const mock = this.mockObject && this.dotted && MOCK_METHODS[this.mockObject].has(text.slice(start2, i2));
    if (this.nameStart >= 0 && !this.lineBreak && !this.decorator && !this.keywordPair(start2, i2)) {
      return this.fail("two names in a row", start2);
    }
    const keyword = !this.dotted;
    if (mock) this.trigger(start2, i2);
    if (TRIGGERS.has(name2)) this.words = true;
    if (TRIGGERS.has(name2) && keyword) {
      if (name2 !== "require" && this.statementStarts()) {
        const statement = (name2 === "import" ? plainImport : plainExport)(text, i2);
        if (statement) return this.plainStatement(start2, statement);
      }
      const follows = factFollows(text, name2, i2);
      if (follows === FACT) this.trigger(start2, i2);
      else if (follows === FACT_IF_FROM) this.reExportDepth = kinds.length;
      if (name2 === "import" || name2 === "export") this.clauseDepth = kinds.length;
    } else if (name2 === "from" && keyword && this.reExportDepth === kinds.length) {
      this.trigger(start2, i2);
      this.reExportDepth = -1;
    }
    const decorator = this.decorator;
    this.token(keyword && BEFORE_EXPRESSION.has(name2) ? START : keyword && CONTEXTUAL.has(name2) ? EITHER : END, name2, false);
    this.nameStart = start2;
    this.decorator = decorator;
    return i2;
  }
  /**
   * Whether a statement at the top level may start here, one that a `;` in its place leaves the text around as it was: at
   * the file's start, after a `;`, or after a `}` and a line break (`x = {} import …` is an error a `;` would hide).
   */
  statementStarts() {
    return this.kinds.length === 0 && this.boundary && (this.after !== EITHER || this.lineBreak);
  }
  /** A plain statement from `start`, read (plain-statements.ts): cut out, with a `;` in its place. */
  plainStatement(start2, statement) {
    this.words = true;
    this.statements.push(statement);
    this.blanks.push(start2, statement.end, SEMICOLON_FILLER);
    this.token(START, "", false);
    this.boundary = true;
    return statement.end;
  }
  number(i2) {
    const text = this.text;
    const hex = text.charCodeAt(i2) === 48 && (text.charCodeAt(i2 + 1) | 32) === 120;
    i2++;
    for (; ; ) {
      const d = text.charCodeAt(i2);
      if (isNameChar(d) || d === 46) i2++;
      else if ((d === 43 || d === 45) && !hex && (text.charCodeAt(i2 - 1) | 32) === 101) i2++;
      else break;
    }
    this.token(END, "", false);
    return i2;
  }
  string(i2) {
    const end = skipString(this.text, i2);
    if (end < 0) return this.fail("an unterminated string", i2);
    this.literal();
    if (this.clauseDepth === this.kinds.length) this.clauseDepth = -1;
    this.token(END, "", false);
    return end;
  }
  /** A template literal's start: up to its end or its first substitution. */
  templateHead(i2) {
    const end = skipTemplate(this.text, i2 + 1);
    if (end < 0) return this.fail("an unterminated template", i2);
    this.literal();
    return this.templatePart(end);
  }
  /** After a template's text, which ends at `end`: a substitution opens, or the template is over. */
  templatePart(end) {
    if (this.text.charCodeAt(end - 1) === 123) {
      this.push(SUBSTITUTION, end - 2, 0);
      this.token(START, "", false);
    } else this.token(END, "", false);
    return end;
  }
  open(c, i2) {
    const kinds = this.kinds;
    const word = this.dotted ? "" : this.word;
    let flag = 0;
    if (c === 40) {
      if (word === "import" || word === "require") flag = PROTECTED;
      else if (CONTROL.has(word) || word === "await" && this.wordBefore === "for") flag = CONTROL_PAREN;
      if (this.clauseDepth === kinds.length) this.clauseDepth = -1;
    } else if (c === 123) {
      const clause = this.clauseDepth === kinds.length && (word === "import" || word === "export" || word === "type" || this.lastPunctuator === 44);
      if (clause || word === "with" || word === "assert" || this.lastPunctuator === 60) flag = PROTECTED;
    }
    this.push(c === 40 ? PAREN : c === 91 ? BRACKET : BRACE, i2, flag);
    this.token(START, "", false);
    this.boundary = c === 123;
    return i2 + 1;
  }
  close(c, i2) {
    const kinds = this.kinds;
    const flags2 = this.flags;
    const kind = kinds.pop();
    const flag = flags2.pop();
    const open2 = this.opens.pop();
    if (kind === void 0) return this.fail("a closing bracket without its opening one", i2);
    if (flag & TRIGGERED && kinds.length) flags2[flags2.length - 1] |= TRIGGERED;
    if (kind === SUBSTITUTION && c === 125) {
      if (flag & LITERAL && kinds.length) flags2[flags2.length - 1] |= LITERAL;
      const end = skipTemplate(this.text, i2 + 1);
      if (end < 0) return this.fail("an unterminated template", i2);
      return this.templatePart(end);
    }
    if (kind !== (c === 41 ? PAREN : c === 93 ? BRACKET : BRACE)) return this.fail("mismatched brackets", i2);
    if (kind === BRACE && !(flag & (TRIGGERED | PROTECTED)) && i2 > open2 + 1) this.blank(open2, i2, NO_FILLER);
    else if (kind !== BRACE && !(flag & (TRIGGERED | PROTECTED | CONTROL_PAREN | LITERAL)) && i2 > open2 + 2) this.blank(open2, i2, NAME_FILLER);
    else if (flag & LITERAL && kinds.length) flags2[flags2.length - 1] |= LITERAL;
    this.token(c === 41 ? flag & CONTROL_PAREN ? START : END : c === 93 ? END : EITHER, "", false);
    this.boundary = c === 125;
    return i2 + 1;
  }
  /**
   * Cuts out what the brackets at `open` and `close` hold, for the filler: a body in braces goes whole (`{}` is a block, an
   * object, a class or type body), what parentheses or square brackets hold becomes one name (`(_)` is an argument, a
   * parameter, an expression, a type; `[_]` an element, an index, a computed name, a tuple). Neither holds a fact: no
   * word that starts one, and in `( … )` or `[ … ]` no literal either (a mock call's or `f<typeof import('x')>('x')`'s
   * literal has no such word of its own inside the brackets). The `( … )` of a `for` stays, whose `;` the grammar needs.
   */
  blank(open2, close2, filler) {
    const blanks = this.blanks;
    while (blanks.length && blanks[blanks.length - 3] > open2) blanks.length -= 3;
    blanks.push(open2 + 1, close2, filler);
  }
  less(i2) {
    const text = this.text;
    if (text.startsWith("<!--", i2)) return this.fail("an HTML-like comment", i2);
    if (this.jsx && this.after === END && text.charCodeAt(i2 + 1) === 60) {
      this.token(START, "", false);
      return i2 + 2;
    }
    if (this.jsx && this.after !== END) return this.fail("JSX (or a `<` the grammar may read as JSX)", i2);
    this.token(START, "", false);
    this.lastPunctuator = 60;
    return i2 + 1;
  }
  /** `++` or `--`. */
  increment(c, i2) {
    if (c === 45 && this.text.charCodeAt(i2 + 2) === 62) return this.fail("an HTML-like comment", i2);
    const postfix = this.after === END && !this.lineBreak;
    this.token(postfix ? END : START, "", false);
    return i2 + 2;
  }
  /** `!` not followed by `=`. */
  bang(i2) {
    const nonNull = this.after === END && !this.lineBreak;
    this.token(nonNull ? END : START, "", false);
    return i2 + 1;
  }
  /** `.` (`width` 1), `?.` (2), or a spread `...`. */
  dot(i2, width) {
    const text = this.text;
    if (width === 1 && text.charCodeAt(i2 + 1) === 46 && text.charCodeAt(i2 + 2) === 46) {
      this.token(START, "", false);
      return i2 + 3;
    }
    const object = this.dotted ? "" : this.word;
    this.token(START, "", true);
    if (object === "jest" || object === "vi") this.mockObject = object;
    return i2 + width;
  }
  /** Any other punctuator. */
  punctuator(c, i2) {
    if (c === 59 && this.clauseDepth === this.kinds.length) this.clauseDepth = -1;
    if (c === 37 && this.after === START) return this.fail("a `%` where an expression starts", i2);
    this.token(START, "", false);
    if (c === 44) this.lastPunctuator = c;
    this.boundary = c === 59;
    this.decorator = c === 64;
    return i2 + 1;
  }
  /** The text without the blanked spans, and the trigger words' offsets in it (no blanked span holds one). */
  cut() {
    const { text, blanks, triggers } = this;
    const parts2 = [];
    const cuts = [];
    let at2 = 0;
    let removed = 0;
    let kept = 0;
    let t = 0;
    for (let k = 0; k < blanks.length; k += 3) {
      const start2 = blanks[k];
      const end = blanks[k + 1];
      const filler = FILLERS[blanks[k + 2]];
      for (; t < triggers.length && triggers[t] < start2; t++) triggers[t] -= removed;
      parts2.push(text.slice(at2, start2), filler);
      kept += start2 - at2 + filler.length;
      removed += end - start2 - filler.length;
      cuts.push(kept, removed);
      at2 = end;
    }
    for (; t < triggers.length; t++) triggers[t] -= removed;
    parts2.push(text.slice(at2));
    return new ReducedText(parts2.join(""), cuts, triggers, this.statements);
  }
};
var NO_FILLER = 0;
var NAME_FILLER = 1;
var SEMICOLON_FILLER = 2;
var FILLERS = ["", "_", ";"];
var NO_FACT = 0;
var FACT = 1;
var FACT_IF_FROM = 2;
var NOT_CALLED = /* @__PURE__ */ new Set([46, 44, 59, 41, 93, 125, 58, 61]);
function factFollows(text, name2, end) {
  const at2 = nextToken(text, end);
  const c = text.charCodeAt(at2);
  if (name2 === "require") return NOT_CALLED.has(c) || Number.isNaN(c) ? NO_FACT : FACT;
  if (name2 === "import") return c === 46 ? NO_FACT : FACT;
  if (c === 123) return FACT_IF_FROM;
  if (c === 61 || c === 64) return NO_FACT;
  if (!isNameChar(c) || isDigit(c)) return FACT;
  let wordEnd = at2;
  while (isNameChar(text.charCodeAt(wordEnd))) wordEnd++;
  if (wordEnd - at2 !== 4 || !text.startsWith("type", at2)) return NO_FACT;
  const after = text.charCodeAt(nextToken(text, wordEnd));
  return after === 42 ? FACT : after === 123 ? FACT_IF_FROM : NO_FACT;
}
function nextToken(text, i2) {
  for (let c = text.charCodeAt(i2); c === 32 || c === 9 || c === 11 || c === 12 || isLineBreak2(c) || c > 127 && isWideSpace2(c); ) {
    c = text.charCodeAt(++i2);
  }
  return i2;
}
function trouble(why, at2) {
  return { kind: "trouble", why: `${why} at offset ${at2}` };
}
function lineBreakAt(text, i2) {
  while (i2 < text.length && (text.charCodeAt(i2) === 32 || text.charCodeAt(i2) === 9)) i2++;
  return i2 >= text.length || isLineBreak2(text.charCodeAt(i2));
}
function skipString(text, i2) {
  const quote = text.charCodeAt(i2);
  for (let k = i2 + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === quote) return k + 1;
    if (c === 92) {
      if (text.charCodeAt(k + 1) === 13 && text.charCodeAt(k + 2) === 10) k++;
      k++;
    } else if (c === 10 || c === 13) return -1;
  }
  return -1;
}
function skipTemplate(text, i2) {
  for (let k = i2; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 96) return k + 1;
    if (c === 92) k++;
    else if (c === 36 && text.charCodeAt(k + 1) === 123) return k + 2;
  }
  return -1;
}
function skipRegex(text, i2) {
  let inClass = false;
  for (let k = i2 + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isLineBreak2(c)) return -1;
    if (c === 92) {
      if (isLineBreak2(text.charCodeAt(k + 1))) return -1;
      k++;
    } else if (c === 91) inClass = true;
    else if (c === 93) inClass = false;
    else if (c === 47 && !inClass) {
      let end = k + 1;
      while (end < text.length && isNameChar(text.charCodeAt(end))) end++;
      return end;
    }
  }
  return -1;
}

// src/languages/javascript/scan-warm-up.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TEXTS = [
  `#!/usr/bin/env node
// line
/* block */
/**
 * doc
 */
import a, { b as c, type D } from "./a"
import * as n from './n'
`,
  "import type { T } from './t'\nexport { x } from './x'\nexport type { Y } from './y'\nexport * from './all'\nimport './side'\n",
  "const r = require('./r'); const m = import.meta.url; require.resolve('x'); const p = import('./p')\n",
  "jest.mock('./m', () => ({ a: 1 })); vi.mock('v'); jest.requireActual('q').mock('w')\n",
  "let s = `t ${a + `in ${b}`} end` + 'q\\'x' + \"d\\\"y\"; let re = /ab+c[/]\\//gi; let d = a / b / 2\n",
  "class A extends B { #p = 0x1F + 1e-5 + .5 + 1_000n; @dec m() { this.#p++; --this.q; return !this.x?.y ?? [...z] } }\n",
  "if (a) /re/.test(b); for (const x of y) {} while (i < n) { i <<= 1; i = i << 2; i != j } switch (v) { case 1: break; default: }\n",
  "function* g() { yield 1 } async function h() { await x } const o = { a, b: [1, 2], 'c': { d: (e) => e } }\r\nlet u\u2028= 1\n",
  "type U = { a: string; b: Array<number> }; interface I { [k: string]: unknown } let v = f<{ a: 1 }>(x) % 3\n",
  "label: { break label }\ndebugger; try { throw e } catch (err) {} finally {}\nnew F(); delete o.p; void 0; typeof x === 'y'\n",
  "export const k = 1\nexport default function f() { return 2 }\n",
  "async function w() { for await (const x of y) {} }\nconst j = <div>{a}</div>\n",
  "f(a, { b: 1 }",
  "x = 1 <!-- c\n",
  "a \\u0061\n",
  "} extra"
];
function warmUpScan() {
  for (const text of TEXTS) {
    scanJs(text, true);
    scanJs(text, false);
  }
}

// src/languages/javascript/reader.ts
var JsReader = class _JsReader {
  constructor(extractors, mode) {
    this.extractors = extractors;
    this.mode = mode;
  }
  extractors;
  mode;
  /** `fast`: the lexical pre-scan first (scan.ts), the parser on what it keeps; `full`: the parser on every byte. */
  static async load(mode = "fast") {
    const [typescript, tsx, javascript] = await Promise.all(["typescript", "tsx", "javascript"].map(jsParser));
    if (mode === "fast") warmUpScan();
    const extractors = {
      typescript: new JsExtractor(typescript, true),
      tsx: new JsExtractor(tsx, true),
      javascript: new JsExtractor(javascript, false)
    };
    return new _JsReader(extractors, mode);
  }
  extract(bytes, path) {
    return this.extractText(decodeJs(bytes), path);
  }
  extractText(text, path) {
    const dialect = dialectOf(path);
    const extractor = this.extractors[dialect];
    if (this.mode === "full") return extractor.extract(text);
    const scan = scanJs(text, dialect !== "typescript");
    if (scan.kind === "trouble") return extractor.extract(text);
    if (scan.kind === "none") return referencesOnly(text);
    if (!scan.text.triggers.length)
      return extractor.parsesCleanly(scan.text) ? referencesOnly(text, scan.text.statements) : extractor.extract(text);
    const facts = extractor.extract(text, scan.text);
    return facts.syntaxErrorLine === void 0 ? facts : extractor.extract(text);
  }
};

// src/languages/javascript/removed-imports.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/resolution/project.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/resolution/extensions.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TS = 1;
var JS = 2;
var DTS = 4;
var JSON_EXT = 8;
var DECLARATION = /\.d\.(?:[cm]?ts|[^/]*\.ts)$/;
var STRIPPABLE = [".d.ts", ".d.mts", ".d.cts", ".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json"];
function isDeclarationFile(path) {
  return DECLARATION.test(path.slice(path.lastIndexOf("/") + 1));
}
function knownExtension(path) {
  return STRIPPABLE.find((ext) => path.length > ext.length && path.endsWith(ext));
}
function hasExtension(path, ...exts) {
  return exts.some((ext) => path.length > ext.length && path.endsWith(ext));
}

// src/languages/javascript/resolution/json.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/jsonc-parser/lib/esm/main.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/jsonc-parser/lib/esm/impl/format.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count2, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count2 || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count2) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start2 = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start2, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit2(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit2(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start2, end);
  }
  function scanString() {
    let result = "", start2 = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start2, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start2, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start2, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start2 = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak3(ch)) {
          result += text.substring(start2, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code2 = text.charCodeAt(pos);
    if (isWhiteSpace(code2)) {
      do {
        pos++;
        value += String.fromCharCode(code2);
        code2 = text.charCodeAt(pos);
      } while (isWhiteSpace(code2));
      return token = 15;
    }
    if (isLineBreak3(code2)) {
      pos++;
      value += String.fromCharCode(code2);
      if (code2 === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code2) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start2 = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak3(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start2, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak3(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start2, pos);
          return token = 13;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code2);
        pos++;
        if (pos === len || !isDigit2(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code2)) {
          pos++;
          code2 = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code2);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code2) {
    if (isWhiteSpace(code2) || isLineBreak3(code2)) {
      return false;
    }
    switch (code2) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak3(ch) {
  return ch === 10 || ch === 13;
}
function isDigit2(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/edit.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/jsonc-parser/lib/esm/impl/parser.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name2) => {
      currentProperty = name2;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString2(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue2 = _scanner.getTokenValue();
        let value = Number(tokenValue2);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString2(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray2() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray2();
      case 1:
        return parseObject();
      case 10:
        return parseString2(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// src/languages/javascript/resolution/json.ts
function parseJsonc(text) {
  const strict = strictJson(text);
  if (strict !== NOT_STRICT) return isObject(strict) ? strict : void 0;
  const errors = [];
  const value = parse2(text, errors, { allowTrailingComma: true, disallowComments: false });
  return errors.length === 0 && isObject(value) ? value : void 0;
}
function parseJsoncBestEffort(text) {
  const strict = strictJson(text);
  if (strict !== NOT_STRICT) return isObject(strict) ? strict : {};
  const value = parse2(text, [], { allowTrailingComma: true, disallowComments: false });
  return isObject(value) ? value : {};
}
var NOT_STRICT = /* @__PURE__ */ Symbol("not strict JSON");
function strictJson(text) {
  if (text.includes("__proto__") || text.includes("\\u")) return NOT_STRICT;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_STRICT;
  }
}
var JsonFiles = class {
  constructor(readFile) {
    this.readFile = readFile;
  }
  readFile;
  texts = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  text(path) {
    if (!this.texts.has(path)) this.texts.set(path, this.readFile(path));
    return this.texts.get(path);
  }
  /** `parseJsonc` of the file: undefined when it cannot be read, does not parse or is no object. */
  json(path) {
    if (!this.values.has(path)) {
      const text = this.text(path);
      this.values.set(path, text === void 0 ? void 0 : parseJsonc(text));
    }
    return this.values.get(path);
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : void 0;
}
function hasOwn(object, key) {
  return Object.prototype.hasOwnProperty.call(object, key);
}
function stringArray(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : void 0;
}

// src/languages/javascript/resolution/mode.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/resolution/options.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var ModuleKind = {
  None: 0,
  CommonJS: 1,
  AMD: 2,
  UMD: 3,
  System: 4,
  ES2015: 5,
  ES2020: 6,
  ES2022: 7,
  ESNext: 99,
  Node16: 100,
  Node18: 101,
  Node20: 102,
  NodeNext: 199,
  Preserve: 200
};
var NO_CONFIG_OPTIONS = { module: ModuleKind.ESNext, moduleResolution: "bundler" };
var JSCONFIG_DEFAULTS = { allowJs: true, noEmit: true };
function resolverOptions(options) {
  const target = options.target ?? defaultTarget(options.module);
  const moduleKind = options.module ?? (target >= 2 ? ModuleKind.ES2015 : ModuleKind.CommonJS);
  const chosen = options.moduleResolution ?? defaultResolution(moduleKind);
  return { ...options, allowJs: true, moduleKind, resolution: chosen === "classic" ? "bundler" : chosen };
}
function defaultTarget(module2) {
  if (module2 === ModuleKind.Node16 || module2 === ModuleKind.Node18) return 9;
  if (module2 === ModuleKind.Node20) return 10;
  return module2 === ModuleKind.NodeNext ? 99 : 1;
}
function defaultResolution(moduleKind) {
  switch (moduleKind) {
    case ModuleKind.CommonJS:
      return "node10";
    case ModuleKind.Node16:
    case ModuleKind.Node18:
    case ModuleKind.Node20:
      return "node16";
    case ModuleKind.NodeNext:
      return "nodenext";
    case ModuleKind.Preserve:
      return "bundler";
    default:
      return "classic";
  }
}
var supportsPackageJsonMaps = (options) => options.resolution !== "node10";
function resolvesExports(options) {
  return supportsPackageJsonMaps(options) && (options.resolvePackageJsonExports ?? true);
}
function resolvesImports(options) {
  return supportsPackageJsonMaps(options) && (options.resolvePackageJsonImports ?? true);
}
function resolvesJson(options) {
  if (options.resolveJsonModule !== void 0) return options.resolveJsonModule;
  return options.moduleKind === ModuleKind.Node20 || options.moduleKind === ModuleKind.NodeNext || options.resolution === "bundler";
}
var isNodeResolution = (options) => options.resolution === "node16" || options.resolution === "nodenext";
function conditionsFor(options, mode) {
  let chosen = mode;
  if (chosen === void 0) {
    if (options.resolution === "bundler") chosen = "import";
    else if (options.resolution === "node10") return [];
  }
  const conditions = [chosen === "import" ? "import" : "require"];
  if (!options.noDtsResolution) conditions.push("types");
  if (options.resolution !== "bundler") conditions.push("node");
  return [...conditions, ...options.customConditions ?? []];
}

// src/languages/javascript/resolution/mode.ts
function fileFormat(file, options, packageType) {
  if (hasExtension(file, ".d.mts", ".mts", ".mjs")) return { implied: "import", scopeType: void 0 };
  if (hasExtension(file, ".d.cts", ".cts", ".cjs")) return { implied: "require", scopeType: void 0 };
  if (isNodeResolution(options) && hasExtension(file, ".d.ts", ".ts", ".tsx", ".js", ".jsx")) {
    const scopeType = packageType(file)?.type;
    return { implied: scopeType === "module" ? "import" : "require", scopeType };
  }
  return { implied: void 0, scopeType: void 0 };
}
function modeOf(imported, file, format2, options) {
  const declaresMode = imported.form === "import" || imported.form === "export" || imported.form === "import-type";
  if (imported.resolutionMode && imported.kind === "type" && declaresMode) {
    return imported.resolutionMode;
  }
  if (!(isNodeResolution(options) || resolvesExports(options) || resolvesImports(options))) return void 0;
  switch (imported.form) {
    case "require":
    case "import-equals":
    case "jest":
      return "require";
    case "vi":
      return "import";
    case "import-call":
      return transformsImportCall(file, format2, options) ? "require" : "import";
    default: {
      const emitted = emitFormat(file, format2, options);
      if (emitted === ModuleKind.CommonJS) return "require";
      return emitted >= ModuleKind.ES2015 && emitted <= ModuleKind.ESNext || emitted === ModuleKind.Preserve ? "import" : void 0;
    }
  }
}
var isNodeModule = (kind) => kind >= ModuleKind.Node16 && kind <= ModuleKind.NodeNext;
function transformsImportCall(file, format2, options) {
  if (isNodeModule(options.moduleKind) || options.moduleKind === ModuleKind.Preserve) return false;
  return emitFormat(file, format2, options) < ModuleKind.ES2015;
}
function emitFormat(file, format2, options) {
  const kind = options.moduleKind;
  const asNumber = (mode) => mode === "import" ? ModuleKind.ESNext : ModuleKind.CommonJS;
  if (isNodeModule(kind)) return format2.implied ? asNumber(format2.implied) : kind;
  if (format2.implied === "require" && (format2.scopeType === "commonjs" || hasExtension(file, ".cjs", ".cts"))) return ModuleKind.CommonJS;
  if (format2.implied === "import" && (format2.scopeType === "module" || hasExtension(file, ".mjs", ".mts"))) return ModuleKind.ESNext;
  return kind;
}

// src/languages/javascript/resolution/outputs.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/languages/javascript/resolution/paths.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function joinPath(dir, rel) {
  if (rel.startsWith("/") || /^[A-Za-z]:[\\/]/.test(rel)) return void 0;
  for (; ; ) {
    if (rel.startsWith("./")) rel = rel.slice(2);
    else if (rel.startsWith("../")) {
      if (dir === "") return void 0;
      dir = parentOf(dir);
      rel = rel.slice(3);
    } else break;
  }
  if (rel !== "" && !rel.startsWith(".") && !rel.startsWith("/") && !rel.includes("/.") && !rel.includes("//") && !rel.endsWith("/")) {
    return dir === "" ? rel : `${dir}/${rel}`;
  }
  const parts2 = dir === "" ? [] : dir.split("/");
  for (const part of rel.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts2.length === 0) return void 0;
      parts2.pop();
    } else parts2.push(part);
  }
  return parts2.join("/");
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function baseOf(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function* ancestors(dir) {
  let current = dir;
  for (; ; ) {
    yield current;
    if (current === "") return;
    current = parentOf(current);
  }
}
function isWithin(dir, path) {
  return dir === "" || path === dir || path.startsWith(dir + "/");
}
function relativeTo(dir, path) {
  return dir === "" ? path : path === dir ? "" : path.slice(dir.length + 1);
}
function relativePath(from, to) {
  const a = from === "" ? [] : from.split("/");
  const b = to === "" ? [] : to.split("/");
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/") || ".";
}
function isRelativeName(name2) {
  return /^\.\.?(?:$|[\\/])/.test(name2) || name2.startsWith("/") || /^[A-Za-z]:[\\/]/.test(name2);
}

// src/languages/javascript/resolution/outputs.ts
var TS_INPUTS = [".ts", ".tsx", ".mts", ".cts"];
var JS_INPUTS = [".js", ".jsx", ".mjs", ".cjs"];
var PACKAGE_FOLDERS = /* @__PURE__ */ new Set(["node_modules", "bower_components", "jspm_packages"]);
function projectOutputs(files, configs) {
  const projects = new Set(files.filter((f) => ["tsconfig.json", "jsconfig.json"].includes(baseOf(f))));
  for (const path of [...projects]) for (const reference of configs.read(path)?.references ?? []) projects.add(reference);
  const outputs = /* @__PURE__ */ new Map();
  const sorted = [...files].sort(byCodePoint2);
  for (const path of [...projects].sort(byCodePoint2)) {
    const project = configs.read(path);
    const { outDir, declarationDir, noEmit, outFile } = project?.options ?? {};
    if (!project || !(outDir || declarationDir) || noEmit || outFile) continue;
    const inputs = inputFiles(project, sorted);
    const common = commonSourceDirectory(project, inputs);
    for (const input of inputs) {
      for (const output of outputNames(project, input, common)) if (!outputs.has(output)) outputs.set(output, input);
    }
  }
  return outputs;
}
function byCodePoint2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function inputFiles(project, files) {
  const { options } = project;
  const extensions = options.allowJs ? [...TS_INPUTS, ...JS_INPUTS] : TS_INPUTS;
  const listed = new Set(project.files ?? []);
  const include = project.include ?? (project.files ? [] : [project.dir === "" ? "**/*" : `${project.dir}/**/*`]);
  const exclude = project.exclude ?? [options.outDir, options.declarationDir].filter((d) => d !== void 0);
  const included = include.length ? (0, import_picomatch2.default)(include.map(asGlob), { dot: false }) : () => false;
  const excluded = exclude.length ? (0, import_picomatch2.default)(
    exclude.flatMap((e) => [asGlob(e), `${asGlob(e)}/**`]),
    { dot: true }
  ) : () => false;
  const explicitJson = include.some((i2) => i2.endsWith(".json"));
  const candidates = /* @__PURE__ */ new Set([...listed, ...include.flatMap((spec) => filesBelow(files, fixedFolder(spec)))]);
  return files.filter((file) => {
    if (!candidates.has(file)) return false;
    if (listed.has(file)) return true;
    const typed = hasExtension(file, ...extensions) || explicitJson && file.endsWith(".json");
    if (!typed || !included(file) || excluded(file)) return false;
    return !file.split("/").some((part) => PACKAGE_FOLDERS.has(part));
  });
}
function fixedFolder(spec) {
  const parts2 = spec.split("/");
  const wild = parts2.findIndex((p) => /[*?]/.test(p));
  return (wild === -1 ? parts2.slice(0, -1) : parts2.slice(0, wild)).join("/");
}
function filesBelow(sorted, dir) {
  if (dir === "") return sorted;
  const prefix = `${dir}/`;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >> 1;
    if (sorted[mid] < prefix) low = mid + 1;
    else high = mid;
  }
  let end = low;
  while (end < sorted.length && sorted[end].startsWith(prefix)) end++;
  return sorted.slice(low, end);
}
function asGlob(spec) {
  const last = baseOf(spec);
  return /[*?]/.test(last) || last.includes(".") ? spec : spec === "" ? "**/*" : `${spec}/**/*`;
}
function commonSourceDirectory(project, inputs) {
  if (project.options.rootDir !== void 0) return project.options.rootDir;
  if (project.options.composite) return project.dir;
  const emitted = inputs.filter((f) => !isDeclarationFile(f));
  if (emitted.length === 0) return project.dir;
  let common = parentOf(emitted[0]).split("/");
  for (const file of emitted.slice(1)) {
    const parts2 = parentOf(file).split("/");
    let i2 = 0;
    while (i2 < common.length && common[i2] === parts2[i2]) i2++;
    common = common.slice(0, i2);
  }
  return common.join("/");
}
function outputNames(project, input, common) {
  if (isDeclarationFile(input) || !isWithin(common, input)) return [];
  const { options } = project;
  const relative2 = relativeTo(common, input);
  const stem = (dir) => {
    const path = dir === void 0 ? input : joinPath(dir, relative2);
    return path?.slice(0, path.length - (/\.[^./]*$/.exec(path)?.[0].length ?? 0));
  };
  const names = [];
  const json = input.endsWith(".json");
  if (!options.emitDeclarationOnly) {
    const jsStem = stem(options.outDir);
    const jsPath = jsStem === void 0 ? void 0 : jsStem + jsExtension(input, options.jsx);
    if (jsPath !== void 0 && !(json && jsPath === input)) names.push(jsPath);
  }
  if (!json && (options.declaration || options.composite)) {
    const dtsStem = stem(options.declarationDir ?? options.outDir);
    if (dtsStem !== void 0) names.push(dtsStem + declarationExtension(input));
  }
  return names;
}
function jsExtension(input, jsx) {
  if (input.endsWith(".json")) return ".json";
  if (jsx === "preserve" && hasExtension(input, ".jsx", ".tsx")) return ".jsx";
  if (hasExtension(input, ".mts", ".mjs")) return ".mjs";
  return hasExtension(input, ".cts", ".cjs") ? ".cjs" : ".js";
}
function declarationExtension(input) {
  if (hasExtension(input, ".mts", ".mjs")) return ".d.mts";
  return hasExtension(input, ".cts", ".cjs") ? ".d.cts" : ".d.ts";
}

// src/languages/javascript/resolution/resolver.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/resolution/files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/resolution/state.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var IMPORTS = 2;
var SELF_NAME = 4;
var EXPORTS = 8;
var PATTERN_TRAILERS = 16;
var ALL_FEATURES = 30;
var ESM = 32;

// src/languages/javascript/resolution/files.ts
function tryFile(path, state) {
  const suffixes = state.options.moduleSuffixes;
  if (!suffixes?.length) return state.tree.fileExists(path) ? path : void 0;
  const ext = knownExtension(path) ?? "";
  const stem = ext ? path.slice(0, -ext.length) : path;
  for (const suffix of suffixes) {
    const candidate = stem + suffix + ext;
    if (state.tree.fileExists(candidate)) return candidate;
  }
  return void 0;
}
function loadModuleFromFile(extensions, candidate, state) {
  return loadWithoutImplicitExtension(extensions, candidate, state) ?? (state.features & ESM ? void 0 : tryAddingExtensions(candidate, extensions, "", state));
}
function loadWithoutImplicitExtension(extensions, candidate, state) {
  const name2 = baseOf(candidate);
  if (!name2.includes(".")) return void 0;
  const known = knownExtension(candidate);
  const stem = known ? candidate.slice(0, -known.length) : candidate.slice(0, candidate.lastIndexOf("."));
  return tryAddingExtensions(stem, extensions, candidate.slice(stem.length), state);
}
function loadFromPackageJsonField(extensions, candidate, state) {
  if (extensions & TS && /.\.(?:[cm]?ts|tsx)$/.test(candidate) || extensions & DTS && /.\.d\.[cm]?ts$/.test(candidate)) {
    return tryFile(candidate, state);
  }
  if (state.isConfigLookup && extensions === JSON_EXT && candidate.endsWith(".json") && candidate.length > 5) {
    return tryFile(candidate, state);
  }
  return loadWithoutImplicitExtension(extensions, candidate, state);
}
function tryAddingExtensions(stem, extensions, written, state) {
  const attempt = (ext) => tryFile(stem + ext, state);
  const first = (...tries) => {
    for (const t of tries) {
      const found = t();
      if (found) return found;
    }
    return void 0;
  };
  switch (written) {
    case ".mjs":
    case ".mts":
    case ".d.mts":
      return first(
        () => !!(extensions & TS) && attempt(".mts"),
        () => !!(extensions & DTS) && attempt(".d.mts"),
        () => !!(extensions & JS) && attempt(".mjs")
      );
    case ".cjs":
    case ".cts":
    case ".d.cts":
      return first(
        () => !!(extensions & TS) && attempt(".cts"),
        () => !!(extensions & DTS) && attempt(".d.cts"),
        () => !!(extensions & JS) && attempt(".cjs")
      );
    case ".json":
      return first(
        () => !!(extensions & DTS) && attempt(".d.json.ts"),
        () => !!(extensions & JSON_EXT) && attempt(".json")
      );
    case ".tsx":
    case ".jsx":
      return first(
        () => !!(extensions & TS) && (attempt(".tsx") ?? attempt(".ts")),
        () => !!(extensions & DTS) && attempt(".d.ts"),
        () => !!(extensions & JS) && (attempt(".jsx") ?? attempt(".js"))
      );
    case ".ts":
    case ".d.ts":
    case ".js":
    case "":
      return first(
        () => !!(extensions & TS) && (attempt(".ts") ?? attempt(".tsx")),
        () => !!(extensions & DTS) && attempt(".d.ts"),
        () => !!(extensions & JS) && (attempt(".js") ?? attempt(".jsx")),
        () => state.isConfigLookup && attempt(".json")
      );
    default:
      return extensions & DTS && !isDeclarationFile(stem + written) ? attempt(`.d${written}.ts`) : void 0;
  }
}

// src/languages/javascript/resolution/package-maps.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/javascript/resolution/input-for-output.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function inputForOutputPath(finalPath, scope, extensions, state) {
  const { options } = state;
  if (state.isConfigLookup || !(options.declarationDir || options.outDir) || finalPath.startsWith("node_modules/") || finalPath.includes("/node_modules/"))
    return void 0;
  for (const guess of commonSourceGuesses(scope, state)) {
    for (const outputDir of [options.declarationDir, options.outDir !== options.declarationDir ? options.outDir : void 0]) {
      if (outputDir === void 0 || !isWithin(outputDir, finalPath) || outputDir === finalPath) continue;
      const base = guess === null ? void 0 : joinPath(guess, relativeTo(outputDir, finalPath));
      if (base === void 0) continue;
      const ext = OUTPUT_EXTENSIONS.find((e) => base.length > e.length && base.endsWith(e));
      if (!ext) continue;
      for (const inputExt of inputExtensionsFor(base)) {
        if (!extensionOk(extensions, inputExt)) continue;
        const input = base.slice(0, -ext.length) + inputExt;
        if (state.tree.fileExists(input)) return loadFromPackageJsonField(extensions, input, state);
      }
    }
  }
  return void 0;
}
var OUTPUT_EXTENSIONS = [".mjs", ".cjs", ".js", ".json", ".d.mts", ".d.cts", ".d.ts"];
function commonSourceGuesses(scope, state) {
  const { rootDir, composite, configDir } = state.options;
  if (rootDir !== void 0) return [rootDir];
  if (composite && configDir !== void 0) return [configDir];
  let common = state.requestDir;
  while (!isWithin(common, scope.dir)) common = parentOf(common);
  const guesses = [];
  for (let folder = common; ; folder = parentOf(folder)) {
    guesses.unshift(folder);
    if (folder === "") break;
  }
  return [null, ...guesses];
}
function inputExtensionsFor(path) {
  if (/\.(?:d\.mts|mjs|mts)$/.test(path)) return [".mts", ".mjs"];
  if (/\.(?:d\.cts|cjs|cts)$/.test(path)) return [".cts", ".cjs"];
  if (path.endsWith(".d.json.ts")) return [".json"];
  return [".tsx", ".ts", ".jsx", ".js"];
}
function extensionOk(extensions, ext) {
  if (ext === ".json") return !!(extensions & JSON_EXT);
  return /^\.[cm]?tsx?$/.test(ext) ? !!(extensions & TS) : !!(extensions & JS);
}

// src/languages/javascript/resolution/semver-range.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TYPESCRIPT_VERSION = [5, 9, 3];
function rangeHoldsForTypeScript(range) {
  let holds = false;
  for (const alternative of range.trim().split("||")) {
    const result = alternativeHolds(alternative.trim());
    if (result === void 0) return void 0;
    holds ||= result;
  }
  return holds;
}
function alternativeHolds(alternative) {
  const hyphen = /^(\S+)\s+-\s+(\S+)$/.exec(alternative);
  if (hyphen) {
    const low = partial(hyphen[1]);
    const high = partial(hyphen[2]);
    return low && high ? compare(low) >= 0 && compare(high) <= 0 : void 0;
  }
  let all = true;
  for (const comparator of alternative.split(/\s+/).filter((c) => c !== "")) {
    const result = comparatorHolds(comparator);
    if (result === void 0) return void 0;
    all &&= result;
  }
  return all;
}
function partial(text) {
  const match = /^(\*|x|X|\d+)(?:\.(\*|x|X|\d+))?(?:\.(\*|x|X|\d+))?$/.exec(text);
  if (!match) return void 0;
  const parts2 = [match[1], match[2], match[3]].map((p) => p === void 0 || /^[*xX]$/.test(p) ? void 0 : Number(p));
  const first = parts2.findIndex((p) => p === void 0);
  return first < 0 ? parts2 : [...parts2.slice(0, first), void 0, void 0, void 0].slice(0, 3);
}
function compare(version) {
  for (let i2 = 0; i2 < 3 && version[i2] !== void 0; i2++) {
    const order = Math.sign(TYPESCRIPT_VERSION[i2] - version[i2]);
    if (order !== 0) return order;
  }
  return 0;
}
function comparatorHolds(comparator) {
  const match = /^(<=|>=|<|>|=|\^|~)?(.*)$/.exec(comparator);
  const version = partial(match[2]);
  if (!version) return void 0;
  const order = compare(version);
  switch (match[1]) {
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "^":
      return order >= 0 && caretCeiling(version);
    case "~":
      return order >= 0 && compare(version.slice(0, version[1] === void 0 ? 1 : 2)) === 0;
    default:
      return order === 0;
  }
}
function caretCeiling(version) {
  const major = version[0];
  if (major === void 0) return true;
  if (major !== 0 || version[1] === void 0) return TYPESCRIPT_VERSION[0] === major;
  return TYPESCRIPT_VERSION[0] === 0 && TYPESCRIPT_VERSION[1] === version[1];
}

// src/languages/javascript/resolution/package-maps.ts
var keys = (object) => Object.keys(object);
var allKeysStartWithDot = (object) => keys(object).every((k) => k.startsWith("."));
var noKeyStartsWithDot = (object) => !keys(object).some((k) => k.startsWith("."));
function loadFromExports(scope, extensions, subpath, state, bare) {
  const exports = scope.json.exports;
  if (!exports) return void 0;
  const load = targetLoader(extensions, state, scope, false, bare);
  if (subpath === ".") {
    let main;
    if (typeof exports === "string" || Array.isArray(exports) || isObject(exports) && noKeyStartsWithDot(exports)) main = exports;
    else if (isObject(exports) && hasOwn(exports, ".")) main = exports["."];
    return main ? load(main, "", false) : void 0;
  }
  if (isObject(exports) && allKeysStartWithDot(exports)) return loadFromMap(subpath, exports, load, state);
  return void 0;
}
function loadFromImports(scope, extensions, name2, state, bare) {
  const imports = scope.json.imports;
  if (!isObject(imports)) return void 0;
  return loadFromMap(name2, imports, targetLoader(extensions, state, scope, true, bare), state);
}
function loadFromMap(name2, table, load, state) {
  if (!name2.endsWith("/") && !name2.includes("*") && hasOwn(table, name2)) return load(table[name2], "", false);
  const expanding = keys(table).filter((k) => hasOneStar(k) || k.endsWith("/")).sort(comparePatternKeys);
  for (const key of expanding) {
    const star = key.indexOf("*");
    if (state.features & PATTERN_TRAILERS && matchesWithTrailer(key, name2)) {
      return load(table[key], name2.substring(star, name2.length - (key.length - 1 - star)), true);
    }
    if (key.endsWith("*") && name2.startsWith(key.slice(0, -1))) return load(table[key], name2.substring(key.length - 1), true);
    if (name2.startsWith(key)) return load(table[key], name2.substring(key.length), false);
  }
  return void 0;
}
function hasOneStar(key) {
  const first = key.indexOf("*");
  return first !== -1 && first === key.lastIndexOf("*");
}
function matchesWithTrailer(key, name2) {
  if (key.endsWith("*")) return false;
  const star = key.indexOf("*");
  return star !== -1 && name2.startsWith(key.slice(0, star)) && name2.endsWith(key.slice(star + 1));
}
function comparePatternKeys(a, b) {
  const aStar = a.indexOf("*");
  const bStar = b.indexOf("*");
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase !== bBase) return aBase > bBase ? -1 : 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length !== b.length) return a.length > b.length ? -1 : 1;
  return 0;
}
var INVALID_SEGMENT = (part) => part === ".." || part === "." || part === "node_modules";
function targetLoader(extensions, state, scope, isImports, bare) {
  const load = (target, subpath, pattern) => {
    if (typeof target === "string") {
      if (!pattern && subpath.length > 0 && !target.endsWith("/")) return void 0;
      if (!target.startsWith("./")) {
        if (isImports && !target.startsWith("../") && !target.startsWith("/") && !/^[A-Za-z]:[\\/]/.test(target)) {
          const name2 = pattern ? target.replaceAll("*", () => subpath) : target + subpath;
          return bare(name2, scope.dir, extensions, state);
        }
        return void 0;
      }
      if (target.split("/").slice(1).some(INVALID_SEGMENT)) return void 0;
      if (subpath.split("/").some(INVALID_SEGMENT)) return void 0;
      const written = pattern ? target.replaceAll("*", () => subpath) : target + subpath;
      const finalPath = joinPath(scope.dir, written);
      if (finalPath === void 0) return void 0;
      return inputForOutputPath(finalPath, scope, extensions, state) ?? loadFromPackageJsonField(extensions, finalPath, state);
    }
    if (Array.isArray(target)) {
      for (const element of target) {
        const found = load(element, subpath, pattern);
        if (found) return found;
      }
      return void 0;
    }
    if (isObject(target)) {
      for (const condition of keys(target)) {
        if (condition === "default" || state.conditions.includes(condition) || versionedTypesKey(state.conditions, condition)) {
          const found = load(target[condition], subpath, pattern);
          if (found) return found;
        }
      }
    }
    return void 0;
  };
  return load;
}
function versionedTypesKey(conditions, key) {
  return conditions.includes("types") && key.startsWith("types@") && rangeHoldsForTypeScript(key.slice("types@".length)) === true;
}

// src/languages/javascript/resolution/resolver.ts
function resolveModuleName(name2, containingFile, options, tree, mode) {
  const dir = parentOf(containingFile);
  let extensions = options.noDtsResolution ? TS | JS : TS | JS | DTS;
  if (resolvesJson(options)) extensions |= JSON_EXT;
  switch (options.resolution) {
    case "node16":
    case "nodenext":
      return nodeWorker(ALL_FEATURES | (mode === "import" ? ESM : 0), name2, dir, options, tree, extensions, false, void 0);
    case "bundler":
      return nodeWorker(
        bundlerFeatures(options),
        name2,
        dir,
        options,
        tree,
        extensions,
        false,
        mode ? conditionsFor(options, mode) : void 0
      );
    case "node10":
      return nodeWorker(
        mode ? ALL_FEATURES : 0,
        name2,
        dir,
        options,
        tree,
        extensions,
        false,
        mode ? conditionsFor(options, mode) : void 0
      );
  }
}
function resolveConfigName(name2, fromDir, tree) {
  const options = { moduleResolution: "nodenext", resolution: "nodenext", moduleKind: 199, allowJs: true };
  return nodeWorker(ALL_FEATURES, name2, fromDir, options, tree, JSON_EXT, true, void 0);
}
function bundlerFeatures(options) {
  return (resolvesExports(options) ? EXPORTS : 0) | (resolvesImports(options) ? IMPORTS : 0) | SELF_NAME | PATTERN_TRAILERS;
}
function nodeWorker(features, name2, dir, options, tree, extensions, isConfigLookup, conditions) {
  const modeless = options.resolution === "bundler" || options.resolution === "node10";
  const state = {
    tree,
    options,
    features,
    isConfigLookup,
    requestDir: dir,
    conditions: conditions ?? conditionsFor(options, modeless ? void 0 : features & ESM ? "import" : "require")
  };
  let result;
  if (options.resolution === "node10") {
    const priority = extensions & (TS | DTS);
    const secondary = extensions & ~(TS | DTS);
    result = (priority ? tryResolve(priority) : void 0) ?? (secondary ? tryResolve(secondary) : void 0);
  } else result = tryResolve(extensions);
  if (!result) return void 0;
  return result.external && !isRelativeName(name2) && !options.preserveSymlinks ? tree.realpath(result.path) : result.path;
  function tryResolve(wanted) {
    const fromSettings = optionalSettings(wanted, name2, dir, state);
    if (fromSettings) return { path: fromSettings, external: hasNodeModulesPart(fromSettings) };
    if (!isRelativeName(name2)) {
      if (state.features & IMPORTS && name2.startsWith("#")) {
        const found3 = loadFromPackageImports(wanted, name2, dir, state);
        if (found3) return { path: found3, external: false };
      }
      if (state.features & SELF_NAME) {
        const found3 = loadFromSelfName(wanted, name2, dir, state);
        if (found3) return { path: found3, external: false };
      }
      if (name2.includes(":")) return void 0;
      const found2 = loadFromNearestNodeModules(wanted, name2, dir, state) ?? (wanted & DTS ? loadFromTypeRoots(name2, state) : void 0);
      return found2 ? { path: found2, external: true } : void 0;
    }
    const candidate = joinPath(dir, name2);
    if (candidate === void 0) return void 0;
    const trailing = name2.endsWith("/") || /(?:^|\/)\.\.?$/.test(name2);
    const found = loadByRelativeName(wanted, candidate, trailing, state, true);
    return found ? { path: found, external: false } : void 0;
  }
}
function hasNodeModulesPart(path) {
  return path.startsWith("node_modules/") || path.includes("/node_modules/");
}
function optionalSettings(extensions, name2, dir, state) {
  const { paths, baseUrl, pathsBasePath, rootDirs } = state.options;
  if (paths && !/^\.\.?(?:$|[\\/])/.test(name2)) {
    const base = baseUrl ?? pathsBasePath ?? "";
    const decided = loadUsingPaths(extensions, name2, base, paths, state);
    if (decided) return decided.value;
  }
  if (!isRelativeName(name2)) {
    if (baseUrl === void 0) return void 0;
    const candidate2 = joinPath(baseUrl, name2);
    return candidate2 === void 0 ? void 0 : loadByRelativeName(extensions, candidate2, false, state, true);
  }
  if (!rootDirs) return void 0;
  const candidate = joinPath(dir, name2);
  if (candidate === void 0) return void 0;
  let matched;
  for (const root of rootDirs) {
    if (isWithin(root, candidate) && root !== candidate && (matched === void 0 || matched.length < root.length)) matched = root;
  }
  if (matched === void 0) return void 0;
  const suffix = relativeTo(matched, candidate);
  const found = loadByRelativeName(extensions, candidate, false, state, true);
  if (found) return found;
  for (const root of rootDirs) {
    if (root === matched) continue;
    const other = joinPath(root, suffix);
    const fromOther = other === void 0 ? void 0 : loadByRelativeName(extensions, other, false, state, true);
    if (fromOther) return fromOther;
  }
  return void 0;
}
function loadUsingPaths(extensions, name2, base, table, state, loader = (e, c, s) => loadByRelativeName(e, c, false, s, true)) {
  let matchedKey;
  let star;
  if (Object.prototype.hasOwnProperty.call(table, name2) && !name2.includes("*")) matchedKey = name2;
  else {
    let longest = -1;
    for (const { key, prefix, suffix } of patternsOf(table)) {
      if (prefix.length > longest && name2.length >= prefix.length + suffix.length && name2.startsWith(prefix) && name2.endsWith(suffix)) {
        longest = prefix.length;
        matchedKey = key;
        star = name2.slice(prefix.length, name2.length - suffix.length);
      }
    }
  }
  if (matchedKey === void 0) return void 0;
  const substitutions = table[matchedKey];
  for (const substitution of Array.isArray(substitutions) ? substitutions : []) {
    if (typeof substitution !== "string") continue;
    const path = star !== void 0 ? substitution.replace("*", () => star) : substitution;
    const candidate = joinPath(base, path);
    if (candidate === void 0) continue;
    if (/\.(?:d\.[cm]?ts|[cm]?[jt]s|[jt]sx|json)$/.test(substitution)) {
      const exact = tryFile(candidate, state);
      if (exact) return { value: exact };
    }
    const found = loader(extensions, candidate, state);
    if (found) return { value: found };
  }
  return { value: void 0 };
}
var parsedPatterns = /* @__PURE__ */ new WeakMap();
function patternsOf(table) {
  let patterns = parsedPatterns.get(table);
  if (!patterns) {
    patterns = Object.keys(table).flatMap((key) => {
      const at2 = key.indexOf("*");
      return at2 === -1 || key.indexOf("*", at2 + 1) !== -1 ? [] : [{ key, prefix: key.slice(0, at2), suffix: key.slice(at2 + 1) }];
    });
    parsedPatterns.set(table, patterns);
  }
  return patterns;
}
function loadByRelativeName(extensions, candidate, trailingSlash, state, considerPackageJson) {
  if (!trailingSlash) {
    const fromFile = loadModuleFromFile(extensions, candidate, state);
    if (fromFile) return fromFile;
  }
  if (state.features & ESM) return void 0;
  const packageInfo = considerPackageJson ? packageJsonAt(candidate, state.tree) : void 0;
  return loadFromDirectory(extensions, candidate, state, packageInfo);
}
function packageJsonAt(dir, tree) {
  const json = tree.readJson(dir === "" ? "package.json" : `${dir}/package.json`);
  return json ? { dir, json } : void 0;
}
function pathField(json, field, dir) {
  const value = own(json, field);
  return typeof value === "string" && value !== "" ? joinPath(dir, value) : void 0;
}
function typesVersionsPaths(json) {
  const typesVersions = own(json, "typesVersions");
  if (!isObject(typesVersions)) return void 0;
  for (const key of Object.keys(typesVersions)) {
    const holds = rangeHoldsForTypeScript(key);
    if (holds === void 0) continue;
    if (holds) return isObject(typesVersions[key]) ? typesVersions[key] : void 0;
  }
  return void 0;
}
function loadFromDirectory(extensions, candidate, state, packageInfo) {
  const versionPaths = packageInfo ? typesVersionsPaths(packageInfo.json) : void 0;
  let packageFile;
  if (packageInfo && packageInfo.dir === candidate) {
    const { json, dir } = packageInfo;
    if (state.isConfigLookup) packageFile = pathField(json, "tsconfig", dir);
    else {
      packageFile = (extensions & DTS ? pathField(json, "typings", dir) ?? pathField(json, "types", dir) : void 0) ?? (extensions & (TS | JS | DTS) ? pathField(json, "main", dir) : void 0);
    }
  }
  const loader = (wanted, target, inner) => {
    const fromFile = loadFromPackageJsonField(wanted, target, inner);
    if (fromFile) return fromFile;
    const expanded = wanted === DTS ? TS | DTS : wanted;
    const features = inner.features;
    if (packageInfo?.json.type !== "module") inner.features &= ~ESM;
    const found = loadByRelativeName(expanded, target, false, inner, false);
    inner.features = features;
    return found;
  };
  const indexPath = joinPath(candidate, state.isConfigLookup ? "tsconfig" : "index");
  if (versionPaths && (!packageFile || isWithin(candidate, packageFile))) {
    const moduleName2 = relativeTo(candidate, packageFile ?? indexPath);
    const decided = loadUsingPaths(extensions, moduleName2, candidate, versionPaths, state, loader);
    if (decided) return decided.value;
  }
  const fromPackageFile = packageFile ? loader(extensions, packageFile, state) : void 0;
  if (fromPackageFile) return fromPackageFile;
  return state.features & ESM ? void 0 : loadModuleFromFile(extensions, indexPath, state);
}
function scopeOf(dir, tree) {
  for (const folder of ancestors(dir)) {
    const info2 = packageJsonAt(folder, tree);
    if (info2) return info2;
  }
  return void 0;
}
function bareFromPackage(name2, fromDir, extensions, state) {
  return nodeWorker(state.features, name2, fromDir, state.options, state.tree, extensions, false, state.conditions);
}
function loadFromPackageImports(extensions, name2, dir, state) {
  if (name2 === "#" || name2.startsWith("#/")) return void 0;
  const scope = scopeOf(dir, state.tree);
  return scope ? loadFromImports(scope, extensions, name2, state, bareFromPackage) : void 0;
}
function loadFromSelfName(extensions, name2, dir, state) {
  const scope = scopeOf(dir, state.tree);
  if (!scope || !scope.json.exports || typeof scope.json.name !== "string") return void 0;
  const parts2 = name2.split("/").filter((p) => p !== "");
  const nameParts = scope.json.name.split("/").filter((p) => p !== "");
  if (!nameParts.every((p, i2) => parts2[i2] === p)) return void 0;
  const rest = parts2.slice(nameParts.length);
  const subpath = rest.length ? `./${rest.join("/")}` : ".";
  return loadFromExports(scope, extensions, subpath, state, bareFromPackage);
}
function loadFromNearestNodeModules(extensions, name2, dir, state) {
  const priority = extensions & (TS | DTS);
  const secondary = extensions & ~(TS | DTS);
  const lookup = (wanted) => {
    for (const folder of ancestors(dir)) {
      if (baseOf(folder) === "node_modules") continue;
      const found = loadFromImmediateNodeModules(wanted, name2, folder, state);
      if (found) return found;
    }
    return void 0;
  };
  return (priority ? lookup(priority) : void 0) ?? (secondary ? lookup(secondary) : void 0);
}
var optionIds = /* @__PURE__ */ new WeakMap();
var lastOptionsId = 0;
function optionsId(options) {
  let id = optionIds.get(options);
  if (id === void 0) optionIds.set(options, id = ++lastOptionsId);
  return id;
}
function loadFromImmediateNodeModules(extensions, name2, folder, state) {
  const nodeModules = folder === "" ? "node_modules" : `${folder}/node_modules`;
  if (!state.tree.hasNodeModules(nodeModules)) return void 0;
  const key = [optionsId(state.options), extensions, state.features, state.isConfigLookup, state.conditions.join(), nodeModules, name2].join(
    "|"
  );
  return state.tree.remember(key, () => searchNodeModules(extensions, name2, nodeModules, state));
}
function searchNodeModules(extensions, name2, nodeModules, state) {
  const found = loadFromSpecificNodeModules(extensions, name2, nodeModules, state);
  if (found) return found;
  return extensions & DTS ? loadFromSpecificNodeModules(DTS, mangleScoped(name2), `${nodeModules}/@types`, state) : void 0;
}
function parsePackageName(name2) {
  let at2 = name2.indexOf("/");
  if (name2.startsWith("@")) at2 = name2.indexOf("/", at2 + 1);
  return at2 === -1 ? { packageName: name2, rest: "" } : { packageName: name2.slice(0, at2), rest: name2.slice(at2 + 1) };
}
function loadFromSpecificNodeModules(extensions, name2, nodeModules, state) {
  const candidate = joinPath(nodeModules, name2);
  if (candidate === void 0) return void 0;
  const { packageName, rest } = parsePackageName(name2);
  const packageDir = `${nodeModules}/${packageName}`;
  let packageInfo = packageJsonAt(candidate, state.tree);
  let rootInfo;
  if (rest !== "" && packageInfo) {
    rootInfo = packageJsonAt(packageDir, state.tree);
    if (!(state.features & EXPORTS) || !(rootInfo && Object.prototype.hasOwnProperty.call(rootInfo.json, "exports"))) {
      return loadModuleFromFile(extensions, candidate, state) ?? loadFromDirectory(extensions, candidate, state, packageInfo);
    }
  }
  const loader = (wanted, target, inner) => {
    let found = (rest || !(inner.features & ESM) ? loadModuleFromFile(wanted, target, inner) : void 0) ?? loadFromDirectory(wanted, target, inner, packageInfo);
    const noExports = packageInfo && (packageInfo.json.exports === void 0 || packageInfo.json.exports === null);
    if (!found && !rest && noExports && inner.features & ESM) {
      found = loadModuleFromFile(wanted, `${target}/index.js`, inner);
    }
    return found;
  };
  if (rest !== "") packageInfo = rootInfo ?? packageJsonAt(packageDir, state.tree);
  if (packageInfo && packageInfo.json.exports && state.features & EXPORTS) {
    return loadFromExports(packageInfo, extensions, rest ? `./${rest}` : ".", state, bareFromPackage);
  }
  const versionPaths = rest !== "" && packageInfo ? typesVersionsPaths(packageInfo.json) : void 0;
  if (versionPaths) {
    const decided = loadUsingPaths(extensions, rest, packageDir, versionPaths, state, loader);
    if (decided) return decided.value;
  }
  return loader(extensions, candidate, state);
}
function loadFromTypeRoots(name2, state) {
  for (const root of state.options.typeRoots ?? []) {
    const candidate = joinPath(root, root.endsWith("node_modules/@types") ? mangleScoped(name2) : name2);
    if (candidate === void 0) continue;
    const found = loadModuleFromFile(DTS, candidate, state) ?? loadFromDirectory(DTS, candidate, state, packageJsonAt(candidate, state.tree));
    if (found) return found;
  }
  return void 0;
}
function mangleScoped(name2) {
  return name2.startsWith("@") && name2.includes("/") ? name2.slice(1).replace("/", "__") : name2;
}

// src/languages/javascript/resolution/tree.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var NO_CONTENT = Object.freeze({});
var ResolutionTree = class _ResolutionTree {
  constructor(files, links, outputs, json, withoutDeclarations = false) {
    this.files = files;
    this.links = links;
    this.outputs = outputs;
    this.json = json;
    this.withoutDeclarations = withoutDeclarations;
    this.linkFolders = new Set([...links.keys()].map((link) => link.slice(0, link.lastIndexOf("node_modules/") + "node_modules".length)));
  }
  files;
  links;
  outputs;
  json;
  withoutDeclarations;
  /** The `<root>/node_modules` folders that hold links. */
  linkFolders;
  /** The same tree, declaration files taken away (sharing the indexes and parsed JSON). */
  hidingDeclarations() {
    return new _ResolutionTree(this.files, this.links, this.outputs, this.json, true);
  }
  /** An answer computed once per key for this tree (with or without declaration files). */
  remember(key, compute) {
    if (this.answers.has(key)) return this.answers.get(key);
    const answer = compute();
    this.answers.set(key, answer);
    return answer;
  }
  answers = /* @__PURE__ */ new Map();
  /** Whether a `node_modules` folder exists here: only workspace links make one (no node_modules is read). */
  hasNodeModules(folder) {
    return this.linkFolders.has(folder);
  }
  fileExists(path) {
    const real = this.realpath(path);
    if (this.withoutDeclarations && isDeclarationFile(real)) return false;
    return this.files.has(real) || this.outputs.has(real);
  }
  /** Where a path through a workspace link really is (TypeScript's `realpath`); other paths as they are. */
  realpath(path) {
    if (this.links.size === 0) return path;
    const at2 = path.startsWith("node_modules/") ? 0 : path.indexOf("/node_modules/") + 1;
    if (at2 === 0 && !path.startsWith("node_modules/")) return path;
    if (!this.linkFolders.has(path.slice(0, at2 + "node_modules".length))) return path;
    const nameStart = at2 + "node_modules/".length;
    let nameEnd = path.indexOf("/", nameStart);
    if (nameEnd !== -1 && path.startsWith("@", nameStart)) nameEnd = path.indexOf("/", nameEnd + 1);
    const target = this.links.get(nameEnd === -1 ? path : path.slice(0, nameEnd));
    if (target === void 0) return path;
    const below = nameEnd === -1 ? "" : path.slice(nameEnd + 1);
    const real = below === "" ? target : target === "" ? below : `${target}/${below}`;
    return real.includes("node_modules/") ? this.realpath(real) : real;
  }
  /** A JSON file of the tree (package.json, a config), parsed once; one that does not parse reads as `{}`. */
  readJson(path) {
    const real = this.realpath(path);
    if (!this.files.has(real)) return void 0;
    return this.json.text(real) === void 0 ? void 0 : this.json.json(real) ?? NO_CONTENT;
  }
};

// src/languages/javascript/resolution/tsconfig.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CONFIG_DIR = "${configDir}";
var MODULE = {
  none: 0,
  commonjs: 1,
  amd: 2,
  umd: 3,
  system: 4,
  es6: 5,
  es2015: 5,
  es2020: 6,
  es2022: 7,
  esnext: 99,
  node16: 100,
  node18: 101,
  node20: 102,
  nodenext: 199,
  preserve: 200
};
var TARGET = {
  es3: 0,
  es5: 1,
  es6: 2,
  es2015: 2,
  es2016: 3,
  es2017: 4,
  es2018: 5,
  es2019: 6,
  es2020: 7,
  es2021: 8,
  es2022: 9,
  es2023: 10,
  es2024: 11,
  esnext: 99
};
var RESOLUTION = {
  node: "node10",
  node10: "node10",
  classic: "classic",
  node16: "node16",
  nodenext: "nodenext",
  bundler: "bundler"
};
var BOOLEAN_OPTIONS = [
  "resolvePackageJsonExports",
  "resolvePackageJsonImports",
  "resolveJsonModule",
  "noDtsResolution",
  "preserveSymlinks",
  "allowJs",
  "composite",
  "declaration",
  "emitDeclarationOnly",
  "noEmit"
];
var PATH_OPTIONS = ["baseUrl", "outDir", "declarationDir", "rootDir", "outFile"];
var PATH_LIST_OPTIONS = ["rootDirs", "typeRoots"];
var STRING_LIST_OPTIONS = ["moduleSuffixes", "customConditions"];
var ConfigReader = class {
  constructor(tree, json) {
    this.tree = tree;
    this.json = json;
  }
  tree;
  json;
  parsed = /* @__PURE__ */ new Map();
  /** The config at `path` (undefined when it cannot be read at all), read once. */
  read(path) {
    if (!this.parsed.has(path)) this.parsed.set(path, this.parse(path));
    return this.parsed.get(path);
  }
  parse(path) {
    const text = this.json.text(path);
    if (text === void 0) return void 0;
    const json = parseJsoncBestEffort(text);
    const dir = parentOf(path);
    const layer = this.layer(json, dir, [path]);
    const options = finalOptions(layer.options, dir, baseOf(path) === "jsconfig.json");
    const resolveSpecs = (specs) => specs?.map((s) => writtenPath(s, dir)).filter((p) => p !== void 0);
    return {
      path,
      dir,
      options,
      files: resolveSpecs(layer.files),
      include: resolveSpecs(layer.include),
      exclude: resolveSpecs(layer.exclude),
      references: this.references(json, dir)
    };
  }
  layer(json, dir, stack) {
    const own2 = ownLayer(json, dir);
    const extended = own2.extendsNames;
    if (extended.length === 0) return own2.layer;
    const merged = { options: {} };
    for (const name2 of extended) {
      const path = this.extendsPath(name2, dir);
      if (path === void 0 || stack.includes(path)) continue;
      const base = this.json.json(path);
      if (base === void 0) continue;
      const baseLayer = this.layer(base, parentOf(path), [...stack, path]);
      for (const key of ["include", "exclude", "files"]) {
        if (json[key] === void 0 && baseLayer[key]) merged[key] = baseLayer[key];
      }
      Object.assign(merged.options, baseLayer.options);
    }
    return {
      options: { ...merged.options, ...own2.layer.options },
      include: own2.layer.include ?? merged.include,
      exclude: own2.layer.exclude ?? merged.exclude,
      files: own2.layer.files ?? merged.files
    };
  }
  /** Where `extends` points: a path (`.json` added when missing), or a package found as TypeScript finds one. */
  extendsPath(name2, dir) {
    const written = name2.replaceAll("\\", "/");
    if (written.startsWith("/")) return void 0;
    if (written.startsWith("./") || written.startsWith("../")) {
      const path = joinPath(dir, written);
      if (path === void 0) return void 0;
      if (this.tree.fileExists(path) || path.endsWith(".json")) return path;
      return this.tree.fileExists(`${path}.json`) ? `${path}.json` : void 0;
    }
    const found = resolveConfigName(written, dir, this.tree);
    return found === void 0 ? void 0 : this.tree.realpath(found);
  }
  references(json, dir) {
    const list = own(json, "references");
    if (!Array.isArray(list)) return [];
    const paths = [];
    for (const reference of list) {
      const written = isObject(reference) ? own(reference, "path") : void 0;
      if (typeof written !== "string") continue;
      const path = joinPath(dir, written);
      if (path === void 0) continue;
      paths.push(path.endsWith(".json") ? path : joinPath(path, "tsconfig.json"));
    }
    return paths;
  }
};
function ownLayer(json, dir) {
  const compilerOptions = own(json, "compilerOptions");
  const options = {};
  if (isObject(compilerOptions)) {
    for (const [key, value] of Object.entries(compilerOptions)) {
      const converted = convertOption(key, value, dir);
      if (converted !== void 0) options[key] = converted;
    }
  }
  const specs = (key) => {
    const list = stringArray(own(json, key));
    return list?.map((raw) => ({ raw, base: dir }));
  };
  const written = own(json, "extends");
  const extendsNames = typeof written === "string" ? [written] : stringArray(written) ?? [];
  return { layer: { options, include: specs("include"), exclude: specs("exclude"), files: specs("files") }, extendsNames };
}
function convertOption(key, value, dir) {
  const lower = typeof value === "string" ? value.toLowerCase() : void 0;
  switch (key) {
    case "module":
      return lower !== void 0 ? MODULE[lower] : void 0;
    case "target":
      return lower !== void 0 ? TARGET[lower] : void 0;
    case "moduleResolution":
      return lower !== void 0 ? RESOLUTION[lower] : void 0;
    case "jsx":
      return lower;
    case "paths": {
      if (!isObject(value)) return void 0;
      const table = {};
      for (const [pattern, list] of Object.entries(value)) table[pattern] = stringArray(list) ?? [];
      return { table, base: dir };
    }
  }
  if (BOOLEAN_OPTIONS.includes(key)) return typeof value === "boolean" ? value : void 0;
  if (PATH_OPTIONS.includes(key)) return typeof value === "string" ? { raw: value, base: dir } : void 0;
  if (PATH_LIST_OPTIONS.includes(key)) return stringArray(value)?.map((raw) => ({ raw, base: dir }));
  if (STRING_LIST_OPTIONS.includes(key)) return stringArray(value);
  return void 0;
}
function writtenPath(value, configDir) {
  if (value.raw.startsWith(CONFIG_DIR)) return joinPath(configDir, `./${value.raw.slice(CONFIG_DIR.length)}`);
  return joinPath(value.base, value.raw.replaceAll("\\", "/"));
}
function finalOptions(values, configDir, isJsconfig) {
  const options = { ...isJsconfig ? JSCONFIG_DEFAULTS : {}, configDir };
  for (const [key, value] of Object.entries(values)) {
    if (key === "paths") {
      const { table, base } = value;
      options.paths = table;
      options.pathsBasePath = base;
    } else if (PATH_OPTIONS.includes(key)) {
      const path = writtenPath(value, configDir);
      if (path !== void 0) options[key] = path;
    } else if (PATH_LIST_OPTIONS.includes(key)) {
      options[key] = value.map((v) => writtenPath(v, configDir)).filter((p) => p !== void 0);
    } else options[key] = value;
  }
  if (options.paths) {
    options.paths = withConfigDir(options.paths, configDir, options.baseUrl ?? options.pathsBasePath);
  }
  return options;
}
function withConfigDir(table, configDir, base) {
  const substituted = {};
  for (const [pattern, list] of Object.entries(table)) {
    substituted[pattern] = list.map((s) => {
      const target = s.startsWith(CONFIG_DIR) ? joinPath(configDir, `./${s.slice(CONFIG_DIR.length)}`) : void 0;
      return target === void 0 ? s : relativePath(base, target);
    });
  }
  return substituted;
}

// src/languages/javascript/resolution/workspaces.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch3 = __toESM(require_picomatch2(), 1);
var import_yaml = __toESM(require_dist(), 1);
var PACKAGE_NAME = /^(?:@[a-z0-9][\w.~-]*\/)?[a-z0-9~][\w.~-]*$/i;
function workspaceLinks(files, json) {
  const packageDirs = files.filter((f) => baseOf(f) === "package.json").map(parentOf);
  const links = /* @__PURE__ */ new Map();
  for (const file of files) {
    const patterns = workspacePatterns(file, json);
    if (!patterns) continue;
    const root = parentOf(file);
    const positive = patterns.filter((p) => !p.startsWith("!")).map(cleanPattern);
    const negative = patterns.filter((p) => p.startsWith("!")).map((p) => cleanPattern(p.slice(1)));
    if (positive.length === 0) continue;
    const matches = (0, import_picomatch3.default)(positive, { dot: true });
    const excluded = negative.length ? (0, import_picomatch3.default)(negative, { dot: true }) : () => false;
    for (const dir of packageDirs) {
      if (dir === root || !isWithin(root, dir)) continue;
      const relative2 = relativeTo(root, dir);
      if (!matches(relative2) || excluded(relative2)) continue;
      const name2 = own(json.json(dir === "" ? "package.json" : `${dir}/package.json`) ?? {}, "name");
      if (typeof name2 !== "string" || !PACKAGE_NAME.test(name2)) continue;
      const link = `${root === "" ? "" : `${root}/`}node_modules/${name2}`;
      if (!links.has(link)) links.set(link, dir);
    }
  }
  return links;
}
function cleanPattern(pattern) {
  return pattern.replace(/^\.\//, "").replace(/\/+$/, "");
}
function workspacePatterns(file, json) {
  const name2 = baseOf(file);
  if (name2 === "package.json") {
    const manifest = json.json(file);
    const workspaces = manifest ? own(manifest, "workspaces") : void 0;
    return stringArray(workspaces) ?? (isObject(workspaces) ? stringArray(own(workspaces, "packages")) : void 0);
  }
  if (name2 !== "pnpm-workspace.yaml") return void 0;
  try {
    const yaml = (0, import_yaml.parse)(json.text(file) ?? "");
    return isObject(yaml) ? stringArray(own(yaml, "packages")) : void 0;
  } catch {
    return void 0;
  }
}

// src/languages/javascript/resolution/project.ts
var GRAPH_FILE2 = /\.(?:[cm]?[jt]s|[jt]sx)$/;
var JsProject = class {
  fileSet;
  tree;
  hidden;
  optionsByDir = /* @__PURE__ */ new Map();
  /** One ResolverOptions per config, so answers remembered under one serve every folder it covers. */
  optionsByConfig = /* @__PURE__ */ new Map();
  /** TypeScript's answer depends on the folder, not the file: one per folder, mode (or a reference) and name. */
  answersByDir = /* @__PURE__ */ new Map();
  /** The file asked about last and what all its imports share (resolveJavaScript asks file by file). */
  importer;
  configs;
  constructor(files, readText) {
    this.fileSet = new Set(files);
    const json = new JsonFiles(readText);
    const links = workspaceLinks(files, json);
    this.configs = new ConfigReader(new ResolutionTree(this.fileSet, links, /* @__PURE__ */ new Map(), json), json);
    this.tree = new ResolutionTree(this.fileSet, links, projectOutputs(files, this.configs), json);
    this.hidden = this.tree.hidingDeclarations();
  }
  isGraphFile(path) {
    return GRAPH_FILE2.test(path) && this.fileSet.has(path);
  }
  /** The options of the nearest tsconfig.json (else jsconfig.json) from the file's folder up (§5.1, §5.2). */
  optionsFor(file) {
    const dir = parentOf(file);
    let options = this.optionsByDir.get(dir);
    if (!options) {
      const own2 = this.nearestConfigOptions(dir);
      options = this.optionsByConfig.get(own2) ?? resolverOptions(own2);
      this.optionsByConfig.set(own2, options);
      this.optionsByDir.set(dir, options);
    }
    return options;
  }
  nearestConfigOptions(dir) {
    for (const folder of ancestors(dir)) {
      for (const name2 of ["tsconfig.json", "jsconfig.json"]) {
        const path = folder === "" ? name2 : `${folder}/${name2}`;
        if (!this.fileSet.has(path)) continue;
        const config = this.configs.read(path);
        if (config) return config.options;
      }
    }
    return NO_CONFIG_OPTIONS;
  }
  resolve(from, imported) {
    const importer = this.importerOf(from);
    const { options } = importer;
    let mode = "reference";
    if (imported.form !== "reference") {
      importer.format ??= fileFormat(from, options, (f) => this.packageScope(f));
      mode = modeOf(imported, from, importer.format, options);
    }
    let byName = importer.answers.get(mode);
    if (!byName) importer.answers.set(mode, byName = /* @__PURE__ */ new Map());
    let outcome = byName.get(imported.specifier);
    if (!outcome) {
      const { specifier } = imported;
      const found = mode === "reference" ? this.reference(from, specifier) : this.resolveModule(from, specifier, options, mode);
      outcome = found ?? { kind: "unresolved", looksLocal: this.looksLocal(from, specifier) };
      byName.set(specifier, outcome);
    }
    return outcome;
  }
  importerOf(file) {
    if (this.importer?.file !== file) {
      const dir = parentOf(file);
      let answers = this.answersByDir.get(dir);
      if (!answers) this.answersByDir.set(dir, answers = /* @__PURE__ */ new Map());
      this.importer = { file, options: this.optionsFor(file), answers };
    }
    return this.importer;
  }
  resolveModule(from, specifier, options, mode) {
    const answer = resolveModuleName(specifier, from, options, this.tree, mode);
    if (answer === void 0) return void 0;
    const source2 = this.sourceOf(answer);
    if (isDeclarationFile(source2) && this.fileSet.has(source2)) {
      const runtime2 = resolveModuleName(specifier, from, options, this.hidden, mode);
      const runtimeSource = runtime2 === void 0 ? void 0 : this.sourceOf(runtime2);
      if (runtimeSource !== void 0 && this.isGraphFile(runtimeSource)) return { kind: "file", path: runtimeSource };
    }
    return this.outcome(source2);
  }
  /**
   * Whether an import that found nothing meant a file of this repository: a relative path, a `#` import,
   * a workspace package the importer sees (its subpath is missing), or a name that one of its `paths` maps.
   */
  looksLocal(from, specifier) {
    if (isRelativeName(specifier) || specifier.startsWith("#")) return true;
    const { packageName } = parsePackageName(specifier);
    for (const folder of ancestors(parentOf(from))) {
      if (this.tree.links.has(`${folder === "" ? "" : `${folder}/`}node_modules/${packageName}`)) return true;
    }
    return Object.keys(this.optionsFor(from).paths ?? {}).some((key) => {
      const star = key.indexOf("*");
      return star < 0 ? key === specifier : star > 0 && specifier.startsWith(key.slice(0, star)) && specifier.endsWith(key.slice(star + 1));
    });
  }
  /** `/// <reference path>`: relative to the file, `.ts`, `.tsx`, `.d.ts` tried when it has no extension. */
  reference(from, written) {
    const path = joinPath(parentOf(from), written.replaceAll("\\", "/"));
    if (path === void 0) return void 0;
    const candidates = /\.[^./]+$/.test(path) ? [path] : [`${path}.ts`, `${path}.tsx`, `${path}.d.ts`];
    const found = candidates.find((c) => this.tree.fileExists(c));
    return found === void 0 ? void 0 : this.outcome(this.sourceOf(found));
  }
  sourceOf(path) {
    const real = this.tree.realpath(path);
    return this.tree.outputs.get(real) ?? real;
  }
  outcome(path) {
    if (this.isGraphFile(path)) return { kind: "file", path };
    return this.fileSet.has(path) ? { kind: "not-graph", path } : void 0;
  }
  packageScope(file) {
    for (const folder of ancestors(parentOf(file))) {
      const info2 = packageJsonAt(folder, this.tree);
      if (info2) return { type: info2.json.type };
    }
    return void 0;
  }
};

// src/languages/javascript/removed-imports.ts
var IN_EACH_MODE = [
  { kind: "import", form: "import" },
  { kind: "type", form: "import", resolutionMode: "import" },
  { kind: "type", form: "import", resolutionMode: "require" }
];
function importsNamingRemoved(removed, references2, context) {
  const mine = new Set(removed.filter(isJsGraphFile));
  const result = new Map([...mine].map((path) => [path, []]));
  if (!mine.size) return result;
  const files = [.../* @__PURE__ */ new Set([...context.files, ...mine])].sort(byCodePoint);
  const project = new JsProject(files, (path) => context.readText(path));
  const directives = new PathReferences(context);
  const removedTarget = (outcome) => outcome.kind === "file" && mine.has(outcome.path) ? outcome.path : void 0;
  for (const reference of references2) {
    if (!isJsGraphFile(reference.from)) continue;
    const written = { line: reference.line, specifier: reference.specifier };
    const targets = new Set(IN_EACH_MODE.map((syntax) => removedTarget(project.resolve(reference.from, { ...written, ...syntax }))));
    const asDirective = removedTarget(project.resolve(reference.from, { ...written, kind: "type", form: "reference" }));
    if (asDirective && directives.holds(reference)) targets.add(asDirective);
    for (const target of targets) if (target !== void 0) result.get(target).push(reference);
  }
  for (const list of result.values()) list.sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line);
  return result;
}
var PathReferences = class {
  constructor(context) {
    this.context = context;
  }
  context;
  byFile = /* @__PURE__ */ new Map();
  holds(reference) {
    let found = this.byFile.get(reference.from);
    if (!found) {
      const text = this.context.readText(reference.from) ?? "";
      const lines = new LineTable(text);
      found = new Set(pathReferences(text).map(({ path, offset }) => `${lines.lineAt(offset)}\0${path}`));
      this.byFile.set(reference.from, found);
    }
    return found.has(`${reference.line}\0${reference.specifier}`);
  }
};

// src/languages/javascript/resolve.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var STRENGTH = ["import", "lazy", "type"];
function resolveJavaScript(facts, context) {
  const project = new JsProject(context.files, (path) => context.readText(path));
  const edges = [];
  const unresolved = [];
  const dynamic = [];
  const partial2 = [];
  for (const from of [...facts.keys()].sort(byCodePoint)) {
    const { imports, dynamic: calls, syntaxErrorLine } = facts.get(from);
    if (syntaxErrorLine !== void 0) partial2.push({ path: from, line: syntaxErrorLine });
    for (const call of calls) dynamic.push({ from, ...call });
    const pairs = /* @__PURE__ */ new Map();
    for (const imported of imports) {
      const outcome = project.resolve(from, imported);
      if (outcome.kind === "unresolved") {
        const entry = { from, specifier: imported.specifier, line: imported.line };
        unresolved.push(outcome.looksLocal ? { ...entry, looksLocal: true } : entry);
        continue;
      }
      if (outcome.kind !== "file" || outcome.path === from) continue;
      const to = outcome.path;
      const known = pairs.get(to);
      if (!known) pairs.set(to, { to, kind: imported.kind, line: imported.line, kinds: /* @__PURE__ */ new Set([imported.kind]) });
      else {
        known.kinds.add(imported.kind);
        if (STRENGTH.indexOf(imported.kind) < STRENGTH.indexOf(known.kind)) {
          known.kind = imported.kind;
          known.line = imported.line;
        }
      }
    }
    for (const { to, kind, line, kinds } of [...pairs.values()].sort((a, b) => byCodePoint(a.to, b.to))) {
      edges.push({ from, to, kind, line, ...kinds.size > 1 && { kinds: STRENGTH.filter((k) => kinds.has(k)) } });
    }
  }
  const tests = [...facts.keys()].filter(isJsTestFile);
  return { edges, unresolved, dynamic, partial: partial2, attributes: [], tests };
}

// src/languages/javascript/select.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function selectJsFiles(files) {
  return files.filter((file) => isJsGraphFile(file.path) && !/(?:^|\/)node_modules\//.test(file.path));
}

// src/languages/javascript/adapter.ts
var JavaScriptAdapter = class {
  /** `fast`: a lexical pre-scan hands the parser only the bodies that can import (scan.ts); `full` parses every byte. */
  constructor(extraction = "fast") {
    this.extraction = extraction;
  }
  extraction;
  id = "javascript";
  grammars = [...new Set(Object.values(JS_GRAMMARS))];
  edgeKinds = JS_EDGE_KINDS;
  languageNames = { javascript: "JavaScript", typescript: "TypeScript" };
  dynamicMeaning = "a dynamic import or a `require` with a computed name";
  reader;
  select(files) {
    return selectJsFiles(files);
  }
  languageOf(path) {
    return languageOfJs(path);
  }
  dialectOf(path) {
    return dialectOf(path);
  }
  isFacts(value) {
    return isJsFacts(value);
  }
  resolve(facts, context) {
    return resolveJavaScript(facts, context);
  }
  importsNaming = importsNamingRemoved;
  async init() {
    this.reader ??= await JsReader.load(this.extraction);
  }
  extract(source2, path) {
    if (!this.reader) throw new Error("JavaScriptAdapter.extract called before init()");
    return this.reader.extract(source2, path);
  }
};

// src/languages/python/adapter.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/changed-names.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function pythonChangedNames(parser, text, hunks) {
  parser.reset();
  const tree = parser.parse(text);
  if (!tree) return { all: true, why: "the module could not be parsed" };
  try {
    if (tree.rootNode.hasError) return { all: true, why: "the module has a syntax error" };
    const top = tree.rootNode.namedChildren.filter((n) => n !== null && n.type !== "comment").map(topStatement);
    const changed = /* @__PURE__ */ new Set();
    const touch = (statement, line) => {
      if (statement.names === null) return { all: true, why: `module-level code changed at line ${line}` };
      for (const name2 of statement.names) changed.add(name2);
      return void 0;
    };
    for (const hunk of hunks) {
      const [first, last] = hunk.count ? [hunk.start, hunk.start + hunk.count - 1] : [hunk.start, hunk.start + 1];
      for (const statement of top) {
        if (statement.end < first || statement.start > last) continue;
        const all = touch(statement, Math.max(first, statement.start));
        if (all) return all;
      }
      for (const line of hunk.removed) {
        const removed = removedTopLevel(line);
        if (removed === null) return { all: true, why: `module-level code removed near line ${hunk.start}` };
        if (removed) changed.add(removed);
      }
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const statement of top) {
        if (statement.names?.every((n) => changed.has(n))) continue;
        if (![...statement.refs].some((r) => changed.has(r) && !statement.names?.includes(r))) continue;
        if (statement.names === null) return { all: true, why: `module-level code at line ${statement.start} uses a changed name` };
        for (const name2 of statement.names) changed.add(name2);
        grew = true;
      }
    }
    return { all: false, names: [...changed].sort() };
  } finally {
    tree.delete();
  }
}
function removedTopLevel(line) {
  if (/^(?:\s|#|@|[)\]}]|$)/u.test(line)) return "";
  const definition = /^(?:async\s+)?(?:def|class)\s+([\p{L}_][\p{L}\p{N}_]*)/u.exec(line);
  if (definition) return definition[1];
  const assignment = /^([\p{L}_][\p{L}\p{N}_]*)\s*(?::|=(?!=)|[-+*/%&|^@]=|\/\/=|\*\*=|>>=|<<=)/u.exec(line);
  return assignment ? assignment[1] : null;
}
function topStatement(node) {
  return { start: node.startPosition.row + 1, end: node.endPosition.row + 1, names: boundNames(node), refs: references(node) };
}
function boundNames(node) {
  if (node.type === "decorated_definition") return boundNames(node.childForFieldName("definition"));
  if (node.type === "function_definition" || node.type === "class_definition") return [node.childForFieldName("name").text];
  if (node.type !== "expression_statement" || node.namedChildCount !== 1) return null;
  const names = [];
  for (let target = node.namedChildren[0]; target; ) {
    if (target.type !== "assignment" && target.type !== "augmented_assignment") break;
    const left = target.childForFieldName("left");
    const plain2 = left?.type === "identifier" ? [left] : left?.type === "pattern_list" || left?.type === "tuple_pattern" ? left.namedChildren : [];
    if (!plain2.length || !plain2.every((n) => n?.type === "identifier")) return null;
    names.push(...plain2.map((n) => n.text));
    target = target.childForFieldName("right");
  }
  return names.length ? names : null;
}
function references(node) {
  const refs = /* @__PURE__ */ new Set();
  const cursor = node.walk();
  try {
    for (; ; ) {
      const type = cursor.nodeType;
      const field = cursor.currentFieldName;
      let descend2 = true;
      if (type === "identifier") {
        const parent = cursor.currentNode.parent?.type;
        const skipped = parent === "attribute" && field === "attribute" || parent === "keyword_argument" && field === "name" || (parent === "function_definition" || parent === "class_definition") && field === "name" || parent === "parameters" || parent === "lambda_parameters" || (parent === "default_parameter" || parent === "typed_default_parameter") && field === "name" || parent === "typed_parameter" || parent === "list_splat_pattern" || parent === "dictionary_splat_pattern" || parent === "global_statement" || parent === "nonlocal_statement";
        if (!skipped) refs.add(cursor.currentNode.text);
      } else if (type === "import_statement" || type === "import_from_statement" || type === "future_import_statement") descend2 = false;
      if (descend2 && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) if (!cursor.gotoParent() || cursor.currentNode.id === node.id) return refs;
    }
  } finally {
    cursor.delete();
  }
}

// src/languages/python/decode.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var UTF8_BOM = [239, 187, 191];
function decodePython(bytes) {
  let start2 = 0;
  if (UTF8_BOM.every((b, i2) => bytes[i2] === b)) start2 = 3;
  const body2 = bytes.subarray(start2);
  const encoding = start2 ? "utf-8" : declaredEncoding(body2);
  let text;
  try {
    text = decoderFor(encoding).decode(body2);
  } catch {
    throw new UndecodableSource(
      `not ${encoding} text (${encoding === "utf-8" ? "and no coding line names another" : "as its coding line says"})`
    );
  }
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
var decoders = /* @__PURE__ */ new Map();
function decoderFor(encoding) {
  let decoder = decoders.get(encoding);
  if (!decoder) decoders.set(encoding, decoder = new TextDecoder(encoding, { ignoreBOM: true, fatal: true }));
  return decoder;
}
function declaredEncoding(bytes) {
  const second = bytes.indexOf(10) + 1;
  if (!startsComment(bytes, 0) && (second === 0 || !startsComment(bytes, second))) return "utf-8";
  let end = 0;
  for (let lines = 0; end < bytes.length && end < 400; end++) {
    if (bytes[end] === 10 && ++lines === 2) break;
  }
  const head = String.fromCharCode(...bytes.subarray(0, end));
  for (const line of head.split(/\r\n|\r|\n/).slice(0, 2)) {
    const match = CODING.exec(line);
    if (match) return supportedLabel(match[1].toLowerCase());
    if (!/^[ \t\f]*(#|$)/.test(line)) break;
  }
  return "utf-8";
}
function startsComment(bytes, start2) {
  let i2 = start2;
  while (bytes[i2] === 32 || bytes[i2] === 9 || bytes[i2] === 12) i2++;
  return bytes[i2] === 35;
}
function supportedLabel(label) {
  const normal = label.replace(/_/g, "-");
  const aliased = normal === "latin-1" || normal === "iso-latin-1" || normal === "l1" ? "latin1" : normal;
  try {
    new TextDecoder(aliased);
    return aliased;
  } catch {
    return "utf-8";
  }
}

// src/languages/python/path-facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/packaging-decl.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function cleanDir(raw) {
  return raw.replaceAll("\\", "/").split("/").filter((part) => part !== "" && part !== ".").join("/");
}
function oldestPython(spec) {
  const match = spec && /(?:>=|~=|\^|==)\s*(3\.\d+)/.exec(spec);
  return match ? match[1] : void 0;
}
function normalPath(path) {
  const parts2 = [];
  for (const part of path.replaceAll("\\", "/").split("/")) {
    if (part === "" || part === ".") continue;
    if (part !== "..") parts2.push(part);
    else if (!parts2.length) return void 0;
    else parts2.pop();
  }
  return parts2.join("/");
}
function listedPackages(dir, listed, mapped, why) {
  const taken = new Set(mapped.flatMap((r) => r.include ?? []));
  const include = [...new Set(listed.map((p) => p.split(".")[0]))].filter((top) => !taken.has(top));
  return include.length ? [{ dir, why, namespaces: true, include }] : [];
}

// src/languages/python/path-facts.ts
var FILE = { kind: "path", file: true, up: 0, down: [] };
var SYS_PATH_EDIT = /\bsys\s*\.\s*path\s*\.\s*(insert|append)\b/;
var NAME_COMPARED = /\b__name__(?:[\s\\)]|#[^\n]*\n)*==/g;
var COMPARED_WITH_NAME = /==(?:[\s\\(]|#[^\n]*\n)*__name__\b/;
var KEYWORDS3 = new Set(
  "False None True and as assert async await break class continue def del elif else except exec finally for from global if import in is lambda nonlocal not or pass print raise return try while with yield".split(
    " "
  )
);
function mayTestMain(text) {
  if (!text.includes("__name__")) return false;
  if (COMPARED_WITH_NAME.test(text)) return true;
  NAME_COMPARED.lastIndex = 0;
  for (let match = NAME_COMPARED.exec(text); match; match = NAME_COMPARED.exec(text)) {
    if (!isAttributeOfName(text, match.index)) return true;
  }
  return false;
}
function isAttributeOfName(text, at2) {
  if (text.charCodeAt(at2 - 1) !== 46) return false;
  let start2 = at2 - 1;
  while (start2 > 0 && /\w/.test(text[start2 - 1])) start2--;
  const name2 = text.slice(start2, at2 - 1);
  return /^[A-Za-z_]\w*$/.test(name2) && !KEYWORDS3.has(name2);
}
function readPathFacts(text, parser, path, extraction = "fast") {
  const shebang = text.startsWith("#!");
  const isSetup = baseName(path) === "setup.py";
  const extendsPath = /^__init__\.pyi?$/.test(baseName(path)) && /\b(extend_path|declare_namespace)\s*\(/.test(text);
  const plain2 = { ...shebang && { program: true }, ...extendsPath && { extendsPath: true } };
  const needsTree = extraction === "full" || isSetup || SYS_PATH_EDIT.test(text) || !shebang && mayTestMain(text);
  if (!needsTree) return plain2;
  parser.reset();
  const tree = parser.parse(text);
  if (!tree) return plain2;
  try {
    return { ...plain2, ...pathFactsOf(tree.rootNode, shebang, isSetup) };
  } finally {
    tree.delete();
  }
}
function pathFactsOf(root, shebang, isSetup) {
  const names = /* @__PURE__ */ new Map();
  const edits = [];
  let program = shebang;
  let setup;
  const visit2 = (statements) => {
    for (const statement of statements) {
      if (!statement) continue;
      if (statement.type === "if_statement" && isMainTest(statement.childForFieldName("condition"))) program = true;
      if (["if_statement", "try_statement", "with_statement", "else_clause", "elif_clause", "except_clause", "finally_clause"].includes(
        statement.type
      )) {
        for (const child of statement.namedChildren) if (child.type === "block") visit2(child.namedChildren);
        for (const child of statement.namedChildren) if (child.type !== "block") visit2([child]);
        continue;
      }
      if (statement.type !== "expression_statement") continue;
      const expression = statement.namedChildren[0];
      if (expression?.type === "assignment") {
        const left = expression.childForFieldName("left");
        const value = evaluate(expression.childForFieldName("right"), names);
        if (left?.type === "identifier" && value) names.set(left.text, value);
      } else if (expression?.type === "call") {
        const callee = expression.childForFieldName("function")?.text.replace(/\s+/g, "");
        const args2 = expression.childForFieldName("arguments")?.namedChildren ?? [];
        if (callee === "sys.path.insert" || callee === "sys.path.append") {
          const value = evaluate(args2[callee.endsWith("insert") ? 1 : 0] ?? null, names);
          const dir = value?.kind === "path" ? folderOf(value) : void 0;
          if (dir !== void 0) edits.push(dir);
        } else if (isSetup && /^(setuptools\.|distutils\.core\.)?setup$/.test(callee ?? "")) setup = setupDecl(args2, names);
      }
    }
  };
  visit2(root.namedChildren);
  return { ...program && { program: true }, ...edits.length && { pathEdits: edits }, ...setup && { setup } };
}
function isMainTest(test) {
  const bare = unwrap(test);
  if (bare?.type !== "comparison_operator" || bare.children.filter((c) => c.type === "==").length !== 1) return false;
  const sides = bare.namedChildren.filter((c) => c.type !== "comment" && c.type !== "line_continuation").map(unwrap).map((c) => c?.type === "string" || c?.type === "concatenated_string" ? stringValue(c) : c?.text);
  return sides.length === 2 && sides.includes("__name__") && sides.includes("__main__");
}
function unwrap(node) {
  let bare = node;
  while (bare?.type === "parenthesized_expression") bare = bare.namedChildren.find((c) => c.type !== "comment") ?? null;
  return bare;
}
function folderOf(value) {
  if (value.file) return void 0;
  return [...Array(value.up).fill(".."), ...value.down].join("/");
}
function dirname(value) {
  if (value.file) return { kind: "path", file: false, up: 0, down: [] };
  if (value.down.length) return { ...value, down: value.down.slice(0, -1) };
  return { ...value, up: value.up + 1 };
}
function join5(value, parts2) {
  let built = value;
  for (const part of parts2.flatMap((p) => p.split("/"))) {
    if (part === "" || part === ".") continue;
    if (part === "..")
      built = dirname(built);
    else if (built.file)
      return void 0;
    else built = { ...built, down: [...built.down, part] };
  }
  return built;
}
var PATH_CALLS = /* @__PURE__ */ new Set([
  "os.path.abspath",
  "os.path.realpath",
  "os.path.normpath",
  "str",
  "os.fspath",
  "Path",
  "pathlib.Path",
  "PurePath",
  "pathlib.PurePath"
]);
function evaluate(node, names) {
  if (!node) return void 0;
  switch (node.type) {
    case "parenthesized_expression":
      return evaluate(node.namedChildren[0] ?? null, names);
    case "string": {
      const value = stringValue(node);
      return value === void 0 ? void 0 : { kind: "str", value };
    }
    case "identifier":
      return node.text === "__file__" ? FILE : names.get(node.text);
    case "list":
    case "tuple": {
      const items = node.namedChildren.map((c) => evaluate(c, names));
      return items.every(Boolean) ? { kind: "list", items } : void 0;
    }
    case "dictionary": {
      const entries = [];
      for (const pair of node.namedChildren) {
        const key = pair.type === "pair" ? evaluate(pair.childForFieldName("key"), names) : void 0;
        const value = pair.type === "pair" ? evaluate(pair.childForFieldName("value"), names) : void 0;
        if (key?.kind !== "str" || !value) return void 0;
        entries.push([key.value, value]);
      }
      return { kind: "dict", entries };
    }
    case "attribute": {
      const object = evaluate(node.childForFieldName("object"), names);
      const attribute2 = node.childForFieldName("attribute")?.text;
      return object?.kind === "path" && attribute2 === "parent" ? dirname(object) : void 0;
    }
    case "subscript": {
      const value = node.childForFieldName("value");
      const index = node.childForFieldName("subscript");
      if (value?.type !== "attribute" || value.childForFieldName("attribute")?.text !== "parents" || index?.type !== "integer")
        return void 0;
      let built = evaluate(value.childForFieldName("object"), names);
      if (built?.kind !== "path") return void 0;
      for (let k = 0; k <= Number(index.text); k++) built = dirname(built);
      return built;
    }
    case "binary_operator": {
      const left = evaluate(node.childForFieldName("left"), names);
      const right = evaluate(node.childForFieldName("right"), names);
      if (node.childForFieldName("operator")?.text !== "/" || left?.kind !== "path" || right?.kind !== "str") return void 0;
      return join5(left, [right.value]);
    }
    case "call":
      return evaluateCall(node, names);
    default:
      return void 0;
  }
}
function evaluateCall(node, names) {
  const callee = node.childForFieldName("function");
  const name2 = callee?.text.replace(/\s+/g, "") ?? "";
  const args2 = node.childForFieldName("arguments")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  const positional = args2.filter((a) => a.type !== "keyword_argument");
  const keyword = (key) => args2.find((a) => a.type === "keyword_argument" && a.childForFieldName("name")?.text === key)?.childForFieldName("value") ?? null;
  if (callee?.type === "attribute" && ["resolve", "absolute"].includes(callee.childForFieldName("attribute")?.text ?? "")) {
    const object = evaluate(callee.childForFieldName("object"), names);
    if (object?.kind === "path") return object;
  }
  if (name2 === "os.path.dirname" && positional.length === 1) {
    const value = evaluate(positional[0], names);
    return value?.kind === "path" ? dirname(value) : void 0;
  }
  if (PATH_CALLS.has(name2) && positional.length === 1) {
    const value = evaluate(positional[0], names);
    if (value?.kind === "path") return value;
    return value?.kind === "str" && name2 !== "Path" && name2 !== "pathlib.Path" ? value : void 0;
  }
  if (name2 === "os.path.join" && positional.length >= 1) {
    const values = positional.map((a) => evaluate(a, names));
    if (values.every((v) => v?.kind === "str")) return { kind: "str", value: values.map((v) => v.value).join("/") };
    const [first, ...rest] = values;
    if (first?.kind !== "path" || !rest.every((v) => v?.kind === "str")) return void 0;
    return join5(
      first,
      rest.map((v) => v.value)
    );
  }
  const find = /^(setuptools\.)?(find_packages|find_namespace_packages|PEP420PackageFinder\.find)$/.exec(name2);
  if (find) {
    const where = evaluate(keyword("where") ?? positional[0] ?? null, names);
    const include = listOf(evaluate(keyword("include") ?? positional[2] ?? null, names));
    const exclude = listOf(evaluate(keyword("exclude") ?? positional[1] ?? null, names));
    if (where && where.kind !== "str") return void 0;
    return {
      kind: "find",
      namespaces: find[2] !== "find_packages",
      ...where && { where: where.value },
      ...include && { include },
      ...exclude && { exclude }
    };
  }
  return void 0;
}
function listOf(value) {
  if (value?.kind !== "list" || !value.items.every((i2) => i2.kind === "str")) return void 0;
  return value.items.map((i2) => i2.value);
}
function setupDecl(args2, names) {
  const keyword = /* @__PURE__ */ new Map();
  for (const a of args2)
    if (a?.type === "keyword_argument") keyword.set(a.childForFieldName("name")?.text ?? "", a.childForFieldName("value"));
  const problems = [];
  const roots = [];
  let base = "";
  if (keyword.has("package_dir")) {
    const mapping = evaluate(keyword.get("package_dir"), names);
    if (mapping?.kind !== "dict" || !mapping.entries.every(([, v]) => v.kind === "str"))
      problems.push("setup.py package_dir is not a literal: not read");
    else {
      for (const [name2, dir] of mapping.entries) {
        const folder = cleanDir(dir.value);
        if (name2 === "") base = folder;
        else {
          const parts2 = name2.split(".");
          if (folder.split("/").slice(-parts2.length).join(".") === name2) {
            roots.push({
              dir: folder.split("/").slice(0, -parts2.length).join("/"),
              why: "setup.py package_dir",
              namespaces: true,
              include: [parts2[0]]
            });
          } else problems.push(`setup.py package_dir: package ${name2} lives in ${folder}, a folder of another name: not followed`);
        }
      }
    }
  }
  const packages = keyword.has("packages") ? evaluate(keyword.get("packages"), names) : void 0;
  if (packages?.kind === "find") {
    roots.push({
      dir: packages.where === void 0 ? base : cleanDir(packages.where),
      why: `setup.py packages=${packages.namespaces ? "find_namespace_packages" : "find_packages"}()`,
      namespaces: packages.namespaces,
      ...packages.include && { include: packages.include.map((p) => p.split(".")[0]) },
      ...packages.exclude && { exclude: packages.exclude.filter((p) => !p.includes(".")) }
    });
  } else if (listOf(packages)) {
    roots.push(...listedPackages(base, listOf(packages), roots, "setup.py packages"));
  } else if (keyword.has("packages")) problems.push("setup.py packages is not a literal: not read");
  else if (base !== "") roots.push({ dir: base, why: "setup.py package_dir", namespaces: true });
  const requires = keyword.has("python_requires") ? evaluate(keyword.get("python_requires"), names) : void 0;
  const oldest = requires?.kind === "str" ? oldestPython(requires.value) : void 0;
  return { project: true, roots, pytest: false, problems, ...oldest && { oldestPython: oldest } };
}
function stringValue(node) {
  if (node.type === "concatenated_string") {
    const parts3 = node.namedChildren.map((c) => stringValue(c));
    return parts3.every((p) => p !== void 0) ? parts3.join("") : void 0;
  }
  const start2 = node.namedChildren.find((c) => c.type === "string_start")?.text ?? "";
  if (/[fFbB]/.test(start2)) return void 0;
  const parts2 = node.namedChildren.filter((c) => c.type !== "string_start" && c.type !== "string_end");
  if (parts2.length === 0) return "";
  if (parts2.length !== 1 || parts2[0].type !== "string_content") return void 0;
  return parts2[0].text;
}
var isRecord3 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isStrings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
function isPathFacts(value) {
  if (!isRecord3(value)) return false;
  if (value.program !== void 0 && value.program !== true) return false;
  if (value.extendsPath !== void 0 && value.extendsPath !== true) return false;
  if (value.pathEdits !== void 0 && !isStrings(value.pathEdits)) return false;
  const setup = value.setup;
  if (setup === void 0) return true;
  if (!isRecord3(setup) || typeof setup.project !== "boolean" || typeof setup.pytest !== "boolean" || !isStrings(setup.problems))
    return false;
  if (setup.oldestPython !== void 0 && typeof setup.oldestPython !== "string") return false;
  return Array.isArray(setup.roots) && setup.roots.every(
    (r) => isRecord3(r) && typeof r.dir === "string" && typeof r.why === "string" && typeof r.namespaces === "boolean" && (r.include === void 0 || isStrings(r.include)) && (r.exclude === void 0 || isStrings(r.exclude))
  );
}

// src/languages/python/extract.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/name-reads.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/own-strings.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function ownString(value) {
  return value.length < 13 ? value : (" " + value).slice(1);
}

// src/languages/python/name-reads.ts
var EXPORTS2 = "__all__";
var isIdentifierChar = (code2) => code2 >= 97 && code2 <= 122 || code2 >= 65 && code2 <= 90 || code2 >= 48 && code2 <= 57 || code2 === 95 || code2 > 127;
var isBlank = (code2) => code2 === 32 || code2 === 9 || code2 === 12 || code2 === 13 || code2 === 10 || code2 === 92;
var isQuote = (code2) => code2 === 34 || code2 === 39;
var codeAt = (text, k) => k < text.length ? text.charCodeAt(k) : -1;
function readNames(text, names, where) {
  const nameAt = nameTable(text, names);
  const found = /* @__PURE__ */ new Map();
  let skip = 0;
  const occurrence = (name2, at2) => {
    if (found.get(name2)?.bare) return;
    while (skip < where.skipped.length && where.skipped[skip].end <= at2) skip++;
    const skipped = skip < where.skipped.length ? where.skipped[skip] : void 0;
    if (skipped && skipped.start <= at2 || precededByDot(text, at2, where.literals)) return;
    const path = attributePath(text, at2 + name2.length, where.literals);
    if (name2 === EXPORTS2 && path === "" && assigned(text, at2 + name2.length)) return;
    const entry = found.get(name2) ?? { attributes: /* @__PURE__ */ new Set(), bare: false };
    found.set(name2, entry);
    if (path !== "") entry.attributes.add(path);
    else {
      entry.bare = true;
      entry.attributes.clear();
    }
  };
  const words2 = (from, to, field) => {
    for (let i2 = from; i2 < to; i2++) {
      if (!isIdentifierChar(text.charCodeAt(i2))) continue;
      let end = i2 + 1;
      while (end < to && isIdentifierChar(text.charCodeAt(end))) end++;
      const first = text.charCodeAt(i2);
      const name2 = first >= 48 && first <= 57 ? void 0 : nameAt(i2, end);
      if (name2 !== void 0 && !isQuote(codeAt(text, end)) && !(field && !inField(text, field.start, i2))) occurrence(name2, i2);
      i2 = end;
    }
  };
  const known = where.words;
  if (known) {
    const formatted = where.literals.filter((span) => span.formatted);
    let next = 0;
    let nextEnd = formatted.length ? formatted[0].end : Infinity;
    for (let k = 0; k < known.length; k += 2) {
      const start2 = known[k];
      const end = known[k + 1];
      for (; nextEnd <= start2; nextEnd = ++next < formatted.length ? formatted[next].end : Infinity) {
        const span = formatted[next];
        words2(span.start, span.end, span);
      }
      const name2 = nameAt(start2, end);
      if (name2 !== void 0 && !isQuote(codeAt(text, end))) occurrence(name2, start2);
    }
    for (; next < formatted.length; next++) words2(formatted[next].start, formatted[next].end, formatted[next]);
  } else {
    let code2 = 0;
    for (const literal2 of where.literals) {
      words2(code2, literal2.start);
      if (literal2.formatted) words2(literal2.start, literal2.end, literal2);
      code2 = literal2.end;
    }
    words2(code2, text.length);
  }
  return [...found.keys()].sort().map((name2) => {
    const { attributes, bare } = found.get(name2);
    return { name: name2, attributes: [...attributes].sort(), bare };
  });
}
function nameTable(text, names) {
  const byLength = [];
  for (const name2 of /* @__PURE__ */ new Set([...names, EXPORTS2])) {
    while (byLength.length <= name2.length) byLength.push([]);
    byLength[name2.length].push(name2);
  }
  return (start2, end) => {
    if (end - start2 >= byLength.length) return void 0;
    const same = byLength[end - start2];
    for (let k = 0; k < same.length; k++) if (text.startsWith(same[k], start2)) return same[k];
    return void 0;
  };
}
function inField(text, start2, at2) {
  let depth = 0;
  for (let k = start2; k < at2; k++) {
    const c = text.charCodeAt(k);
    if (c === 123) {
      if (depth === 0 && text.charCodeAt(k + 1) === 123) k++;
      else depth++;
    } else if (c === 125) {
      if (depth === 0 && text.charCodeAt(k + 1) === 125) k++;
      else if (depth > 0) depth--;
    }
  }
  return depth > 0;
}
function spanAt(spans, at2) {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = low + high >> 1;
    const span = spans[mid];
    if (span.end <= at2) low = mid + 1;
    else if (span.start > at2) high = mid - 1;
    else return span;
  }
  return void 0;
}
function precededByDot(text, at2, literals) {
  for (let k = at2 - 1; k >= 0; ) {
    const c = text.charCodeAt(k);
    if (c === 46) return true;
    if (c === 10) {
      k--;
      const comment = spanAt(literals, k);
      if (comment && text.charCodeAt(comment.start) === 35) k = comment.start - 1;
    } else if (isBlank(c)) k--;
    else return false;
  }
  return false;
}
function skipBlanks(text, k, literals) {
  for (; ; ) {
    while (k < text.length && isBlank(text.charCodeAt(k))) k++;
    if (codeAt(text, k) !== 35) return k;
    k = spanAt(literals, k)?.end ?? text.length;
  }
}
function attributePath(text, end, literals) {
  const parts2 = [];
  for (let k = end; ; ) {
    const dot = skipBlanks(text, k, literals);
    if (codeAt(text, dot) !== 46) break;
    const start2 = skipBlanks(text, dot + 1, literals);
    const first = codeAt(text, start2);
    if (!isIdentifierChar(first) || first >= 48 && first <= 57) break;
    let stop2 = start2;
    while (stop2 < text.length && isIdentifierChar(text.charCodeAt(stop2))) stop2++;
    parts2.push(text.slice(start2, stop2));
    k = stop2;
  }
  return ownString(parts2.join("."));
}
function assigned(text, end) {
  let k = end;
  while (codeAt(text, k) === 32 || codeAt(text, k) === 9 || codeAt(text, k) === 12) k++;
  const c = codeAt(text, k);
  if (c === 61) return codeAt(text, k + 1) !== 61;
  return c === 58 || c === 43 && codeAt(text, k + 1) === 61;
}

// src/languages/python/plain-calls.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/plain-imports.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var KEYWORDS4 = new Set(
  "False None True __future__ and as assert async await break case class continue def del elif else except exec finally for from global if import in is lambda match nonlocal not or pass print raise return try type while with yield".split(
    " "
  )
);
var SPACE2 = 32;
var TAB = 9;
var NEWLINE = 10;
var HASH2 = 35;
var BACKSLASH2 = 92;
var DOT2 = 46;
var COMMA = 44;
var STAR = 42;
var OPEN2 = 40;
var CLOSE2 = 41;
var isNameStart2 = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
var isNameChar2 = (c) => isNameStart2(c) || c >= 48 && c <= 57;
function tokens(text, start2, end) {
  const found = [];
  let depth = 0;
  for (let i2 = start2; i2 < end; ) {
    const c = text.charCodeAt(i2);
    if (c === SPACE2 || c === TAB) i2++;
    else if (c === BACKSLASH2 && text.charCodeAt(i2 + 1) === NEWLINE) i2 += 2;
    else if (depth > 0 && c === NEWLINE) i2++;
    else if (depth > 0 && c === HASH2) {
      const next = text.indexOf("\n", i2);
      if (next < 0 || next >= end) return void 0;
      i2 = next;
    } else if (isNameStart2(c)) {
      let stop2 = i2 + 1;
      while (stop2 < end && isNameChar2(text.charCodeAt(stop2))) stop2++;
      if (stop2 < end && text.charCodeAt(stop2) > 127) return void 0;
      found.push(ownString(text.slice(i2, stop2)));
      i2 = stop2;
    } else if (c === DOT2 || c === COMMA || c === STAR) {
      found.push(c);
      i2++;
    } else if (c === OPEN2) {
      if (depth++ > 0) return void 0;
      found.push(c);
      i2++;
    } else if (c === CLOSE2) {
      if (--depth < 0) return void 0;
      found.push(c);
      i2++;
    } else return void 0;
  }
  return depth === 0 ? found : void 0;
}
var isName = (token) => typeof token === "string" && !KEYWORDS4.has(token);
var Reader = class {
  // past `import` or `from`
  constructor(list) {
    this.list = list;
  }
  list;
  at = 1;
  get next() {
    return this.list[this.at];
  }
  get done() {
    return this.at === this.list.length;
  }
  /** Takes `token` if it is next. */
  take(token) {
    if (this.list[this.at] !== token) return false;
    this.at++;
    return true;
  }
  /** A plain name, or undefined (nothing taken). */
  name() {
    const token = this.list[this.at];
    if (!isName(token)) return void 0;
    this.at++;
    return token;
  }
  /** A dotted name (`a . b` is `a.b`), or undefined. */
  dotted() {
    let name2 = this.name();
    if (name2 === void 0) return void 0;
    while (this.take(DOT2)) {
      const part = this.name();
      if (part === void 0) return void 0;
      name2 += "." + part;
    }
    return name2;
  }
  /** `as name` if there: the name; null where there is no `as`; undefined where its name is not a plain one. */
  alias() {
    return this.take("as") ? this.name() : null;
  }
};
function readPlainImport(text, statement) {
  const list = tokens(text, statement.start, statement.end);
  if (!list || list.length < 2) return void 0;
  const reader = new Reader(list);
  if (list[0] === "import") return plainStatement(reader, statement);
  return list[0] === "from" ? fromStatement(reader, statement) : void 0;
}
function plainStatement(reader, { line, context }) {
  const found = [];
  do {
    const module2 = reader.dotted();
    const alias = module2 === void 0 ? void 0 : reader.alias();
    if (module2 === void 0 || alias === void 0) return void 0;
    found.push({ line, context, level: 0, module: module2, names: null, ...alias !== null && { aliases: [alias] } });
  } while (reader.take(COMMA));
  return reader.done ? found : void 0;
}
function fromStatement(reader, { line, context }) {
  let level = 0;
  while (reader.take(DOT2)) level++;
  let module2 = "";
  if (level === 0 && reader.take("__future__")) module2 = "__future__";
  else if (level === 0 || reader.next !== "import") module2 = reader.dotted();
  if (module2 === void 0 || !reader.take("import")) return void 0;
  if (reader.take(STAR)) return reader.done && module2 !== "__future__" ? [{ line, context, level, module: module2, names: ["*"] }] : void 0;
  const parenthesized = reader.take(OPEN2);
  const names = [];
  const aliases = [];
  do {
    if (parenthesized && reader.next === CLOSE2 && names.length) break;
    const name2 = reader.name();
    const alias = name2 === void 0 ? void 0 : reader.alias();
    if (name2 === void 0 || alias === void 0) return void 0;
    names.push(name2);
    aliases.push(alias);
  } while (reader.take(COMMA));
  if (parenthesized && !reader.take(CLOSE2) || !reader.done) return void 0;
  return [{ line, context, level, module: module2, names, ...aliases.some((a) => a !== null) && { aliases } }];
}

// src/languages/python/plain-calls.ts
var PLAIN_CALL = /^(?:([A-Za-z_]\w*)[ \t]*=[ \t]*)?((?:[A-Za-z_]\w*\.)*(?:import_module|__import__))\((["'])([ !#-&(-[\]-~]*)\3\)$/;
var isPlainName = (name2) => !KEYWORDS4.has(name2) && name2 !== "__all__";
function readPlainCall(text, statement) {
  const match = PLAIN_CALL.exec(text.slice(statement.start, statement.end));
  if (!match) return void 0;
  const [, target, callee, , specifier] = match;
  if (target !== void 0 && !isPlainName(target)) return void 0;
  for (const part of callee.split(".")) if (!isPlainName(part)) return void 0;
  return specifier;
}

// src/languages/python/scan.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/settings-names.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SETTING = "INSTALLED_APPS|[A-Z][A-Z0-9_]*_APPS|MIDDLEWARE(?:_CLASSES)?|ROOT_URLCONF|DEFAULT_AUTO_FIELD|[A-Z][A-Z0-9_]*_BACKENDS?";
var SETTING_NAME = new RegExp(`^(?:${SETTING})$`, "u");
var SETTING_ASSIGNMENT = new RegExp(`(?:${SETTING})[ \\t\\f]*(?:\\\\\\n[ \\t\\f]*)*(?::|=(?!=)|\\+=)`, "uy");
var DOTTED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/u;

// src/languages/python/scan.ts
var NEWLINE2 = 10;
var BACKSLASH3 = 92;
var EQUALS = 61;
var TAB2 = 9;
var FORM_FEED = 12;
var SPACE3 = 32;
var HASH3 = 35;
var AT = 64;
var BLANK = 1;
var WORD2 = 2;
var DIGIT2 = 3;
var LINE_END = 4;
var COMMENT = 5;
var QUOTE2 = 6;
var ESCAPE = 7;
var OPEN3 = 8;
var CLOSE3 = 9;
var REFUSED = 10;
var SEMICOLON = 11;
var COLON = 12;
var DOT3 = 13;
var CLASS = new Uint8Array(128);
var classify = (chars, kind) => {
  for (const ch of chars) CLASS[ch.charCodeAt(0)] = kind;
};
classify(" 	\f", BLANK);
classify("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_", WORD2);
classify("0123456789", DIGIT2);
classify("\n", LINE_END);
classify("#", COMMENT);
classify(`"'`, QUOTE2);
classify("\\", ESCAPE);
classify("([{", OPEN3);
classify(")]}", CLOSE3);
classify("$?`", REFUSED);
classify(";", SEMICOLON);
classify(":", COLON);
classify(".", DOT3);
var NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d[\d_]*)?[jJ]?|\d[\d_]*\.(?:[eE][+-]?\d[\d_]*)?[jJ]?)$/;
var IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]*$/u;
var DANGLING = new Uint8Array(128);
for (const ch of "=+-/%&|^<>~.") DANGLING[ch.charCodeAt(0)] = 1;
var EXPORTS3 = "__all__";
var TYPE_CHECKING = "TYPE_CHECKING";
var DYNAMIC_CALL = /\b(?:import_module|__import__)(?:[\s\u200B\u2060]|\\\n|#[^\n]*\n)*\((?:[\s\u200B\u2060]|\\\n|#[^\n]*\n)*[A-Za-z]{0,2}["']/;
var TYPE_CHECKING_TEST = /^[\s(]*(?:[A-Za-z_]\w*\s*\.\s*)?TYPE_CHECKING[\s)]*$/;
function mayFollow(previous, kind) {
  switch (kind) {
    case "elif":
      return previous === "if" || previous === "elif";
    case "else":
      return previous === "if" || previous === "elif" || previous === "for" || previous === "while" || previous === "except";
    case "except":
      return previous === "try" || previous === "except";
    case "finally":
      return previous === "try" || previous === "except" || previous === "else-try";
  }
  if (previous === "try") return false;
  if (previous === "@") return kind === "def" || kind === "class" || kind === "@";
  return true;
}
var mayEndAfter = (previous) => previous !== "try" && previous !== "@";
function isIdentifierChar2(code2) {
  return code2 > 127 || (CLASS[code2] | 1) === DIGIT2;
}
function isCapital(code2) {
  return code2 >= 65 && code2 <= 90;
}
function isDigit3(code2) {
  return code2 >= 48 && code2 <= 57;
}
function headerWord(text, start2, end) {
  switch (end - start2) {
    case 2:
      return text.startsWith("if", start2) ? "if" : "";
    case 3:
      return text.startsWith("for", start2) ? "for" : text.startsWith("try", start2) ? "try" : text.startsWith("def", start2) ? "def" : "";
    case 4:
      if (text.startsWith("el", start2)) return text.startsWith("if", start2 + 2) ? "elif" : text.startsWith("se", start2 + 2) ? "else" : "";
      return text.startsWith("with", start2) ? "with" : text.startsWith("case", start2) ? "case" : "";
    case 5:
      if (text.startsWith("while", start2)) return "while";
      if (text.startsWith("class", start2)) return "class";
      return text.startsWith("async", start2) ? "async" : text.startsWith("match", start2) ? "match" : "";
    case 6:
      return text.startsWith("except", start2) ? "except" : "";
    case 7:
      return text.startsWith("finally", start2) ? "finally" : "";
  }
  return "";
}
function asyncKind(text, start2) {
  const word = /^async\s+(def|for|with)\b/.exec(text.slice(start2, start2 + 20))?.[1];
  return word === "def" ? "def" : word === "for" ? "for" : word === "with" ? "with" : void 0;
}
var isSoftHeader = (word) => word === "match" || word === "case";
function isFormatPrefix(text, start2, end) {
  const isF = (code2) => code2 === 102 || code2 === 70 || code2 === 116 || code2 === 84;
  return end - start2 <= 2 && (isF(text.charCodeAt(start2)) || end - start2 === 2 && isF(text.charCodeAt(start2 + 1)));
}
var LogicalLine = class {
  starts = [];
  ends = [];
  count = 0;
  /** The statement the first depth-0 colon (not `:=`) ends, and the colon's position; -1 without one. */
  colon = -1;
  colonAt = -1;
  /** Whether a word is `import`, `from`, `import_module` or `__import__`. */
  mentionsImport = false;
  mentionsExports = false;
  /** Where the line's words start in the scan's words. */
  firstWord = 0;
  /** Where its statements of interest start: after a header's colon, for a one-line body. */
  bodyFrom = 0;
};
var LineCounter = class {
  constructor(text) {
    this.text = text;
  }
  text;
  line = 1;
  from = 0;
  lineOf(position) {
    for (let next = this.text.indexOf("\n", this.from); next >= 0 && next < position; next = this.text.indexOf("\n", next + 1)) {
      this.line++;
      this.from = next + 1;
    }
    return this.line;
  }
};
function scanPython(text) {
  const imports = [];
  const dynamic = [];
  const literals = [];
  const words2 = [];
  const trouble2 = { imports, dynamic, literals, words: words2, trouble: true };
  const blocks = [{ headerIndent: -1, bodyIndent: 0, lazy: false, type: false, previous: "", opener: "" }];
  const length = text.length;
  const logical = new LogicalLine();
  const lines = new LineCounter(text);
  let i2 = 0;
  while (i2 < length) {
    let indent = 0;
    for (; i2 < length; i2++) {
      const c = text.charCodeAt(i2);
      if (c === SPACE3) indent++;
      else if (c === TAB2) indent = (Math.floor(indent / 8) + 1) * 8;
      else if (c === FORM_FEED) indent = 0;
      else break;
    }
    if (i2 >= length) break;
    const first = text.charCodeAt(i2);
    if (first === NEWLINE2 || first === HASH3) {
      const start2 = i2;
      i2 = text.indexOf("\n", i2);
      if (i2 < 0) i2 = length;
      if (first === HASH3) literals.push({ start: start2, end: i2, formatted: false });
      i2++;
      continue;
    }
    i2 = lexLine(text, i2, logical, words2, literals);
    if (i2 < 0) return trouble2;
    if (!logical.count) continue;
    const context = placeLine(text, blocks, logical, indent, words2);
    if (context === null) return trouble2;
    if (context) emitStatements(text, logical, context, lines, imports, dynamic);
  }
  if (blocks[blocks.length - 1].bodyIndent === -1 || !blocks.every((b) => mayEndAfter(b.previous))) return trouble2;
  return { imports, dynamic, literals, words: words2, trouble: false };
}
function placeLine(text, blocks, line, indent, words2) {
  const { starts, ends, count: count2, colon, colonAt, mentionsImport, mentionsExports } = line;
  let outer = blocks[blocks.length - 1];
  if (outer.bodyIndent === -1) {
    if (indent <= outer.headerIndent) return null;
    outer.bodyIndent = indent;
  } else {
    while (blocks.length > 1 && outer.headerIndent >= indent) {
      if (!mayEndAfter(blocks.pop().previous)) return null;
      outer = blocks[blocks.length - 1];
    }
    if (indent !== outer.bodyIndent) return null;
  }
  const lineStart = starts[0];
  const wordEnd = words2.length > line.firstWord && words2[line.firstWord] === lineStart ? words2[line.firstWord + 1] : lineStart;
  const word = headerWord(text, lineStart, wordEnd);
  const asyncWord = word === "async" ? asyncKind(text, lineStart) : void 0;
  const isHeaderWord = word !== "";
  let kind = text.charCodeAt(lineStart) === AT ? "@" : isHeaderWord ? asyncWord ?? word : "";
  if (kind === "else" && outer.previous === "except") kind = "else-try";
  if (!mayFollow(outer.previous, kind === "else-try" ? "else" : kind)) return null;
  outer.previous = kind;
  let context = outer;
  let bodyFrom = lineStart;
  if (isHeaderWord && !(word === "async" && !asyncWord)) {
    const soft = isSoftHeader(word);
    const bodyAfterColon = colon >= 0 && (colon < count2 - 1 || colonAt + 1 < ends[colon]);
    if (colonAt < 0 || colon !== 0 || soft && bodyAfterColon) {
      if (!soft) return null;
      if (outer.opener === "match") return null;
    } else {
      if (kind === "case" !== (outer.opener === "match")) return null;
      if (mentionsImport && /\b(?:import_module|__import__)\b/.test(text.slice(lineStart, colonAt))) return null;
      const isDef = kind === "def";
      const typeTest = (word === "if" || word === "elif") && namesTypeChecking(text, words2, line.firstWord, wordEnd, colonAt) ? text.slice(wordEnd, colonAt).replace(/\\\n/g, " ") : "";
      context = {
        headerIndent: indent,
        bodyIndent: -1,
        lazy: outer.lazy || isDef,
        type: outer.type || typeTest !== "" && TYPE_CHECKING_TEST.test(typeTest) && balancedParens(typeTest),
        previous: "",
        opener: kind
      };
      if (!bodyAfterColon) {
        blocks.push(context);
        return void 0;
      }
      bodyFrom = colonAt + 1;
    }
  } else if (outer.opener === "match") return null;
  const last = text.charCodeAt(ends[count2 - 1] - 1);
  if (last < 128 && DANGLING[last] === 1) return null;
  if (!mentionsImport && !mentionsExports && bodyFrom === lineStart && !startsWithCapital(text, starts, count2)) return void 0;
  line.bodyFrom = bodyFrom;
  return context;
}
function emitStatements(text, line, context, lines, imports, dynamic) {
  const { starts, ends, count: count2, bodyFrom, mentionsImport, mentionsExports } = line;
  for (let k = 0; k < count2; k++) {
    let start2 = starts[k];
    const end = ends[k];
    if (start2 < bodyFrom) {
      if (end <= bodyFrom) continue;
      start2 = bodyFrom;
      while (start2 < end && /\s|\\/.test(text[start2])) start2++;
    }
    SETTING_ASSIGNMENT.lastIndex = start2;
    const setting = isCapital(text.charCodeAt(start2)) && SETTING_ASSIGNMENT.test(text) || mentionsExports && text.startsWith(EXPORTS3, start2) && !isIdentifierChar2(text.charCodeAt(start2 + EXPORTS3.length));
    if (!mentionsImport && !setting) continue;
    const piece = text.slice(start2, end);
    const head = /^(?:import|from)(?![\w\u0080-\uffff])/.test(piece);
    if (!head && !setting && !DYNAMIC_CALL.test(piece)) continue;
    const span = {
      start: start2,
      end,
      line: lines.lineOf(start2),
      context: context.type ? "type" : context.lazy ? "lazy" : "import"
    };
    (head ? imports : dynamic).push(span);
  }
}
function namesTypeChecking(text, words2, firstWord, from, to) {
  for (let k = firstWord; k < words2.length && words2[k] < to; k += 2) {
    const start2 = words2[k];
    if (start2 >= from && words2[k + 1] - start2 === TYPE_CHECKING.length && text.startsWith(TYPE_CHECKING, start2)) return true;
  }
  return false;
}
function startsWithCapital(text, starts, count2) {
  for (let k = 0; k < count2; k++) if (isCapital(text.charCodeAt(starts[k]))) return true;
  return false;
}
function lexLine(text, i2, line, words2, literals) {
  const length = text.length;
  const { starts, ends } = line;
  line.firstWord = words2.length;
  let count2 = 0;
  let depth = 0;
  let colon = -1;
  let colonAt = -1;
  let mentionsImport = false;
  let mentionsExports = false;
  let identEnd = -1;
  let identStart = -1;
  let segmentStart = -1;
  let lastCode = -1;
  while (i2 < length) {
    const c = text.charCodeAt(i2);
    let kind = c > 127 ? WORD2 : CLASS[c];
    if (kind === BLANK) {
      i2++;
      continue;
    }
    if (kind === LINE_END) {
      i2++;
      if (depth === 0) break;
      continue;
    }
    if (kind === COMMENT) {
      const start2 = i2;
      i2 = text.indexOf("\n", i2);
      if (i2 < 0) i2 = length;
      literals.push({ start: start2, end: i2, formatted: false });
      continue;
    }
    if (kind === ESCAPE) {
      if (text.charCodeAt(i2 + 1) !== NEWLINE2) return -1;
      i2 += 2;
      continue;
    }
    if (segmentStart < 0) segmentStart = i2;
    if (kind === DOT3 && isDigit3(text.charCodeAt(i2 + 1))) kind = DIGIT2;
    if (kind === WORD2) {
      const start2 = i2;
      let ascii = c < 128;
      while (++i2 < length) {
        const d = text.charCodeAt(i2);
        if (d > 127) ascii = false;
        else if ((CLASS[d] | 1) !== DIGIT2) break;
      }
      if (!ascii && !IDENTIFIER.test(text.slice(start2, i2))) return -1;
      identStart = start2;
      identEnd = i2;
      words2.push(start2, i2);
      switch (i2 - start2) {
        case 7:
          if (text.startsWith(EXPORTS3, start2)) mentionsExports = true;
          break;
        case 6:
          if (text.startsWith("import", start2)) {
            if (depth > 0) return -1;
            mentionsImport = true;
          }
          break;
        // `from` too: a broken `from x impo` must still reach the parser, which then sees the error.
        case 4:
          if (text.startsWith("from", start2)) mentionsImport = true;
          break;
        case 13:
          if (text.startsWith("import_module", start2)) mentionsImport = true;
          break;
        case 10:
          if (text.startsWith("__import__", start2)) mentionsImport = true;
          break;
      }
      lastCode = i2;
      continue;
    }
    if (kind === QUOTE2) {
      const end = skipString2(text, i2);
      if (end < 0) return -1;
      literals.push({ start: i2, end, formatted: identEnd === i2 && isFormatPrefix(text, identStart, i2) });
      i2 = lastCode = end;
      continue;
    }
    if (kind === DIGIT2) {
      const start2 = i2;
      let plain2 = true;
      while (i2 < length) {
        const d = text.charCodeAt(i2);
        if (isDigit3(d)) i2++;
        else if (isIdentifierChar2(d) || d === 46) {
          plain2 = false;
          i2++;
        } else if ((d === 43 || d === 45) && (text.charCodeAt(i2 - 1) | 32) === 101 && !isHexStart(text, start2)) i2++;
        else break;
      }
      if (!plain2 && !NUMBER.test(text.slice(start2, i2))) return -1;
      lastCode = i2;
      continue;
    }
    if (kind === OPEN3) depth++;
    else if (kind === CLOSE3) {
      if (--depth < 0) return -1;
    } else if (kind === REFUSED) return -1;
    else if (depth === 0 && kind === SEMICOLON) {
      starts[count2] = segmentStart;
      ends[count2] = lastCode;
      count2++;
      segmentStart = -1;
      i2++;
      continue;
    } else if (depth === 0 && kind === COLON && colonAt < 0 && text.charCodeAt(i2 + 1) !== EQUALS) {
      colon = count2;
      colonAt = i2;
    }
    i2++;
    lastCode = i2;
  }
  if (depth !== 0) return -1;
  if (segmentStart >= 0) {
    starts[count2] = segmentStart;
    ends[count2] = lastCode;
    count2++;
  }
  line.count = count2;
  line.colon = colon;
  line.colonAt = colonAt;
  line.mentionsImport = mentionsImport;
  line.mentionsExports = mentionsExports;
  return i2;
}
function isHexStart(text, start2) {
  return text.charCodeAt(start2) === 48 && (text.charCodeAt(start2 + 1) | 32) === 120;
}
function skipString2(text, i2) {
  const quote = text.charCodeAt(i2);
  const triple = text.charCodeAt(i2 + 1) === quote && text.charCodeAt(i2 + 2) === quote;
  if (!triple) {
    for (let k = i2 + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === BACKSLASH3) k++;
      else if (c === quote) return k + 1;
      else if (c === NEWLINE2) return -1;
    }
    return -1;
  }
  const close2 = String.fromCharCode(quote).repeat(3);
  for (let k = i2 + 3; k < text.length; ) {
    const next = text.indexOf(close2, k);
    if (next < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(next - 1 - slashes) === BACKSLASH3) slashes++;
    if (slashes % 2 === 0) return next + 3;
    k = next + 1;
  }
  return -1;
}
function balancedParens(text) {
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}

// src/languages/python/extract.ts
var PARSE_BUDGET = { base: 1e3, perChar: 1 };
var PythonExtractor = class {
  constructor(parser, path = "fast", budget = PARSE_BUDGET) {
    this.parser = parser;
    this.path = path;
    this.budget = budget;
  }
  parser;
  path;
  budget;
  /** Throws, with the reason, for bytes that are not text in their encoding (UndecodableSource) or past the parse budget: the caller skips the file. */
  extract(bytes) {
    return this.extractText(decodePython(bytes));
  }
  /** The same, for text already decoded (the adapter reads the path facts from the same text). */
  extractText(text) {
    return this.path === "fast" ? this.extractFast(text) : this.extractFull(text);
  }
  /** Parses the whole file; contexts come from the tree. */
  extractFull(text) {
    const tree = this.parse(text);
    try {
      const where = { literals: [], skipped: [], words: void 0 };
      const collected = collect(tree.rootNode, (node, context) => ({ line: node.startPosition.row + 1, context }), where);
      const facts = withReads(text, collected.facts, where);
      const { firstErrorRow } = collected;
      if (!tree.rootNode.hasError) return facts;
      return { ...facts, syntaxErrorLine: (firstErrorRow ?? tree.rootNode.lastChild?.startPosition.row ?? 0) + 1 };
    } finally {
      tree.delete();
    }
  }
  /** The tree of `text`, within the budget. */
  parse(text) {
    const limit = this.budget.base + this.budget.perChar * text.length;
    let steps = 0;
    this.parser.reset();
    const tree = this.parser.parse(text, null, { progressCallback: () => ++steps > limit });
    if (!tree) throw new Error(`parsing passed its budget (${limit} steps for ${text.length} characters)`);
    return tree;
  }
  /**
   * Parses only the statements the lexical scan found, laid one after another, with lines and
   * contexts from the scan. Falls back to the full parse where the scan or that small parse sees
   * anything amiss, so that broken files are read exactly as the full path reads them.
   */
  extractFast(text) {
    const scan = scanPython(text);
    if (scan.trouble) return this.extractFull(text);
    const plain2 = textImports(text, scan.imports);
    const calls = plain2 && textCalls(text, scan.dynamic);
    const statements = calls ? [] : plain2 ? scan.dynamic : [...scan.imports, ...scan.dynamic];
    const where = { literals: scan.literals, skipped: scan.imports, words: scan.words };
    if (!statements.length) return withReads(text, { imports: plain2 ?? [], dynamic: calls ?? [], settings: [] }, where);
    const rows = /* @__PURE__ */ new Map();
    let source2 = "";
    let row = 0;
    for (const statement of statements) {
      const piece = text.slice(statement.start, statement.end);
      rows.set(row, statement);
      source2 += piece + "\n";
      for (let k = 0; k < piece.length; k++) if (piece.charCodeAt(k) === 10) row++;
      row++;
    }
    const tree = this.parse(source2);
    try {
      if (tree.rootNode.hasError || tree.rootNode.namedChildCount !== rows.size) return this.extractFull(text);
      const { facts } = collect(tree.rootNode, (node) => {
        let start2 = node.startPosition.row;
        while (!rows.has(start2)) start2--;
        const statement = rows.get(start2);
        return { line: statement.line + node.startPosition.row - start2, context: statement.context };
      });
      return withReads(text, plain2 ? { ...facts, imports: plain2 } : facts, where);
    } finally {
      tree.delete();
    }
  }
};
function textImports(text, statements) {
  const found = [];
  for (const statement of statements) {
    const read = readPlainImport(text, statement);
    if (!read) return void 0;
    for (const entry of read) found.push(entry);
  }
  return found;
}
function textCalls(text, statements) {
  const found = [];
  for (const statement of statements) {
    const specifier = readPlainCall(text, statement);
    if (specifier === void 0) return void 0;
    found.push({ line: statement.line, specifier: ownString(specifier) });
  }
  return found;
}
function withReads(text, facts, where) {
  const { imports, dynamic, settings, exports } = facts;
  const bound = [];
  for (const i2 of imports) if (i2.module !== "__future__" || i2.level !== 0) for (const name2 of boundNames2(i2)) bound.push(name2);
  const all = readNames(text, bound, where);
  const reads = all.filter((r) => r.name !== EXPORTS4 || bound.includes(EXPORTS4));
  const exportsUsed = all.length !== reads.length;
  if (exports === void 0 && !exportsUsed) return { imports, dynamic, settings, reads };
  return { imports, dynamic, settings, reads, exports: exports === null || exportsUsed ? null : exports };
}
function boundNames2(statement) {
  const { names, aliases, module: module2 } = statement;
  if (names === null) {
    const dot = module2.indexOf(".");
    return [aliases?.[0] ?? (dot < 0 ? module2 : module2.slice(0, dot))];
  }
  const bound = [];
  for (let k = 0; k < names.length; k++) if (names[k] !== "*") bound.push(aliases?.[k] ?? names[k]);
  return bound;
}
var EXPORTS4 = "__all__";
function collect(root, locate, where) {
  const imports = [];
  let exports;
  const dynamic = [];
  const settings = [];
  const errors = root.hasError;
  let firstErrorRow;
  const cursor = root.walk();
  const frames = [{ context: "import", parent: "other" }];
  try {
    for (; ; ) {
      const frame = frames[frames.length - 1];
      const type = cursor.nodeType;
      if (type === "import_statement" || type === "import_from_statement" || type === "future_import_statement") {
        const node = cursor.currentNode;
        where?.skipped.push({ start: node.startIndex, end: node.endIndex });
        const at2 = locate(node, frame.context);
        if (type === "import_statement") {
          for (const entry of plainImports(node, at2)) imports.push(entry);
        } else {
          const from = fromImport(node, type, at2, errors);
          if (from) imports.push(from);
        }
        if (!where && !errors) {
          if (nextNode(cursor, frames)) continue;
          return finished();
        }
      } else if (type === "call") {
        const node = cursor.currentNode;
        const specifier = dynamicSpecifier(node);
        if (specifier !== void 0) dynamic.push({ line: locate(node, frame.context).line, specifier });
      } else if ((type === "assignment" || type === "augmented_assignment") && frame.parent !== "assignment") {
        const names = exportedNames(cursor.currentNode);
        if (names !== void 0) exports = names === null || exports === null ? null : [...exports ?? [], ...names];
        for (const literal2 of settingStrings(cursor.currentNode)) {
          const specifier = stringLiteral(literal2);
          if (specifier !== void 0 && DOTTED_NAME.test(specifier))
            settings.push({ line: locate(literal2, frame.context).line, specifier });
        }
      }
      if (where && (type === "string" || type === "comment")) literalSpan(cursor.currentNode, where.literals);
      if (errors && (type === "ERROR" || cursor.nodeIsMissing))
        firstErrorRow = Math.min(firstErrorRow ?? Infinity, cursor.startPosition.row);
      const below = childFrame(type, frame, cursor);
      if (cursor.gotoFirstChild()) {
        frames.push(below);
        continue;
      }
      if (!nextNode(cursor, frames)) return finished();
    }
  } finally {
    cursor.delete();
  }
  function finished() {
    const facts = { imports, dynamic, settings, ...exports !== void 0 && { exports } };
    return firstErrorRow === void 0 ? { facts } : { facts, firstErrorRow };
  }
}
function nextNode(cursor, frames) {
  while (!cursor.gotoNextSibling()) {
    if (!cursor.gotoParent()) return false;
    frames.pop();
  }
  return true;
}
function childFrame(type, frame, cursor) {
  let context = frame.context;
  if (type === "block") {
    if (frame.parent === "function" && context === "import") context = "lazy";
    else if (frame.parent === "type-checking-if" && cursor.currentFieldName === "consequence") context = "type";
  } else if (type === "function_definition") return { context, parent: "function" };
  else if (type === "assignment") return { context, parent: "assignment" };
  else if ((type === "if_statement" || type === "elif_clause") && isTypeCheckingTest(cursor.currentNode.childForFieldName("condition"))) {
    return { context, parent: "type-checking-if" };
  }
  return context === frame.context && frame.parent === "other" ? frame : { context, parent: "other" };
}
function literalSpan(node, literals) {
  const last = literals[literals.length - 1];
  if (last && node.startIndex < last.end) return;
  if (node.type === "comment") {
    literals.push({ start: node.startIndex, end: node.endIndex, formatted: false });
    return;
  }
  const prefix = /^[A-Za-z]*/.exec(node.firstChild?.text ?? "")[0];
  literals.push({ start: node.startIndex + prefix.length, end: node.endIndex, formatted: /[fFtT]/.test(prefix) });
}
function exportedNames(assignment) {
  if (assignment.childForFieldName("left")?.text !== EXPORTS4) return void 0;
  const operator = assignment.type === "assignment" ? "=" : assignment.childForFieldName("operator")?.text;
  let value = assignment.childForFieldName("right");
  while (value?.type === "parenthesized_expression") value = value.namedChildren[0] ?? null;
  if (operator !== "=" && operator !== "+=" || !value || !["list", "tuple", "expression_list"].includes(value.type)) return null;
  const names = [];
  for (const item of value.namedChildren) {
    const name2 = item?.type === "string" ? stringLiteral(item) : void 0;
    if (name2 === void 0) return null;
    names.push(name2);
  }
  return names;
}
function settingStrings(assignment) {
  const target = assignment.childForFieldName("left");
  if (target?.type !== "identifier" || !SETTING_NAME.test(target.text)) return [];
  const found = [];
  const visit2 = (node) => {
    if (!node) return;
    if (node.type === "string") found.push(node);
    else if (["list", "tuple", "set", "parenthesized_expression", "expression_list"].includes(node.type)) node.namedChildren.forEach(visit2);
    else if (node.type === "binary_operator" && node.childForFieldName("operator")?.type === "+") {
      visit2(node.childForFieldName("left"));
      visit2(node.childForFieldName("right"));
    }
  };
  visit2(assignment.childForFieldName("right"));
  return found;
}
function dynamicSpecifier(call) {
  const callee = call.childForFieldName("function");
  const args2 = call.childForFieldName("arguments");
  if (!callee || args2?.type !== "argument_list") return void 0;
  const literal2 = args2.firstNamedChild;
  if (literal2?.type !== "string" || !/(^|\.)(import_module|__import__)$/.test(callee.text)) return void 0;
  return stringLiteral(literal2);
}
function dottedName(node) {
  if (!node) return "";
  if (node.type === "aliased_import") return dottedName(node.childForFieldName("name"));
  return identifiersOf(node);
}
function identifiersOf(node) {
  const text = node.text;
  if (!text.includes("#")) return ownString(text.replace(/[\s\\]+/g, ""));
  return ownString(
    node.namedChildren.filter((c) => c?.type === "identifier").map((c) => c.text).join(".")
  );
}
function importedName(node) {
  if (node.type !== "aliased_import") return { name: identifiersOf(node), alias: null };
  const alias = node.childForFieldName("alias");
  return { name: dottedName(node.childForFieldName("name")), alias: alias ? ownString(alias.text) : null };
}
function plainImports(node, { line, context }) {
  const found = [];
  for (const child of node.childrenForFieldName("name")) {
    const { name: module2, alias } = importedName(child);
    if (module2) found.push({ line, context, level: 0, module: module2, names: null, ...alias !== null && { aliases: [alias] } });
  }
  return found;
}
function fromImport(node, type, { line, context }, errors) {
  let level = 0;
  let module2;
  if (type === "future_import_statement") module2 = "__future__";
  else {
    const source2 = node.childForFieldName("module_name");
    if (!source2) return void 0;
    const sourceType = source2.type;
    if (sourceType === "relative_import") {
      const text = source2.text.replace(/[\s\\]+/g, "");
      level = /^\.*/.exec(text)[0].length;
      module2 = ownString(text.slice(level));
    } else module2 = sourceType === "aliased_import" ? dottedName(source2) : identifiersOf(source2);
  }
  const named = node.childrenForFieldName("name");
  if ((!named.length || errors) && node.lastNamedChild?.type === "wildcard_import") return { line, context, level, module: module2, names: ["*"] };
  const names = [];
  const aliases = [];
  for (const child of named) {
    const { name: name2, alias } = importedName(child);
    if (name2 === "") continue;
    names.push(name2);
    aliases.push(alias);
  }
  if (!names.length) return void 0;
  return { line, context, level, module: module2, names, ...aliases.some((a) => a !== null) && { aliases } };
}
function isTypeCheckingTest(test) {
  while (test?.type === "parenthesized_expression") test = test.namedChildren[0] ?? null;
  if (!test) return false;
  if (test.type === "identifier") return test.text === "TYPE_CHECKING";
  if (test.type !== "attribute") return false;
  const object = test.childForFieldName("object");
  return object?.type === "identifier" && test.childForFieldName("attribute")?.text === "TYPE_CHECKING";
}
function stringLiteral(node) {
  const start2 = node.namedChildren.find((c) => c?.type === "string_start")?.text ?? "";
  if (/[fFbB]/.test(start2)) return void 0;
  const parts2 = node.namedChildren.filter((c) => c?.type !== "string_start" && c?.type !== "string_end");
  if (parts2.length !== 1 || parts2[0].type !== "string_content") return parts2.length === 0 ? "" : void 0;
  return ownString(parts2[0].text);
}

// src/languages/python/facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CONTEXTS = /* @__PURE__ */ new Set(["import", "lazy", "type"]);
var isLine3 = (v) => Number.isSafeInteger(v) && v > 0;
var isRecord4 = (v) => typeof v === "object" && v !== null;
var isStrings2 = (v) => Array.isArray(v) && v.every((n) => typeof n === "string");
function isPyFacts(value) {
  if (!isRecord4(value) || !Array.isArray(value.imports) || !Array.isArray(value.dynamic) || !Array.isArray(value.settings)) return false;
  if (value.syntaxErrorLine !== void 0 && !isLine3(value.syntaxErrorLine)) return false;
  if (value.exports !== void 0 && value.exports !== null && !isStrings2(value.exports)) return false;
  const readOk = (r) => isRecord4(r) && typeof r.name === "string" && isStrings2(r.attributes) && typeof r.bare === "boolean";
  if (!Array.isArray(value.reads) || !value.reads.every(readOk)) return false;
  const importOk = (i2) => isRecord4(i2) && isLine3(i2.line) && CONTEXTS.has(i2.context) && Number.isSafeInteger(i2.level) && i2.level >= 0 && typeof i2.module === "string" && (i2.names === null || isStrings2(i2.names)) && (i2.aliases === void 0 || Array.isArray(i2.aliases) && i2.aliases.every((n) => n === null || typeof n === "string"));
  const dynamicOk = (d) => isRecord4(d) && isLine3(d.line) && typeof d.specifier === "string";
  return value.imports.every(importOk) && value.dynamic.every(dynamicOk) && value.settings.every(dynamicOk) && isPathFacts(value);
}

// src/languages/python/kinds.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var PY_EDGE_KINDS = [
  { kind: "import", atLoad: true, meaning: "at module level, so whenever the importer is loaded" },
  { kind: "lazy", atLoad: false, meaning: "inside a function, so only when it runs" },
  { kind: "type", atLoad: false, meaning: "under `TYPE_CHECKING`, for type checkers only" },
  { kind: "package", atLoad: true, meaning: "a module runs its package's `__init__` first" },
  // Not import statements, yet modules the importer runs (issue 17): a gap here would be silent under-reporting.
  { kind: "conftest", atLoad: true, meaning: "pytest loads every `conftest.py` from the root down to a test before the test" },
  {
    kind: "string",
    atLoad: false,
    meaning: "a module named in a string (`importlib.import_module`, `__import__`, Django settings), loaded when that code runs"
  }
];
var RANK = new Map(PY_EDGE_KINDS.map((spec, i2) => [spec.kind, i2]));
function kindRank(kind) {
  return RANK.get(kind);
}

// src/languages/python/parser.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var PYTHON_GRAMMARS = ["tree-sitter-python/tree-sitter-python.wasm"];
function pythonParser() {
  return grammarParser(PYTHON_GRAMMARS[0]);
}

// src/languages/python/module-index.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch4 = __toESM(require_picomatch2(), 1);
var NO_FOLDERS = [];
var join6 = (dir, name2) => dir === "" ? name2 : `${dir}/${name2}`;
var PythonModuleIndex = class {
  constructor(files, layout, extending = /* @__PURE__ */ new Set()) {
    this.layout = layout;
    this.extending = extending;
    const folderAt = (dir) => {
      let folder = this.folders.get(dir);
      if (!folder) {
        const parent = dir === "" ? void 0 : folderAt(dirOf(dir));
        this.folders.set(dir, folder = { dir, names: /* @__PURE__ */ new Map(), parent, package: { dirs: NO_FOLDERS } });
        folder.package = { dirs: [folder] };
      }
      return folder;
    };
    for (const file of files) {
      const slash = file.lastIndexOf("/");
      const dir = slash < 0 ? "" : file.slice(0, slash);
      const base = slash < 0 ? file : file.slice(slash + 1);
      const folder = folderAt(dir);
      if (isInitName(base)) {
        if (preferred(this.packageInits.get(dir), file)) this.packageInits.set(dir, file);
        this.files.set(file, { folder, module: void 0 });
      } else {
        const module2 = moduleName(base);
        const modules = folder.modules ??= /* @__PURE__ */ new Map();
        if (preferred(modules.get(module2), file)) modules.set(module2, file);
        this.files.set(file, { folder, module: module2 });
      }
    }
    this.packageInits.forEach((init2, dir) => {
      const folder = this.folders.get(dir);
      folder.package = { file: init2, dirs: [folder] };
    });
    const folders = [...this.folders.values()];
    const putIn = (folder, name2, found) => {
      if (!folder.names.has(name2)) folder.names.set(name2, found);
    };
    for (const folder of folders) if (folder.parent && folder.package.file) putIn(folder.parent, baseName(folder.dir), folder.package);
    for (const folder of folders) {
      folder.modules?.forEach((module2, name2) => {
        putIn(folder, name2, { file: module2, dirs: NO_FOLDERS });
      });
      folder.modules = void 0;
    }
    for (const folder of folders) if (folder.parent && !folder.package.file) putIn(folder.parent, baseName(folder.dir), folder.package);
    this.roots = [...layout.roots].sort((a, b) => b.dir.length - a.dir.length);
  }
  layout;
  extending;
  /** Folders that hold an `__init__` module, to the file that is it. */
  packageInits = /* @__PURE__ */ new Map();
  /** Every folder that holds a Python file at some depth, and the repository's root, by path: built once. */
  folders = /* @__PURE__ */ new Map();
  /** By the identity of the patterns' array (a root's own), with each name's answer kept. */
  matchers = /* @__PURE__ */ new WeakMap();
  /** Top-level lookups along one path (a FilePath's entries, shared by the files that have the same path). */
  tops = /* @__PURE__ */ new WeakMap();
  basedirs = /* @__PURE__ */ new Map();
  files = /* @__PURE__ */ new Map();
  /** Deepest first: a file is named below the deepest root that installs it. */
  roots;
  /** The module name of a file, as dotted parts ([] for an `__init__.py` that names no package). */
  moduleParts(file) {
    const entry = this.files.get(file);
    if (!entry) return [];
    if (!entry.parts) {
      const folder = this.nameOf(entry.folder).parts;
      entry.parts = entry.module === void 0 ? folder : folder.concat(entry.module);
    }
    return entry.parts;
  }
  /**
   * The dotted name of the package a file is in (the package itself for an `__init__`): its module
   * name but the last part, or all of it for an `__init__`. Where its relative imports start.
   */
  packageParts(file) {
    const entry = this.files.get(file);
    return entry ? this.nameOf(entry.folder).parts : [];
  }
  /** A file's own name in its package (`b` of `a/b.py`); undefined for an `__init__`, which is the package. */
  nameInPackage(file) {
    return this.files.get(file)?.module;
  }
  /** The root that installs this file, when a project's packages hold it. */
  declaredBy(file) {
    const entry = this.files.get(file);
    return entry && this.nameOf(entry.folder).declared;
  }
  /** The first folder upward from a file that is not a package: where pytest and a script start its path. */
  basedir(file) {
    return this.basedirOf(dirOf(file));
  }
  basedirOf(start2) {
    let dir = this.basedirs.get(start2);
    if (dir === void 0) {
      for (dir = start2; dir !== "" && this.packageInits.has(dir); dir = dirOf(dir)) ;
      this.basedirs.set(start2, dir);
    }
    return dir;
  }
  /**
   * A top-level name along a path, in CPython's order: the first entry holding it as a regular
   * package or a module wins (in one folder a package before a module, a module before a namespace
   * portion); namespace portions merge only when no entry has a regular one.
   */
  findTop(name2, path) {
    let known = this.tops.get(path);
    if (!known) this.tops.set(path, known = /* @__PURE__ */ new Map());
    if (known.has(name2)) return known.get(name2);
    const found = this.merge(
      path.filter((entry) => this.accepts(entry, name2)).map((entry) => ({ folder: this.folders.get(entry.dir), namespaces: entry.namespaces })),
      name2
    );
    known.set(name2, found);
    return found;
  }
  /** A submodule of a found package: looked up only inside the package's folders. */
  findSub(parent, name2) {
    if (parent.dirs.length === 1) return parent.dirs[0].names.get(name2);
    return this.merge(
      parent.dirs.map((folder) => ({ folder, namespaces: true })),
      name2
    );
  }
  /** The folder holding one of the files: where its relative imports and its package's `__init__` are found. */
  folderOf(file) {
    return this.files.get(file).folder;
  }
  /**
   * The first folder holding `name` as a module or regular package wins, except that a package whose
   * `__init__` extends its path (`pkgutil.extend_path`) gathers every other folder of that name too: its
   * own folder first, then the others in the path's order (the namespace portions before it as well),
   * as extend_path appends them to its `__path__`.
   */
  merge(dirs, name2) {
    const portions = [];
    let extended;
    for (let k = 0; k < dirs.length; k++) {
      const { folder, namespaces } = dirs[k];
      const found = folder?.names.get(name2);
      if (!found) continue;
      if (extended) portions.push(...found.dirs);
      else if (found.file && this.extending.has(found.file)) {
        extended = found.file;
        portions.unshift(...found.dirs);
      } else if (found.file) return found;
      else if (namespaces) portions.push(...found.dirs);
    }
    if (extended) return { file: extended, dirs: portions };
    return portions.length ? { dirs: portions } : void 0;
  }
  accepts(entry, name2) {
    if (entry.include && !this.matches(entry.include, name2)) return false;
    return !(entry.exclude && this.matches(entry.exclude, name2));
  }
  /** setuptools' `fnmatch` patterns over package names (`django*`, `[._]*`). */
  matches(patterns, name2) {
    let matcher = this.matchers.get(patterns);
    if (!matcher) this.matchers.set(patterns, matcher = { test: (0, import_picomatch4.default)([...patterns], { dot: true }), known: /* @__PURE__ */ new Map() });
    let answer = matcher.known.get(name2);
    if (answer === void 0) matcher.known.set(name2, answer = matcher.test(name2));
    return answer;
  }
  /**
   * Below the deepest root whose project installs it (its top-level package kept by the root's
   * finder, and a regular package where only those are found), else from the file's basedir.
   */
  nameOf(folder) {
    return folder.name ??= this.folderName(folder.dir, this.roots);
  }
  /** The dotted parts of a folder's name (its files' module names but the last part), and the root that installs its files. */
  folderName(dir, roots) {
    for (const root of roots) {
      if (root.dir !== "" && dir !== root.dir && !dir.startsWith(root.dir + "/")) continue;
      const relative3 = root.dir === "" ? dir : dir.slice(root.dir.length + 1);
      if (relative3 === "") continue;
      const slash = relative3.indexOf("/");
      const top = slash < 0 ? relative3 : relative3.slice(0, slash);
      if (!this.accepts(root, top) || root.notPackages && this.matches(root.notPackages, top)) continue;
      if (!root.namespaces && !this.packageInits.has(join6(root.dir, top))) continue;
      return { parts: relative3.split("/"), declared: root };
    }
    const base = this.basedirOf(dir);
    const relative2 = base === "" ? dir : dir.slice(base.length + 1);
    return { parts: relative2 === "" ? [] : relative2.split("/") };
  }
};
function moduleName(base) {
  return base.endsWith(".py") ? base.slice(0, -3) : base.endsWith(".pyi") ? base.slice(0, -4) : base;
}
function preferred(known, file) {
  return known === void 0 || known.endsWith(".pyi") && !file.endsWith(".pyi");
}
function isInit(file) {
  return isInitName(baseName(file));
}
function isInitName(name2) {
  return name2 === "__init__.py" || name2 === "__init__.pyi";
}

// src/languages/python/name-users.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/absolute-name.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function relativeBase(pkg, level) {
  return level > pkg.length ? void 0 : pkg.length - (level - 1);
}
function absoluteIn(pkg, level, module2) {
  const named = module2 ? module2.split(".") : [];
  if (level === 0) return named;
  const base = relativeBase(pkg, level);
  if (base === void 0) return void 0;
  return [...pkg.slice(0, base), ...named];
}
function absoluteParts(importer, isPackage, level, module2) {
  return absoluteIn(isPackage ? importer : importer.slice(0, -1), level, module2);
}

// src/languages/python/name-users.ts
var code = (text) => `\`${text}\``;
var GETATTR = "__getattr__";
function pythonNameUsers(changed, names, importersOf, source2) {
  const users = /* @__PURE__ */ new Map();
  const judged = /* @__PURE__ */ new Map();
  const queue = [
    { at: changed, module: changed, names: new Set(names), direct: true }
  ];
  for (let item = queue.shift(); item; item = queue.shift()) {
    const { at: at2, module: module2, direct } = item;
    const key = `${at2}\0${module2}`;
    const seen = judged.get(key) ?? /* @__PURE__ */ new Set();
    judged.set(key, seen);
    const fresh = new Set([...item.names].filter((n) => !seen.has(n)));
    if (!fresh.size) continue;
    for (const n of fresh) seen.add(n);
    for (const importer of importersOf(at2)) {
      if (importer.path === changed) continue;
      if (importer.kinds.every((k) => k === "package")) {
        queue.push({ at: importer.path, module: module2, names: fresh, direct: false });
        continue;
      }
      const use = useOf(importer, module2, fresh, source2, direct);
      if (!use) continue;
      const known = users.get(importer.path) ?? { via: module2, names: /* @__PURE__ */ new Set(), why: [], reexports: true };
      users.set(importer.path, known);
      if (use.all) {
        known.names = "all";
        known.reexports = false;
        known.why.push(use.why);
        continue;
      }
      if (known.names !== "all") for (const n of use.used) known.names.add(n);
      known.why.push(...use.why);
      if (use.passedOn.size < use.used.size) known.reexports = false;
      if (use.passedOn.size) queue.push({ at: importer.path, module: importer.path, names: new Set(use.passedOn.keys()), direct: true });
    }
  }
  return [...users].map(([path, user]) => ({
    path,
    via: user.via,
    names: user.names === "all" ? "all" : [...user.names].sort(),
    why: [...new Set(user.why)].join("; "),
    reexports: user.reexports
  })).sort((a, b) => byCodePoint(a.path, b.path));
}
function useOf(importer, module2, names, source2, direct) {
  if (direct && importer.kinds.includes("string")) return { all: true, why: "loads it by name, from a string" };
  if (direct && importer.kinds.includes("conftest"))
    return { all: true, why: "pytest loads it before the test, whose fixtures it may give" };
  if (!importer.kinds.some((k) => k === "import" || k === "lazy" || k === "type")) return void 0;
  const facts = source2.facts.get(importer.path);
  if (!facts) return { all: true, why: "not read as Python" };
  const target = source2.moduleParts(module2);
  if (!target.length) return { all: true, why: "the module has no dotted name" };
  const reads = new Map(facts.reads.map((r) => [r.name, r]));
  const exported = exportsOf(source2.facts.get(module2));
  const from = source2.moduleParts(importer.path);
  const fromPackage = source2.isPackage(importer.path);
  const used = /* @__PURE__ */ new Set();
  const passedOn = /* @__PURE__ */ new Map();
  const why = [];
  let matched = false;
  for (let s = 0; s < target.length && !matched; s++) {
    const spelled = target.slice(s);
    for (const statement of facts.imports) {
      const use = statementUse(
        statement,
        absoluteParts(from, fromPackage, statement.level, statement.module),
        spelled,
        names,
        exported,
        reads
      );
      if (!use) continue;
      matched = true;
      if (use.all) return use;
      for (const n of use.used) used.add(n);
      for (const [local, n] of use.passedOn) passedOn.set(local, n);
      why.push(...use.why);
    }
  }
  if (!matched) return direct ? { all: true, why: "imports it by a statement the name analysis does not match" } : void 0;
  if (names.has(GETATTR)) return { all: true, why: `the module's ${code(GETATTR)} changed, which answers every name it lacks` };
  if (!used.size) return void 0;
  return { all: false, used, passedOn, why };
}
function exportsOf(facts) {
  if (!facts || facts.exports === null) return () => true;
  if (facts.exports === void 0) return (name2) => !name2.startsWith("_");
  const names = new Set(facts.exports);
  return (name2) => names.has(name2);
}
var startsWith = (whole, start2) => start2.length <= whole.length && start2.every((p, k) => whole[k] === p);
function statementUse(statement, module2, target, names, exported, reads) {
  if (!module2) return void 0;
  const isTarget = module2.length === target.length && startsWith(target, module2);
  if (statement.names === null) {
    const local = boundNames2(statement)[0];
    const stands = statement.aliases?.[0] ? module2 : module2.slice(0, 1);
    const loads = startsWith(module2, target);
    if (!(loads || startsWith(target, module2)) || !startsWith(target, stands)) return void 0;
    return throughBinding(local, stands, target, names, reads.get(local), `import ${module2.join(".")}`, loads);
  }
  const used = /* @__PURE__ */ new Set();
  const passedOn = /* @__PURE__ */ new Map();
  const why = [];
  let reached = false;
  for (let k = 0; k < statement.names.length; k++) {
    const name2 = statement.names[k];
    const local = statement.aliases?.[k] ?? name2;
    if (isTarget) {
      reached = true;
      const through = name2 === "*" ? [...names].filter(exported) : names.has(name2) ? [name2] : [];
      for (const n of through) used.add(n);
      if (name2 === "*") {
        if (through.length) why.push(`imports \`*\` (${through.map(code).join(", ")})`);
      } else if (!through.length) continue;
      else if (reads.has(local)) why.push(`imports ${code(name2)}`);
      else {
        passedOn.set(local, name2);
        why.push(`passes ${code(name2)} on`);
      }
      continue;
    }
    const bound = [...module2, name2];
    if (name2 === "*" || !startsWith(target, bound)) continue;
    reached = true;
    const use = throughBinding(local, bound, target, names, reads.get(local), `from ${module2.join(".")} import ${name2}`, true);
    if (use.all) return use;
    for (const n of use.used) used.add(n);
    why.push(...use.why);
  }
  return reached ? { all: false, used, passedOn, why } : void 0;
}
function throughBinding(local, stands, target, names, read, statement, loads) {
  const none = { all: false, used: /* @__PURE__ */ new Set(), passedOn: /* @__PURE__ */ new Map(), why: [] };
  if (!read) return loads ? { all: true, why: `${code(statement)}, and no attribute read: not sure` } : none;
  if (read.bare) return { all: true, why: `${code(local)} is used on its own (passed on, called, rebound): not sure` };
  const rest = target.slice(stands.length);
  const used = /* @__PURE__ */ new Set();
  for (const attribute2 of read.attributes) {
    const path = attribute2.split(".");
    if (path.length > rest.length && startsWith(path, rest)) {
      const name2 = path[rest.length];
      if (names.has(name2)) used.add(name2);
    } else if (startsWith(rest, path)) return { all: true, why: `${code(`${local}.${attribute2}`)} is used on its own: not sure` };
  }
  if (!used.size) return none;
  return {
    all: false,
    used,
    passedOn: /* @__PURE__ */ new Map(),
    why: [`reads ${[...used].map((n) => code(`${[local, ...rest].join(".")}.${n}`)).join(", ")}`]
  };
}

// src/languages/python/removed-imports.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/layout.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch5 = __toESM(require_picomatch2(), 1);

// src/languages/python/extra-paths.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/core/settings-file.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_yaml2 = __toESM(require_dist(), 1);
var SETTINGS_FILE = ".blast-radius.yml";
function readSettings(text, file = SETTINGS_FILE) {
  let value;
  try {
    value = (0, import_yaml2.parse)(text);
  } catch (error) {
    return { problem: `${file} is not valid YAML (${error.message.split("\n")[0]})` };
  }
  if (value === void 0 || value === null) return { keys: {} };
  if (typeof value !== "object" || Array.isArray(value)) return { problem: `${file} is not a mapping of settings` };
  return { keys: value };
}

// src/languages/python/extra-paths.ts
var PYTHON_PATHS = "python-paths";
function readExtraPaths(text, given, files) {
  const sources = [...text === void 0 ? [] : [fromSettingsFile(text)], ...given ? [{ from: given.from, items: given.values }] : []];
  const holdsFile = (folder) => files.some((file) => file.startsWith(`${folder}/`));
  const read = sources.map(({ from, items, problems = [] }) => {
    const paths = [];
    const said = [...problems];
    for (const item of items) {
      const path = normalPath(item);
      if (path === void 0 || item.startsWith("/"))
        said.push(`${from}: ${PYTHON_PATHS} entry ${item} is not a folder inside the repository: left out`);
      else if (path !== "" && !holdsFile(path))
        said.push(`${from}: ${PYTHON_PATHS} entry ${item} holds no file of the repository: left out`);
      else paths.push(path);
    }
    return { from, paths, problems: said };
  });
  return { paths: [...new Set(read.flatMap((s) => s.paths))], sources: read.filter((s) => s.paths.length || s.problems.length) };
}
function fromSettingsFile(text) {
  const from = SETTINGS_FILE;
  const settings = readSettings(text, from);
  if ("problem" in settings) return { from, items: [], problems: [`${settings.problem}: ${PYTHON_PATHS} not read`] };
  const value = settings.keys[PYTHON_PATHS];
  if (value === void 0 || value === null) return { from, items: [] };
  const items = typeof value === "string" ? value.split("\n").map((s) => s.trim()).filter(Boolean) : value;
  if (!Array.isArray(items) || !items.every((i2) => typeof i2 === "string")) {
    return { from, items: [], problems: [`${from}: ${PYTHON_PATHS} must be a list of folders`] };
  }
  return { from, items };
}

// src/languages/python/pyproject.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/smol-toml/dist/index.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/smol-toml/dist/parse.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/smol-toml/dist/struct.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/smol-toml/dist/primitive.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/smol-toml/dist/error.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i2 = line - 1; i2 <= line + 1; i2++) {
    let l = lines[i2 - 1];
    if (!l)
      continue;
    codeblock += i2.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i2 === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral2 = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral2 && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral2 && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/extract.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/smol-toml/dist/date.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit4(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit4(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit4(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit4(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit4(c) || !isDigit4(ctx.s.charCodeAt(ctx.p++)) || !isDigit4(ctx.s.charCodeAt(ctx.p++)) || !isDigit4(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit4(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit4(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit4(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start2 = ctx.p;
  if (!isDigit4(c) || !isDigit4(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit4(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start2, ctx.p);
  return readDate(ctx, t, 4, false, start2);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn2 = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i2 = 0; i2 < key.length; i2++) {
      if (i2)
        t = hasOwn2 ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i2];
      if ((hasOwn2 = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn2 && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn2) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn2 = false;
  let state;
  for (let i2 = 0; i2 < key.length; i2++) {
    if (i2) {
      t = hasOwn2 ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i2];
    if ((hasOwn2 = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn2) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i2 < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn2 ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn2) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse4(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var HAS_WELLFORMED = !!"".isWellFormed;

// src/languages/python/config-ini.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function readIni(text) {
  const sections = /* @__PURE__ */ new Map();
  let section;
  let key;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) continue;
    if (/^\s/.test(line) && section && key !== void 0) {
      section.set(key, `${section.get(key)}
${trimmed}`);
      continue;
    }
    const header = /^\[(.+)\]$/.exec(trimmed);
    if (header) {
      section = sections.get(header[1]) ?? /* @__PURE__ */ new Map();
      sections.set(header[1], section);
      key = void 0;
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(trimmed);
    if (!pair || !section) {
      key = void 0;
      continue;
    }
    key = pair[1].toLowerCase();
    section.set(key, pair[2]);
  }
  return sections;
}
function iniArgs(value) {
  return value.split(/\s+/).filter(Boolean);
}
function iniList(value) {
  return value === void 0 ? [] : value.split(/[\s,]+/).filter(Boolean);
}

// src/languages/python/pyproject.ts
var isTable = (v) => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
var strings = (v) => Array.isArray(v) && v.every((s) => typeof s === "string") ? v : typeof v === "string" ? [v] : void 0;
var words = (v) => strings(v)?.flatMap(iniArgs);
function at(table, ...keys2) {
  let value = table;
  for (const key of keys2) value = isTable(value) ? value[key] : void 0;
  return value;
}
function topName(path) {
  return cleanDir(path).split(/[/.]/)[0];
}
function readPyproject(text) {
  let doc;
  try {
    doc = parse4(text);
  } catch (error) {
    const where = error instanceof TomlError ? ` (line ${error.line})` : "";
    return { project: true, roots: [], pytest: false, problems: [`pyproject.toml is not valid TOML${where}: roots from the defaults`] };
  }
  const isProject = isTable(doc.project) || isTable(doc["build-system"]) || isTable(at(doc, "tool", "poetry"));
  const pytestTable = at(doc, "tool", "pytest", "ini_options") ?? at(doc, "tool", "pytest");
  const pytest = isTable(pytestTable);
  const pytestPaths = pytest ? words(pytestTable.pythonpath) : void 0;
  const pytestFiles = pytest ? words(pytestTable.python_files) : void 0;
  const testing = { ...pytestPaths && { pytestPaths }, ...pytestFiles && { pytestFiles } };
  if (!isProject) return pytest ? { project: false, roots: [], pytest, problems: [], ...testing } : void 0;
  const problems = [];
  const roots = [...setuptoolsRoots(doc, problems), ...hatchRoots(doc, problems), ...poetryRoots(doc)];
  const pdm = at(doc, "tool", "pdm", "build", "package-dir");
  if (typeof pdm === "string") roots.push({ dir: cleanDir(pdm), why: "tool.pdm.build.package-dir", namespaces: true });
  const maturin = at(doc, "tool", "maturin", "python-source");
  if (typeof maturin === "string") roots.push({ dir: cleanDir(maturin), why: "tool.maturin.python-source", namespaces: true });
  const backend = at(doc, "build-system", "build-backend");
  const flitOwn = at(doc, "tool", "flit", "module", "name");
  const projectName = at(doc, "project", "name");
  const flitModule = typeof flitOwn === "string" ? flitOwn : typeof backend === "string" && backend.startsWith("flit") && typeof projectName === "string" ? projectName.replace(/[-.]+/g, "_").toLowerCase() : void 0;
  const requires = at(doc, "project", "requires-python") ?? at(doc, "tool", "poetry", "dependencies", "python");
  return {
    project: true,
    roots,
    pytest,
    problems,
    ...flitModule && { flitModule },
    ...testing,
    ...typeof requires === "string" && oldestPython(requires) && { oldestPython: oldestPython(requires) }
  };
}
function setuptoolsRoots(doc, problems) {
  const setuptools = at(doc, "tool", "setuptools");
  if (!isTable(setuptools)) return [];
  const roots = [];
  const packageDir = setuptools["package-dir"];
  const base = isTable(packageDir) && typeof packageDir[""] === "string" ? cleanDir(packageDir[""]) : "";
  if (isTable(packageDir)) roots.push(...mappedPackages(packageDir, "tool.setuptools.package-dir", problems));
  const packages = setuptools.packages;
  const listed = strings(packages);
  if (listed) {
    roots.push(...listedPackages(base, listed, roots, "tool.setuptools.packages"));
  } else if (isTable(packages) && isTable(packages.find)) {
    const find = packages.find;
    const where = strings(find.where) ?? ["."];
    for (const dir of where) {
      roots.push({
        dir: cleanDir(dir),
        why: "tool.setuptools.packages.find.where",
        namespaces: find.namespaces !== false,
        ...strings(find.include) && { include: strings(find.include).map((p) => p.split(".")[0]) },
        ...strings(find.exclude) && { exclude: strings(find.exclude).filter((p) => !p.includes(".")) }
      });
    }
  } else if (isTable(packageDir) && typeof packageDir[""] === "string") {
    roots.push({ dir: base, why: "tool.setuptools.package-dir", namespaces: true });
  }
  return roots;
}
function mappedPackages(mapping, why, problems) {
  const roots = [];
  for (const [name2, dir] of Object.entries(mapping)) {
    if (name2 === "" || typeof dir !== "string") continue;
    const folder = cleanDir(dir);
    const parts2 = name2.split(".");
    const tail = folder.split("/").slice(-parts2.length).join(".");
    if (tail === name2) roots.push({ dir: folder.split("/").slice(0, -parts2.length).join("/"), why, namespaces: true, include: [parts2[0]] });
    else problems.push(`${why}: package ${name2} lives in ${folder}, a folder of another name: not followed`);
  }
  return roots;
}
function hatchRoots(doc, problems) {
  const roots = [];
  for (const prefix of [
    ["tool", "hatch", "build", "targets", "wheel"],
    ["tool", "hatch", "build"]
  ]) {
    const options = at(doc, ...prefix);
    if (!isTable(options)) continue;
    const name2 = prefix.join(".");
    for (const path of strings(options.packages) ?? []) {
      const dir = cleanDir(path);
      const slash = dir.lastIndexOf("/");
      roots.push({ dir: slash < 0 ? "" : dir.slice(0, slash), why: `${name2}.packages`, namespaces: true, include: [dir.slice(slash + 1)] });
    }
    const sources = options.sources;
    for (const dir of strings(sources) ?? []) roots.push({ dir: cleanDir(dir), why: `${name2}.sources`, namespaces: true });
    if (isTable(sources)) {
      for (const [from, to] of Object.entries(sources)) {
        if (to === "") roots.push({ dir: cleanDir(from), why: `${name2}.sources`, namespaces: true });
        else problems.push(`${name2}.sources: ${from} is installed as ${String(to)}: not followed`);
      }
    }
    if (roots.length) break;
  }
  return roots;
}
function poetryRoots(doc) {
  const packages = at(doc, "tool", "poetry", "packages");
  if (!Array.isArray(packages)) return [];
  const roots = [];
  for (const entry of packages) {
    if (!isTable(entry) || typeof entry.include !== "string") continue;
    const dir = typeof entry.from === "string" ? cleanDir(entry.from) : "";
    roots.push({ dir, why: "tool.poetry.packages", namespaces: true, include: [topName(entry.include)] });
  }
  return roots;
}

// src/languages/python/setup-cfg.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function readSetupCfg(text) {
  const ini = readIni(text);
  const options = ini.get("options");
  const problems = [];
  const mapping = {};
  for (const line of (options?.get("package_dir") ?? "").split("\n")) {
    const pair = /^\s*([\w.]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (pair) mapping[pair[1]] = pair[2];
  }
  const base = cleanDir(mapping[""] ?? "");
  const roots = mappedPackages(mapping, "setup.cfg package_dir", problems);
  const packages = options?.get("packages")?.trim();
  if (packages === "find:" || packages === "find_namespace:") {
    const find = ini.get("options.packages.find");
    const where = find?.get("where");
    roots.push({
      dir: where === void 0 ? base : cleanDir(where),
      why: `setup.cfg packages = ${packages}`,
      namespaces: packages === "find_namespace:",
      ...find?.has("include") && { include: iniList(find.get("include")).map((p) => p.split(".")[0]) },
      ...find?.has("exclude") && { exclude: iniList(find.get("exclude")).filter((p) => !p.includes(".")) }
    });
  } else if (packages) {
    roots.push(...listedPackages(base, iniList(packages), roots, "setup.cfg packages"));
  } else if (mapping[""] !== void 0) roots.push({ dir: base, why: "setup.cfg package_dir", namespaces: true });
  const pytest = ini.get("tool:pytest");
  const oldest = oldestPython(options?.get("python_requires"));
  return {
    project: true,
    roots,
    pytest: pytest !== void 0,
    problems,
    ...pytest && pytestSettings(pytest),
    ...oldest && { oldestPython: oldest }
  };
}
function readPytestIni(text, always = false) {
  const pytest = readIni(text).get("pytest") ?? (always ? /* @__PURE__ */ new Map() : void 0);
  if (!pytest) return void 0;
  return {
    project: false,
    roots: [],
    pytest: true,
    problems: [],
    ...pytestSettings(pytest)
  };
}
function pytestSettings(section) {
  const paths = section.get("pythonpath");
  const files = section.get("python_files");
  return { ...paths !== void 0 && { pytestPaths: iniArgs(paths) }, ...files !== void 0 && { pytestFiles: iniArgs(files) } };
}

// src/languages/python/layout.ts
var PYTEST_PRECEDENCE = ["pytest.ini", "pyproject.toml", "tox.ini", "setup.cfg"];
var FIXTURE_FOLDERS = /* @__PURE__ */ new Set(["tests", "test", "testing", "fixtures", "data"]);
var FLAT_LAYOUT_EXCLUDE = [
  "ci",
  "bin",
  "debian",
  "doc",
  "docs",
  "documentation",
  "manpages",
  "news",
  "newsfragments",
  "changelog",
  "test",
  "tests",
  "unit_test",
  "unit_tests",
  "example",
  "examples",
  "scripts",
  "tools",
  "util",
  "utils",
  "python",
  "build",
  "dist",
  "venv",
  "env",
  "requirements",
  "tasks",
  "fabfile",
  "site_scons",
  "benchmark",
  "benchmarks",
  "exercise",
  "exercises",
  "htmlcov",
  "[._]*"
];
var join7 = (dir, rel) => dir === "" ? rel : rel === "" ? dir : `${dir}/${rel}`;
function readLayout(source2) {
  const byFolder = /* @__PURE__ */ new Map();
  for (const file of source2.files) {
    const decl = readPackagingFile(file, source2);
    if (!decl) continue;
    const folder = byFolder.get(dirOf(file)) ?? { files: [], decls: [] };
    folder.files.push(file);
    folder.decls.push(decl);
    byFolder.set(dirOf(file), folder);
  }
  const pytest = /* @__PURE__ */ new Map();
  const found = [];
  for (const [dir, { files, decls }] of [...byFolder].sort(([a], [b]) => byCodePoint(a, b))) {
    const config = PYTEST_PRECEDENCE.map((name2) => decls[files.findIndex((f) => baseName(f) === name2)]).find((d) => d?.pytest);
    if (config) {
      const paths = (config.pytestPaths ?? []).flatMap((p) => normalPath(join7(dir, p)) ?? []);
      pytest.set(dir, { dir, paths, ...config.pytestFiles && { files: config.pytestFiles } });
    }
    if (!decls.some((d) => d.project)) continue;
    const projectFiles = files.filter((_, k) => decls[k].project);
    const declared = decls.flatMap((d) => d.roots);
    const unique = declared.filter((r, k) => declared.findIndex((o) => o.dir === r.dir && String(o.include) === String(r.include)) === k);
    const roots2 = (unique.length ? unique : defaultRoots(dir, decls, source2.files)).map((r) => ({
      ...r,
      dir: join7(dir, r.dir),
      project: dir
    }));
    const oldest = decls.map((d) => d.oldestPython).find(Boolean);
    found.push({ dir, files: projectFiles, roots: roots2, problems: decls.flatMap((d) => d.problems), ...oldest && { oldestPython: oldest } });
  }
  if (!found.some((p) => p.dir === "")) {
    const roots2 = defaultRoots("", [], source2.files).map((r) => ({
      ...r,
      why: `no packaging at the repository root: ${r.why}`,
      project: ""
    }));
    found.unshift({ dir: "", files: [], roots: roots2, problems: [] });
  }
  const projects = [];
  const fileSet = new Set(source2.files);
  for (const project of found) {
    const fixture = fixtureReason(project.dir, projects, fileSet);
    projects.push(fixture ? { ...project, fixture } : project);
  }
  const roots = [...projects.filter((p) => !p.fixture).flatMap((p) => p.roots), ...sitePackages(source2.files, projects)].sort(
    (a, b) => byCodePoint(a.dir, b.dir)
  );
  return { projects, roots, pytest, extra: readExtraPaths(source2.readText(SETTINGS_FILE), source2.settings?.[PYTHON_PATHS], source2.files) };
}
function readPackagingFile(file, source2) {
  const name2 = baseName(file);
  if (name2 === "setup.py") {
    return source2.setupOf(file) ?? { project: true, roots: [], pytest: false, problems: ["setup.py: no literal setup() call read"] };
  }
  if (!["pyproject.toml", "setup.cfg", "pytest.ini", "tox.ini"].includes(name2)) return void 0;
  const text = source2.readText(file);
  if (text === void 0) return void 0;
  if (name2 === "pyproject.toml") return readPyproject(text);
  if (name2 === "setup.cfg") return readSetupCfg(text);
  return readPytestIni(text, name2 === "pytest.ini");
}
function defaultRoots(dir, decls, files) {
  const prefix = join7(dir, "src") + "/";
  const flit = decls.map((d) => d.flitModule).find(Boolean);
  if (flit) {
    const [folder, file] = [`${prefix}${flit.replaceAll(".", "/")}/`, `${prefix}${flit.replaceAll(".", "/")}.py`];
    const inSrc = files.some((f) => f.startsWith(folder) || f === file);
    return [{ dir: inSrc ? "src" : "", why: `flit module ${flit}`, namespaces: true, include: [flit.split(".")[0]] }];
  }
  const hasSrc = files.some((f) => f.startsWith(prefix));
  const [init2, stub] = [`${prefix}__init__.py`, `${prefix}__init__.pyi`];
  const srcIsPackage = files.some((f) => f === init2 || f === stub);
  if (!hasSrc || srcIsPackage) return [flatRoot()];
  const src = { dir: "src", why: "src/ layout (no roots declared)", namespaces: true };
  const flat = (0, import_picomatch5.default)(FLAT_LAYOUT_EXCLUDE, { dot: true });
  const inDir = dir === "" ? "" : dir + "/";
  const packagesBeside = files.some((f) => {
    if (!/\/__init__\.pyi?$/.test(f) || !f.startsWith(inDir)) return false;
    const rest = f.slice(inDir.length);
    const slash = rest.indexOf("/");
    const top = rest.slice(0, slash);
    return slash > 0 && rest.indexOf("/", slash + 1) < 0 && top !== "src" && !flat(top);
  });
  return packagesBeside ? [src, { ...flatRoot(), why: "flat layout beside src/ (no roots declared): regular packages" }] : [src];
}
function flatRoot() {
  return { dir: "", why: "flat layout (no roots declared): regular packages", namespaces: false, notPackages: FLAT_LAYOUT_EXCLUDE };
}
function sitePackages(files, projects) {
  const found = /* @__PURE__ */ new Map();
  for (const file of files) {
    const info2 = dirOf(file);
    if (!info2.endsWith(".dist-info") || found.has(dirOf(info2))) continue;
    found.set(dirOf(info2), baseName(info2));
  }
  const roots = [];
  for (const [dir, info2] of found) {
    const owner = projects.filter((p) => p.dir === "" || dir === p.dir || dir.startsWith(p.dir + "/")).sort((a, b) => b.dir.length - a.dir.length)[0];
    if (owner && !owner.fixture) roots.push({ dir, why: `site-packages (holds ${info2})`, namespaces: true, project: owner.dir });
  }
  return roots;
}
function fixtureReason(dir, projects, files) {
  if (dir === "") return void 0;
  const folder = dir.split("/").find((part) => FIXTURE_FOLDERS.has(part));
  if (folder) return `below a ${folder}/ folder`;
  for (const other of projects) {
    if (other.fixture) continue;
    for (const root of other.roots) {
      if (!(root.dir === "" || dir.startsWith(root.dir + "/")) || dir === root.dir) continue;
      const top = (root.dir === "" ? dir : dir.slice(root.dir.length + 1)).split("/")[0];
      const init2 = join7(root.dir, top) + "/__init__.py";
      if (files.has(init2) || root.namespaces && root.dir !== other.dir)
        return `inside ${other.dir || "the root"} project's package ${top}`;
    }
  }
  return void 0;
}

// src/languages/python/select.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function selectPythonFiles(files) {
  const sources = new Set(files.filter((f) => f.path.endsWith(".py")).map((f) => f.path));
  return files.filter((f) => f.path.endsWith(".py") || f.path.endsWith(".pyi") && !sources.has(f.path.slice(0, -1)));
}

// src/languages/python/removed-imports.ts
function importsNamingRemoved2(removed, references2, context, setupOf = () => void 0) {
  const files = selectPythonFiles(context.files.map((path) => ({ path }))).map((f) => f.path);
  const byName = /* @__PURE__ */ new Map();
  const file = (name2, reference) => {
    const list = byName.get(name2);
    if (list) list.push(reference);
    else byName.set(name2, [reference]);
  };
  for (const reference of references2) {
    file(reference.specifier, reference);
    const dot = reference.specifier.lastIndexOf(".");
    if (dot > 0) file(reference.specifier.slice(0, dot), reference);
  }
  const result = /* @__PURE__ */ new Map();
  for (const [path, name2] of moduleNames(removed, files, packagingOf(context, setupOf))) {
    const found = new Set(byName.get(name2) ?? []);
    result.set(
      path,
      [...found].sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line)
    );
  }
  return result;
}
function packagingOf(context, setupOf) {
  const texts = /* @__PURE__ */ new Map();
  const setups = /* @__PURE__ */ new Map();
  const once = (cache, path, read) => {
    if (!cache.has(path)) cache.set(path, read(path));
    return cache.get(path);
  };
  return {
    ...context,
    readText: (path) => once(texts, path, (p) => context.readText(p)),
    setupOf: (path) => once(setups, path, setupOf)
  };
}
function moduleNames(paths, files, packaging) {
  const groups = /* @__PURE__ */ new Map();
  for (const path of paths) {
    if (!/\.pyi?$/.test(path)) continue;
    const key = `${dirOf(path)}\0${/^__init__\.pyi?$/.test(baseName(path))}`;
    const group = groups.get(key);
    if (group) group.push(path);
    else groups.set(key, [path]);
  }
  const names = /* @__PURE__ */ new Map();
  for (const group of groups.values()) {
    const added = new Set(group);
    const all = [...files.filter((f) => !added.has(f)), ...group];
    const index = new PythonModuleIndex(
      all,
      readLayout({ ...packaging, files: [...packaging.files.filter((f) => !added.has(f)), ...group] })
    );
    for (const path of group) {
      const parts2 = index.moduleParts(path);
      if (parts2.length) names.set(path, parts2.join("."));
    }
  }
  return names;
}

// src/languages/python/resolve.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/layout-view.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function layoutRoots(layout) {
  const projects = layout.projects.map((p) => ({
    language: "python",
    project: p.dir,
    files: p.files,
    roots: p.roots.map((r) => ({ dir: r.dir, why: r.why })),
    ...p.fixture && { fixture: p.fixture },
    problems: p.problems
  }));
  const extra = layout.extra.sources.map(({ from, paths, problems }) => ({
    language: "python",
    project: "",
    files: [from],
    roots: paths.map((dir) => ({ dir, why: "python-paths" })),
    problems
  }));
  return [...projects, ...extra];
}

// src/languages/python/conftest.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function conftestPairs(files, tests) {
  const byFolder = /* @__PURE__ */ new Map();
  for (const file of files) if (baseName(file) === "conftest.py") byFolder.set(dirOf(file), file);
  const pairs = [];
  if (!byFolder.size) return pairs;
  for (const from of files) {
    if (!tests.has(from) && baseName(from) !== "conftest.py") continue;
    for (let dir = dirOf(from); ; dir = dirOf(dir)) {
      const to = byFolder.get(dir);
      if (to !== void 0 && to !== from) pairs.push({ from, to });
      if (dir === "") break;
    }
  }
  return pairs;
}

// src/languages/python/search-path.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/test-files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch6 = __toESM(require_picomatch2(), 1);
function isPythonTestFile(path) {
  const name2 = baseName(path);
  return /^test_.*\.pyi?$|_test\.pyi?$|^tests\.pyi?$|^conftest\.py$/u.test(name2) || belowTestsFolder(path);
}
function belowTestsFolder(path) {
  return path.startsWith("tests/") || path.includes("/tests/");
}
var DEFAULT_TESTS = /^(?:test_.*|.*_test|tests)\.py$/u;
var IN_TESTS_FOLDER = /^test.*\.py$/u;
function pythonTestFiles(files, pytest) {
  const matchers = /* @__PURE__ */ new Map();
  const matcherOf = (config) => {
    let match = matchers.get(config);
    if (!match) {
      const byName = (0, import_picomatch6.default)(
        config.files.filter((p) => !p.includes("/")),
        { bash: true, dot: true }
      );
      const byPath = (0, import_picomatch6.default)(
        config.files.filter((p) => p.includes("/")).map((p) => `*/${p}`),
        { bash: true, dot: true }
      );
      matchers.set(config, match = (path, name2) => byName(name2) || byPath(`/${path}`));
    }
    return match;
  };
  return files.filter((path) => {
    const name2 = baseName(path);
    if (!name2.endsWith(".py")) return false;
    const config = nearest(pytest, path);
    if (config?.files) return matcherOf(config)(path, name2);
    if (name2 === "conftest.py" || name2 === "__init__.py") return false;
    return DEFAULT_TESTS.test(name2) || IN_TESTS_FOLDER.test(name2) && belowTestsFolder(path);
  });
}
function nearest(pytest, path) {
  if (!pytest.size) return void 0;
  for (let dir = dirOf(path); ; dir = dirOf(dir)) {
    const config = pytest.get(dir);
    if (config || dir === "") return config;
  }
}

// src/languages/python/search-path.ts
var open = (dir) => ({ dir, namespaces: true });
var SearchPaths = class {
  constructor(index, layout, files, factsOf) {
    this.index = index;
    this.layout = layout;
    this.factsOf = factsOf;
    for (const file of files) if (baseName(file) === "conftest.py") this.conftests.add(dirOf(file));
    this.rootNumbers = new Map(layout.roots.map((root, k) => [root, k]));
  }
  index;
  layout;
  factsOf;
  conftests = /* @__PURE__ */ new Set();
  /**
   * One object per distinct path: most files of a project have the same one, and resolution keeps what
   * it looked up along a path by its identity.
   */
  interned = /* @__PURE__ */ new Map();
  /** By the file's folder, then whether it is a test and runs as a program (see `of`). */
  byFolder = /* @__PURE__ */ new Map();
  rootNumbers;
  of(file, facts) {
    const test = isPythonTestFile(file);
    if (facts.pathEdits?.length) return this.build(file, facts, test);
    const folder = this.index.folderOf(file);
    let paths = this.byFolder.get(folder);
    if (!paths) this.byFolder.set(folder, paths = [void 0, void 0, void 0, void 0]);
    const kind = (test ? 2 : 0) + (facts.program ? 1 : 0);
    return paths[kind] ??= this.build(file, facts, test);
  }
  build(file, facts, test) {
    const entries = [];
    const seen = /* @__PURE__ */ new Set();
    const add = (entry) => {
      if (seen.has(entry.dir)) return;
      seen.add(entry.dir);
      entries.push(entry);
    };
    const declared = this.index.declaredBy(file);
    if (facts.program && !declared) add(open(dirOf(file)));
    if (test || !declared) add(open(this.index.basedir(file)));
    const first = entries[0];
    const addEdits = (of, edits) => {
      for (const edit of edits ?? []) {
        const dir = normalPath(dirOf(of) === "" ? edit : `${dirOf(of)}/${edit}`);
        if (dir !== void 0) add(open(dir));
      }
    };
    addEdits(file, facts.pathEdits);
    if (test) {
      for (let dir = dirOf(file); ; dir = dirOf(dir)) {
        const conftest = `${dir === "" ? "" : dir + "/"}conftest.py`;
        if (this.conftests.has(dir)) {
          add(open(this.index.basedir(conftest)));
          addEdits(conftest, this.factsOf(conftest).pathEdits);
        }
        if (dir === "") break;
      }
      const pytest = this.pytestFor(file);
      for (const dir of pytest?.paths ?? []) add(open(dir));
      add(open(pytest?.dir ?? this.projectOf(file)));
    }
    for (const dir of this.layout.extra.paths) add(open(dir));
    const project = this.projectOf(file);
    for (const root of this.layout.roots) if (root.project === project) add(root);
    for (const root of this.layout.roots) add(root);
    const key = `${project}\0${first ? 1 : 0}\0${entries.map((e) => this.rootNumbers.get(e) ?? `/${e.dir}`).join("\0")}`;
    let path = this.interned.get(key);
    if (!path) this.interned.set(key, path = first ? { entries, first, project } : { entries, project });
    return path;
  }
  /** The nearest folder at or above the file with pytest's configuration. */
  pytestFor(file) {
    for (let dir = dirOf(file); ; dir = dirOf(dir)) {
      const config = this.layout.pytest.get(dir);
      if (config || dir === "") return config;
    }
  }
  /** The folder of the nearest project at or above the file that adds roots ('' when none does). */
  projectOf(file) {
    let best = "";
    for (const project of this.layout.projects) {
      if (project.fixture || project.dir.length < best.length) continue;
      if (project.dir === "" || file.startsWith(project.dir + "/")) best = project.dir;
    }
    return best;
  }
};

// src/languages/python/stdlib.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/stdlib-names.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var STDLIB_VERSIONS = ["3.10", "3.11", "3.12", "3.13"];
var STDLIB_NAMES = {
  __future__: [0, 1, 2, 3],
  _abc: [0, 1, 2, 3],
  _aix_support: [0, 1, 2, 3],
  _android_support: [3],
  _ast: [0, 1, 2, 3],
  _asyncio: [0, 1, 2, 3],
  _bisect: [0, 1, 2, 3],
  _blake2: [0, 1, 2, 3],
  _bootsubprocess: [0, 1],
  _bz2: [0, 1, 2, 3],
  _codecs: [0, 1, 2, 3],
  _codecs_cn: [0, 1, 2, 3],
  _codecs_hk: [0, 1, 2, 3],
  _codecs_iso2022: [0, 1, 2, 3],
  _codecs_jp: [0, 1, 2, 3],
  _codecs_kr: [0, 1, 2, 3],
  _codecs_tw: [0, 1, 2, 3],
  _collections: [0, 1, 2, 3],
  _collections_abc: [0, 1, 2, 3],
  _colorize: [3],
  _compat_pickle: [0, 1, 2, 3],
  _compression: [0, 1, 2, 3],
  _contextvars: [0, 1, 2, 3],
  _crypt: [0, 1, 2],
  _csv: [0, 1, 2, 3],
  _ctypes: [0, 1, 2, 3],
  _curses: [0, 1, 2, 3],
  _curses_panel: [0, 1, 2, 3],
  _datetime: [0, 1, 2, 3],
  _dbm: [0, 1, 2, 3],
  _decimal: [0, 1, 2, 3],
  _elementtree: [0, 1, 2, 3],
  _frozen_importlib: [0, 1, 2, 3],
  _frozen_importlib_external: [0, 1, 2, 3],
  _functools: [0, 1, 2, 3],
  _gdbm: [0, 1, 2, 3],
  _hashlib: [0, 1, 2, 3],
  _heapq: [0, 1, 2, 3],
  _imp: [0, 1, 2, 3],
  _interpchannels: [3],
  _interpqueues: [3],
  _interpreters: [3],
  _io: [0, 1, 2, 3],
  _ios_support: [3],
  _json: [0, 1, 2, 3],
  _locale: [0, 1, 2, 3],
  _lsprof: [0, 1, 2, 3],
  _lzma: [0, 1, 2, 3],
  _markupbase: [0, 1, 2, 3],
  _md5: [0, 1, 2, 3],
  _msi: [0, 1, 2],
  _multibytecodec: [0, 1, 2, 3],
  _multiprocessing: [0, 1, 2, 3],
  _opcode: [0, 1, 2, 3],
  _opcode_metadata: [3],
  _operator: [0, 1, 2, 3],
  _osx_support: [0, 1, 2, 3],
  _overlapped: [0, 1, 2, 3],
  _pickle: [0, 1, 2, 3],
  _posixshmem: [0, 1, 2, 3],
  _posixsubprocess: [0, 1, 2, 3],
  _py_abc: [0, 1, 2, 3],
  _pydatetime: [2, 3],
  _pydecimal: [0, 1, 2, 3],
  _pyio: [0, 1, 2, 3],
  _pylong: [2, 3],
  _pyrepl: [3],
  _queue: [0, 1, 2, 3],
  _random: [0, 1, 2, 3],
  _scproxy: [0, 1, 2, 3],
  _sha1: [0, 1, 2, 3],
  _sha2: [2, 3],
  _sha256: [0, 1],
  _sha3: [0, 1, 2, 3],
  _sha512: [0, 1],
  _signal: [0, 1, 2, 3],
  _sitebuiltins: [0, 1, 2, 3],
  _socket: [0, 1, 2, 3],
  _sqlite3: [0, 1, 2, 3],
  _sre: [0, 1, 2, 3],
  _ssl: [0, 1, 2, 3],
  _stat: [0, 1, 2, 3],
  _statistics: [0, 1, 2, 3],
  _string: [0, 1, 2, 3],
  _strptime: [0, 1, 2, 3],
  _struct: [0, 1, 2, 3],
  _suggestions: [3],
  _symtable: [0, 1, 2, 3],
  _sysconfig: [3],
  _thread: [0, 1, 2, 3],
  _threading_local: [0, 1, 2, 3],
  _tkinter: [0, 1, 2, 3],
  _tokenize: [1, 2, 3],
  _tracemalloc: [0, 1, 2, 3],
  _typing: [1, 2, 3],
  _uuid: [0, 1, 2, 3],
  _warnings: [0, 1, 2, 3],
  _weakref: [0, 1, 2, 3],
  _weakrefset: [0, 1, 2, 3],
  _winapi: [0, 1, 2, 3],
  _wmi: [3],
  _zoneinfo: [0, 1, 2, 3],
  abc: [0, 1, 2, 3],
  aifc: [0, 1, 2],
  antigravity: [0, 1, 2, 3],
  argparse: [0, 1, 2, 3],
  array: [0, 1, 2, 3],
  ast: [0, 1, 2, 3],
  asynchat: [0, 1],
  asyncio: [0, 1, 2, 3],
  asyncore: [0, 1],
  atexit: [0, 1, 2, 3],
  audioop: [0, 1, 2],
  base64: [0, 1, 2, 3],
  bdb: [0, 1, 2, 3],
  binascii: [0, 1, 2, 3],
  binhex: [0],
  bisect: [0, 1, 2, 3],
  builtins: [0, 1, 2, 3],
  bz2: [0, 1, 2, 3],
  cProfile: [0, 1, 2, 3],
  calendar: [0, 1, 2, 3],
  cgi: [0, 1, 2],
  cgitb: [0, 1, 2],
  chunk: [0, 1, 2],
  cmath: [0, 1, 2, 3],
  cmd: [0, 1, 2, 3],
  code: [0, 1, 2, 3],
  codecs: [0, 1, 2, 3],
  codeop: [0, 1, 2, 3],
  collections: [0, 1, 2, 3],
  colorsys: [0, 1, 2, 3],
  compileall: [0, 1, 2, 3],
  concurrent: [0, 1, 2, 3],
  configparser: [0, 1, 2, 3],
  contextlib: [0, 1, 2, 3],
  contextvars: [0, 1, 2, 3],
  copy: [0, 1, 2, 3],
  copyreg: [0, 1, 2, 3],
  crypt: [0, 1, 2],
  csv: [0, 1, 2, 3],
  ctypes: [0, 1, 2, 3],
  curses: [0, 1, 2, 3],
  dataclasses: [0, 1, 2, 3],
  datetime: [0, 1, 2, 3],
  dbm: [0, 1, 2, 3],
  decimal: [0, 1, 2, 3],
  difflib: [0, 1, 2, 3],
  dis: [0, 1, 2, 3],
  distutils: [0, 1],
  doctest: [0, 1, 2, 3],
  email: [0, 1, 2, 3],
  encodings: [0, 1, 2, 3],
  ensurepip: [0, 1, 2, 3],
  enum: [0, 1, 2, 3],
  errno: [0, 1, 2, 3],
  faulthandler: [0, 1, 2, 3],
  fcntl: [0, 1, 2, 3],
  filecmp: [0, 1, 2, 3],
  fileinput: [0, 1, 2, 3],
  fnmatch: [0, 1, 2, 3],
  fractions: [0, 1, 2, 3],
  ftplib: [0, 1, 2, 3],
  functools: [0, 1, 2, 3],
  gc: [0, 1, 2, 3],
  genericpath: [0, 1, 2, 3],
  getopt: [0, 1, 2, 3],
  getpass: [0, 1, 2, 3],
  gettext: [0, 1, 2, 3],
  glob: [0, 1, 2, 3],
  graphlib: [0, 1, 2, 3],
  grp: [0, 1, 2, 3],
  gzip: [0, 1, 2, 3],
  hashlib: [0, 1, 2, 3],
  heapq: [0, 1, 2, 3],
  hmac: [0, 1, 2, 3],
  html: [0, 1, 2, 3],
  http: [0, 1, 2, 3],
  idlelib: [0, 1, 2, 3],
  imaplib: [0, 1, 2, 3],
  imghdr: [0, 1, 2],
  imp: [0, 1],
  importlib: [0, 1, 2, 3],
  inspect: [0, 1, 2, 3],
  io: [0, 1, 2, 3],
  ipaddress: [0, 1, 2, 3],
  itertools: [0, 1, 2, 3],
  json: [0, 1, 2, 3],
  keyword: [0, 1, 2, 3],
  lib2to3: [0, 1, 2],
  linecache: [0, 1, 2, 3],
  locale: [0, 1, 2, 3],
  logging: [0, 1, 2, 3],
  lzma: [0, 1, 2, 3],
  mailbox: [0, 1, 2, 3],
  mailcap: [0, 1, 2],
  marshal: [0, 1, 2, 3],
  math: [0, 1, 2, 3],
  mimetypes: [0, 1, 2, 3],
  mmap: [0, 1, 2, 3],
  modulefinder: [0, 1, 2, 3],
  msilib: [0, 1, 2],
  msvcrt: [0, 1, 2, 3],
  multiprocessing: [0, 1, 2, 3],
  netrc: [0, 1, 2, 3],
  nis: [0, 1, 2],
  nntplib: [0, 1, 2],
  nt: [0, 1, 2, 3],
  ntpath: [0, 1, 2, 3],
  nturl2path: [0, 1, 2, 3],
  numbers: [0, 1, 2, 3],
  opcode: [0, 1, 2, 3],
  operator: [0, 1, 2, 3],
  optparse: [0, 1, 2, 3],
  os: [0, 1, 2, 3],
  ossaudiodev: [0, 1, 2],
  pathlib: [0, 1, 2, 3],
  pdb: [0, 1, 2, 3],
  pickle: [0, 1, 2, 3],
  pickletools: [0, 1, 2, 3],
  pipes: [0, 1, 2],
  pkgutil: [0, 1, 2, 3],
  platform: [0, 1, 2, 3],
  plistlib: [0, 1, 2, 3],
  poplib: [0, 1, 2, 3],
  posix: [0, 1, 2, 3],
  posixpath: [0, 1, 2, 3],
  pprint: [0, 1, 2, 3],
  profile: [0, 1, 2, 3],
  pstats: [0, 1, 2, 3],
  pty: [0, 1, 2, 3],
  pwd: [0, 1, 2, 3],
  py_compile: [0, 1, 2, 3],
  pyclbr: [0, 1, 2, 3],
  pydoc: [0, 1, 2, 3],
  pydoc_data: [0, 1, 2, 3],
  pyexpat: [0, 1, 2, 3],
  queue: [0, 1, 2, 3],
  quopri: [0, 1, 2, 3],
  random: [0, 1, 2, 3],
  re: [0, 1, 2, 3],
  readline: [0, 1, 2, 3],
  reprlib: [0, 1, 2, 3],
  resource: [0, 1, 2, 3],
  rlcompleter: [0, 1, 2, 3],
  runpy: [0, 1, 2, 3],
  sched: [0, 1, 2, 3],
  secrets: [0, 1, 2, 3],
  select: [0, 1, 2, 3],
  selectors: [0, 1, 2, 3],
  shelve: [0, 1, 2, 3],
  shlex: [0, 1, 2, 3],
  shutil: [0, 1, 2, 3],
  signal: [0, 1, 2, 3],
  site: [0, 1, 2, 3],
  smtpd: [0, 1],
  smtplib: [0, 1, 2, 3],
  sndhdr: [0, 1, 2],
  socket: [0, 1, 2, 3],
  socketserver: [0, 1, 2, 3],
  spwd: [0, 1, 2],
  sqlite3: [0, 1, 2, 3],
  sre_compile: [0, 1, 2, 3],
  sre_constants: [0, 1, 2, 3],
  sre_parse: [0, 1, 2, 3],
  ssl: [0, 1, 2, 3],
  stat: [0, 1, 2, 3],
  statistics: [0, 1, 2, 3],
  string: [0, 1, 2, 3],
  stringprep: [0, 1, 2, 3],
  struct: [0, 1, 2, 3],
  subprocess: [0, 1, 2, 3],
  sunau: [0, 1, 2],
  symtable: [0, 1, 2, 3],
  sys: [0, 1, 2, 3],
  sysconfig: [0, 1, 2, 3],
  syslog: [0, 1, 2, 3],
  tabnanny: [0, 1, 2, 3],
  tarfile: [0, 1, 2, 3],
  telnetlib: [0, 1, 2],
  tempfile: [0, 1, 2, 3],
  termios: [0, 1, 2, 3],
  textwrap: [0, 1, 2, 3],
  this: [0, 1, 2, 3],
  threading: [0, 1, 2, 3],
  time: [0, 1, 2, 3],
  timeit: [0, 1, 2, 3],
  tkinter: [0, 1, 2, 3],
  token: [0, 1, 2, 3],
  tokenize: [0, 1, 2, 3],
  tomllib: [1, 2, 3],
  trace: [0, 1, 2, 3],
  traceback: [0, 1, 2, 3],
  tracemalloc: [0, 1, 2, 3],
  tty: [0, 1, 2, 3],
  turtle: [0, 1, 2, 3],
  turtledemo: [0, 1, 2, 3],
  types: [0, 1, 2, 3],
  typing: [0, 1, 2, 3],
  unicodedata: [0, 1, 2, 3],
  unittest: [0, 1, 2, 3],
  urllib: [0, 1, 2, 3],
  uu: [0, 1, 2],
  uuid: [0, 1, 2, 3],
  venv: [0, 1, 2, 3],
  warnings: [0, 1, 2, 3],
  wave: [0, 1, 2, 3],
  weakref: [0, 1, 2, 3],
  webbrowser: [0, 1, 2, 3],
  winreg: [0, 1, 2, 3],
  winsound: [0, 1, 2, 3],
  wsgiref: [0, 1, 2, 3],
  xdrlib: [0, 1, 2],
  xml: [0, 1, 2, 3],
  xmlrpc: [0, 1, 2, 3],
  zipapp: [0, 1, 2, 3],
  zipfile: [0, 1, 2, 3],
  zipimport: [0, 1, 2, 3],
  zlib: [0, 1, 2, 3],
  zoneinfo: [0, 1, 2, 3]
};

// src/languages/python/stdlib.ts
function isStandardLibrary(name2, oldest) {
  if (!Object.hasOwn(STDLIB_NAMES, name2)) return false;
  const versions = STDLIB_NAMES[name2];
  const minor = (v) => Number(v.split(".")[1]);
  const want = oldest === void 0 ? 0 : minor(oldest);
  let from = STDLIB_VERSIONS.findIndex((v) => minor(v) >= want);
  if (from < 0) from = STDLIB_VERSIONS.length - 1;
  return versions.some((k) => k >= from);
}

// src/languages/python/resolve.ts
function resolvePython(facts, context = factsOnly(facts)) {
  const { files, layout, index } = moduleIndexOf(facts, context);
  const paths = new SearchPaths(index, layout, files, (file) => facts.get(file) ?? {});
  const resolver = new Resolver(index, new Lookups(index, layout), localNames(files, index, layout));
  const tests = pythonTestFiles(files, layout.pytest);
  const conftests = conftestPairs(files, new Set(tests));
  let conftest = 0;
  for (let k = 0; k < files.length; k++) {
    const from = files[k];
    const fileFacts = facts.get(from);
    resolver.file(from, fileFacts, paths.of(from, fileFacts));
    for (; conftest < conftests.length && conftests[conftest].from === from; conftest++)
      resolver.edges.add(conftests[conftest].to, "conftest", void 0, true);
    resolver.edges.finish();
  }
  const { edges, unresolved, dynamic, partial: partial2, attributes } = resolver;
  return { edges: edges.list(), unresolved, dynamic, partial: partial2, attributes, tests, layout, roots: layoutRoots(layout) };
}
function moduleIndexOf(facts, context) {
  const files = [...facts.keys()].sort(byCodePoint);
  const layout = readLayout({ ...context, readText: (p) => context.readText(p), setupOf: (p) => facts.get(p)?.setup });
  const index = new PythonModuleIndex(files, layout, new Set(files.filter((f) => facts.get(f).extendsPath)));
  return { files, layout, index };
}
var Resolver = class {
  constructor(index, lookups, local) {
    this.index = index;
    this.lookups = lookups;
    this.local = local;
    this.relatives = new NamesBelow(index, 0);
  }
  index;
  lookups;
  local;
  edges = new EdgeList();
  unresolved = [];
  dynamic = [];
  partial = [];
  attributes = [];
  outcome = new Outcome();
  seen = new SeenLines();
  relatives;
  /** One file's statements, its dynamic imports and settings, and its package's `__init__`; `edges.finish()` ends it. */
  file(from, facts, filePath) {
    const { index, edges, outcome } = this;
    const { imports, dynamic: calls, settings, syntaxErrorLine } = facts;
    if (syntaxErrorLine !== void 0) this.partial.push({ path: from, line: syntaxErrorLine });
    const path = this.lookups.along(filePath);
    const pkg = index.packageParts(from);
    const importer = { folder: index.folderOf(from), pkg, init: isInit(from), path };
    const firstUnresolved = this.unresolved.length;
    this.seen.nextFile();
    const stub = from.endsWith(".pyi");
    edges.start(from);
    for (let k = 0; k < imports.length; k++) {
      const statement = imports[k];
      const line = statement.line;
      this.resolve(importer, statement, outcome.reset());
      const kind = stub ? "type" : statement.context;
      for (let t = 0; t < outcome.targets; t++) edges.add(outcome.target(t), kind, line);
      for (let a = 0; a < outcome.attributes; a++) this.attributes.push({ from, specifier: outcome.attribute(a), line });
      const specifier = outcome.unresolved;
      if (specifier === void 0 || this.seen.has(line, specifier, this.unresolved, firstUnresolved)) continue;
      const looksLocal = outcome.missing || specifier.startsWith(".") || !outcome.standard && this.local(specifier);
      this.unresolved.push(looksLocal ? { from, specifier, line, looksLocal } : { from, specifier, line });
    }
    const stringKind = stub ? "type" : "string";
    for (const call of calls) {
      const targets = this.named(importer, call.line, call.specifier);
      for (let t = 0; t < targets; t++) edges.add(outcome.target(t), stringKind, call.line);
      if (!targets) this.dynamic.push({ from, ...call });
    }
    for (const setting of settings) {
      const targets = this.named(importer, setting.line, setting.specifier);
      for (let t = 0; t < targets; t++) edges.add(outcome.target(t), stringKind, setting.line);
    }
    addPackageEdge(edges, importer);
  }
  /** One statement's files, attributes and unresolved name, into `out`. */
  resolve(importer, statement, out2) {
    const { level, module: module2, names } = statement;
    let reach;
    if (level > 0) {
      const start2 = relativeStart(importer, level);
      if (!start2) {
        const name2 = module2 === "" && names?.[0] !== "*" ? names?.[0] ?? "" : "";
        out2.nothing(out2.absoluteName(importer, level, module2) + name2);
        return;
      }
      reach = this.relatives.reach(start2, module2);
    } else {
      const known = importer.path.reach(module2);
      if (!known) {
        out2.unresolved = module2;
        out2.standard = true;
        return;
      }
      reach = known;
    }
    const { found, parent, missing, last } = reach;
    if (names === null) {
      if (found) {
        const file = found.file ?? last;
        if (file) out2.addTarget(file);
        return;
      }
      if (!parent?.file) {
        out2.nothing(out2.absoluteName(importer, level, module2), missing);
        return;
      }
      out2.addTarget(parent.file);
      out2.addAttribute(module2);
      return;
    }
    if (!found) {
      out2.nothing(out2.absoluteName(importer, level, module2), missing);
      return;
    }
    for (let k = 0; k < names.length; k++) {
      const name2 = names[k];
      const submodule = name2 === "*" ? void 0 : this.index.findSub(found, name2);
      if (submodule?.file) out2.addTarget(submodule.file);
      else if (submodule || name2 === "*") {
        if (last) out2.addTarget(last);
      } else if (found.file) {
        out2.addTarget(found.file);
        out2.addAttribute(`${out2.absoluteName(importer, level, module2)}.${name2}`);
      } else if (out2.unresolved === void 0) {
        const prefix = out2.absoluteName(importer, level, module2);
        out2.unresolved = prefix === "" ? name2 : `${prefix}.${name2}`;
        out2.missing = missing;
      }
    }
  }
  /** How many files a module named in a string resolves to (the outcome's targets). */
  named(importer, line, module2) {
    this.outcome.reset();
    if (DOTTED_NAME.test(module2)) this.resolve(importer, { line, context: "import", level: 0, module: module2, names: null }, this.outcome);
    return this.outcome.targets;
  }
};
var NamesBelow = class {
  constructor(index, first) {
    this.index = index;
    this.first = first;
  }
  index;
  first;
  byTop = /* @__PURE__ */ new Map();
  reach(top, module2) {
    let names = this.byTop.get(top);
    if (!names) this.byTop.set(top, names = /* @__PURE__ */ new Map());
    let reach = names.get(module2);
    if (!reach) names.set(module2, reach = descend(this.index, module2 ? module2.split(".") : [], top, this.first));
    return reach;
  }
};
function factsOnly(facts) {
  return { files: [...facts.keys()].sort(byCodePoint), readText: () => void 0 };
}
function localNames(files, index, layout) {
  let modules;
  const packages = /* @__PURE__ */ new Set();
  const answers = /* @__PURE__ */ new Map();
  const build = () => {
    const names = /* @__PURE__ */ new Set();
    const fixtures = layout.projects.filter((p) => p.fixture).map((p) => p.dir + "/");
    const joined = /* @__PURE__ */ new Map();
    for (let f = 0; f < files.length; f++) {
      const file = files[f];
      if (fixtures.some((dir) => file.startsWith(dir))) continue;
      const pkg = index.packageParts(file);
      const own2 = index.nameInPackage(file);
      let prefix = joined.get(pkg);
      if (prefix === void 0) {
        joined.set(pkg, prefix = pkg.join("."));
        for (let k = 1; k <= pkg.length; k++) packages.add(pkg.slice(0, k).join("."));
      }
      if (own2 === void 0) {
        if (pkg.length) names.add(prefix);
      } else names.add(pkg.length ? `${prefix}.${own2}` : own2);
    }
    return names;
  };
  return (name2) => {
    let answer = answers.get(name2);
    if (answer !== void 0) return answer;
    modules ??= build();
    answer = packages.has(name2);
    for (let end = name2.length; !answer && end > 0; end = name2.lastIndexOf(".", end - 1)) answer = modules.has(name2.slice(0, end));
    answers.set(name2, answer);
    return answer;
  };
}
function addPackageEdge(edges, importer) {
  const parents = importer.init ? importer.pkg.length - 1 : importer.pkg.length;
  let folder = importer.folder;
  if (importer.init) folder = folder.parent;
  for (let k = 0; folder && k < parents; k++, folder = folder.parent) {
    const file = packageAt(importer, parents - k, folder).file;
    if (file) {
      edges.add(file, "package");
      return;
    }
  }
}
var Outcome = class {
  /** The files found, and how many: the arrays are kept from one statement to the next (emptying one frees its storage). */
  found = [];
  targets = 0;
  /** Full names that are not modules, resolved to the module holding them. */
  names = [];
  attributes = 0;
  /** The name nothing provides, when something does not resolve. */
  unresolved;
  /** The name's first part is a package of the repository on the importer's path, yet the rest names nothing. */
  missing = false;
  /** The standard library's, by its name. */
  standard = false;
  /**
   * The statement's module by its absolute name (a relative one by the package it starts from), as
   * removed files are named, worked out once: unresolved names and attributes are spelled so.
   */
  spelled;
  reset() {
    this.targets = 0;
    this.attributes = 0;
    this.unresolved = void 0;
    this.missing = false;
    this.standard = false;
    this.spelled = void 0;
    return this;
  }
  addTarget(file) {
    this.found[this.targets++] = file;
  }
  target(k) {
    return this.found[k];
  }
  addAttribute(name2) {
    this.names[this.attributes++] = name2;
  }
  attribute(k) {
    return this.names[k];
  }
  absoluteName(importer, level, module2) {
    return this.spelled ??= absoluteNameOf(importer, level, module2);
  }
  /** Nothing found, and why: the name nothing provides. */
  nothing(unresolved, missing = false) {
    this.unresolved = unresolved;
    this.missing = missing;
  }
};
var NOWHERE = { found: void 0, parent: void 0, last: void 0, missing: false };
function descend(index, parts2, top, start2) {
  let deepest = top;
  let last = top?.file;
  for (let k = start2; deepest && k < parts2.length; k++) {
    const next = index.findSub(deepest, parts2[k]);
    if (!next) {
      const parent = k === parts2.length - 1 ? deepest : void 0;
      return { found: void 0, parent, last, missing: deepest.file !== void 0 };
    }
    deepest = next;
    last = next.file ?? last;
  }
  return { found: deepest, parent: void 0, last, missing: deepest?.file !== void 0 };
}
var PathLookup = class {
  constructor(index, below, path, oldest) {
    this.index = index;
    this.below = below;
    this.oldest = oldest;
    this.entries = path.entries;
    this.first = path.first && [path.first];
  }
  index;
  below;
  oldest;
  entries;
  /** sys.path[0] alone, as a path of its own. */
  first;
  standard = /* @__PURE__ */ new Map();
  /** Absolute names along this path, each looked up once: null for the standard library's. */
  names = /* @__PURE__ */ new Map();
  /** By a package's parts, then how many of them (packageNamed): null where they find nothing. */
  packages = /* @__PURE__ */ new Map();
  /**
   * What the first `length` parts of a package's name find along this path (see `reach`), by the parts'
   * array: the index gives one array per folder (packageParts), so each folder's names are joined and
   * looked up once, not once per file and package edge.
   */
  packageNamed(parts2, length) {
    let found = this.packages.get(parts2);
    if (!found) this.packages.set(parts2, found = []);
    let answer = found[length];
    if (answer === void 0) found[length] = answer = this.reach(parts2.slice(0, length).join("."))?.found ?? null;
    return answer ?? void 0;
  }
  /** How far an absolute name reaches along this path; undefined when it is the standard library's. */
  reach(module2) {
    let reach = this.names.get(module2);
    if (reach === void 0) {
      const dot = module2.indexOf(".");
      const first = dot < 0 ? module2 : module2.slice(0, dot);
      const top = this.isStandard(first) ? null : this.index.findTop(first, this.entries);
      reach = top === null ? null : top ? this.below.reach(top, module2) : NOWHERE;
      this.names.set(module2, reach);
    }
    return reach ?? void 0;
  }
  /** The standard library comes before everything but sys.path[0] (CONTRACTS.md §4 item 4). */
  isStandard(name2) {
    let answer = this.standard.get(name2);
    if (answer === void 0) {
      answer = isStandardLibrary(name2, this.oldest) && !(this.first && this.index.findTop(name2, this.first)?.file);
      this.standard.set(name2, answer);
    }
    return answer;
  }
};
var Lookups = class {
  constructor(index, layout) {
    this.index = index;
    this.layout = layout;
    this.below = new NamesBelow(index, 1);
  }
  index;
  layout;
  byPath = /* @__PURE__ */ new Map();
  below;
  along(path) {
    let lookup = this.byPath.get(path);
    if (!lookup) {
      const oldest = this.layout.projects.find((p) => p.dir === path.project)?.oldestPython;
      this.byPath.set(path, lookup = new PathLookup(this.index, this.below, path, oldest));
    }
    return lookup;
  }
};
function relativeStart(importer, level) {
  const base = relativeBase(importer.pkg, level);
  if (base === void 0) return void 0;
  let folder = importer.folder;
  for (let k = 1; k < level; k++) folder = folder.parent;
  return packageAt(importer, base, folder);
}
function packageAt(importer, length, folder) {
  const named = importer.path.packageNamed(importer.pkg, length);
  return named?.dirs.includes(folder) ? named : folder.package;
}
function absoluteNameOf(importer, level, module2) {
  if (level === 0) return module2;
  return absoluteIn(importer.pkg, level, module2)?.join(".") ?? ".".repeat(level) + module2;
}
var EdgeList = class {
  edges = [];
  /** Pairs new to pytest's conftest order, which come after every importer's (see `add`). */
  conftests = [];
  from = "";
  to = [];
  /** Each pair's kinds as bits (rank k: 1 << k), its strongest kind's rank, and its line (0: none). */
  kinds = [];
  rank = [];
  line = [];
  /** Whether a pair came from a conftest alone, its position among the pairs otherwise. */
  late = [];
  /** How many pairs the importer has: the arrays are kept for the next one (emptying an array frees its storage). */
  pairs = 0;
  byTo;
  start(from) {
    this.from = from;
    this.pairs = 0;
    this.byTo = void 0;
  }
  /**
   * `late`: a conftest pair, added after the importer's statements; one that no statement made comes
   * after every importer's pairs, as pytest's pairs were added once all files were resolved.
   */
  add(to, kind, line, late = false) {
    if (to === this.from) return;
    const k = this.indexOf(to);
    const rank = kindRank(kind);
    if (k < 0) {
      const n = this.pairs++;
      this.byTo?.set(to, n);
      this.to[n] = to;
      this.kinds[n] = 1 << rank;
      this.rank[n] = rank;
      this.line[n] = line ?? 0;
      this.late[n] = late;
      return;
    }
    this.kinds[k] |= 1 << rank;
    if (rank !== this.rank[k]) {
      if (rank > this.rank[k]) return;
      this.rank[k] = rank;
      this.line[k] = line ?? 0;
    } else if (line !== void 0 && (this.line[k] === 0 || line < this.line[k])) this.line[k] = line;
  }
  /** The importer's pairs become edges, in the order they were first seen. */
  finish() {
    for (let k = 0; k < this.pairs; k++) {
      const rank = this.rank[k];
      const edge = {
        from: this.from,
        to: this.to[k],
        kind: PY_EDGE_KINDS[rank].kind
      };
      const kinds = this.kinds[k];
      if (kinds !== 1 << rank) edge.kinds = PY_EDGE_KINDS.map((spec) => spec.kind).filter((_, r) => kinds & 1 << r);
      if (this.line[k]) edge.line = this.line[k];
      (this.late[k] ? this.conftests : this.edges).push(edge);
    }
  }
  list() {
    for (const edge of this.conftests) this.edges.push(edge);
    return this.edges;
  }
  indexOf(to) {
    if (this.byTo) return this.byTo.get(to) ?? -1;
    for (let k = 0; k < this.pairs; k++) if (this.to[k] === to) return k;
    if (this.pairs >= 16) this.byTo = new Map(this.to.slice(0, this.pairs).map((t, k) => [t, k]));
    return -1;
  }
};
var SeenLines = class {
  file = 0;
  /** The number of the file a line was last marked for; lines beyond are searched for. */
  marks = new Int32Array(1 << 16);
  nextFile() {
    this.file++;
  }
  has(line, specifier, list, start2) {
    if (line < this.marks.length && this.marks[line] !== this.file) {
      this.marks[line] = this.file;
      return false;
    }
    for (let k = start2; k < list.length; k++) if (list[k].line === line && list[k].specifier === specifier) return true;
    return false;
  }
};

// src/languages/python/warm-up.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TEXTS2 = [
  '#!/usr/bin/env python\n# -*- coding: utf-8 -*-\n"""Doc\nstring."""\nimport os, sys as system\nfrom . import a\nfrom ..b.c import (d,\n    e as f,  # why\n)\n',
  `from __future__ import annotations
import a.b; import c
x = 1; y = 2
__all__ = ["a", 'b']
__all__ += ("c",)
INSTALLED_APPS = [
    "a.b",
]
MIDDLEWARE += ["m"]
`,
  "if TYPE_CHECKING:\n    import t\nelif typing.TYPE_CHECKING: import u\nelse:\n    pass\n",
  `def f(a, b=(1, 2), *c, **d) -> "T":
	if a: return b
	m = importlib.import_module("x.y")
	n = __import__('z')
	return import_module(name)
`,
  "async def g():\n    async with a as b:\n        await c\n    async for d in e:\n        pass\nasync_value = 1\n",
  "class K(Base):\n    @property\n    @other.dec(1)\n    def p(self): return self.__name__\n    x: int = 0x1F + 0o7 + 0b1 + 1_000 + 1e-5 + 1.5j + .5 + 2.0\n",
  "try:\n    import a\nexcept (ImportError, ValueError) as e:\n    import b\nelse:\n    import c\nfinally:\n    import d\n",
  "for i in range(3):\n    while i:\n        with open(p) as f, open(q):\n            i -= 1\n    else:\n        break\n",
  'match v:\n    case [1, 2]:\n        import a\n    case {"k": _}:\n        pass\nmatch = 3\n',
  `s = f"{a!r:>10} {{b}}" + rf'c' + b"d" + u'e' + r"\\d" + '''x\\'y''' + """y""" + "z\\"q"
t = (a := 1)
u = a if b else \\
    c
`,
  "\f\nx = \xE9 + \xF1\n    \n# comment\nif x:  # c\n    pass\n",
  // Read after V8 has given the per-file functions their feedback (from their ninth call or so): the rarer branches, a text
  // ending on a name, a comment after one, a file without strings, one without imports.
  "import os.path as p, sys\nfrom a import (b as c)\ntry: import d\nexcept ImportError: import e\nexcept ValueError:\n    pass\nx = p  # c\ny = p . sep\np",
  'import a\na.b\nx = f"{a}"\n',
  "import \xE9\n\xE9.x\n",
  "x = 1\n",
  "import a\n1syntax_error\n",
  'x = "oops\n',
  "x = (1,\n",
  "x = 1 +\n",
  "import a\n    import b\n",
  "def f():\n",
  "else:\n    pass\n",
  "x = $\n",
  "y = \xBB\n"
];
var WARM_UP_FROM = 200;
function warmUp(extractor, files) {
  if (files !== void 0 && files < WARM_UP_FROM) return;
  for (const text of TEXTS2) extractor.extractText(text);
}

// src/languages/python/test-runner.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CONFIGURATION = [
  [/^(?:pytest\.ini|tox\.ini|setup\.cfg|pyproject\.toml)$/u, "it holds the test runner's and the package's configuration"],
  [/^(?:setup\.py|requirements.*\.(?:txt|in)|Pipfile)$/u, "it decides what the package installs and so what every test imports"]
];
function pythonAffectsAllTests(path) {
  const name2 = baseName(path);
  return CONFIGURATION.find(([pattern]) => pattern.test(name2))?.[1];
}
var PYTEST = { name: "pytest", args: (tests) => tests.length ? ["--", ...tests] : [] };

// src/languages/python/adapter.ts
var PythonAdapter = class {
  constructor(extraction = "fast") {
    this.extraction = extraction;
  }
  extraction;
  id = "python";
  grammars = PYTHON_GRAMMARS;
  edgeKinds = PY_EDGE_KINDS;
  languageNames = { python: "Python" };
  dynamicMeaning = "`importlib.import_module` or `__import__` with a literal name";
  extractor;
  select(files) {
    return selectPythonFiles(files);
  }
  languageOf() {
    return "python";
  }
  dialectOf() {
    return "python";
  }
  isFacts(value) {
    return isPyFacts(value);
  }
  resolve(facts, context) {
    return resolvePython(facts, context);
  }
  /** Each graph's module names, by its facts: built when names are first asked for (most runs never do), once. */
  sources = /* @__PURE__ */ new WeakMap();
  importersUsing(changed, names, importersOf, context, facts) {
    let source2 = this.sources.get(facts);
    if (!source2) {
      const { index } = moduleIndexOf(facts, context);
      this.sources.set(facts, source2 = { facts, moduleParts: (file) => index.moduleParts(file), isPackage: isInit });
    }
    return pythonNameUsers(changed, names, importersOf, source2);
  }
  /** Names removed files under the repository's packaging, setup.py's literal call read as extraction reads it. */
  importsNaming(removed, references2, context) {
    const parser = this.parser;
    const setupOf = (path) => {
      const text = parser ? context.readText(path) : void 0;
      return parser && text !== void 0 ? readPathFacts(text, parser, path).setup : void 0;
    };
    return importsNamingRemoved2(removed, references2, context, setupOf);
  }
  parser;
  affectsAllTests = pythonAffectsAllTests;
  testRunner = PYTEST;
  changedNames(text, hunks) {
    if (!this.parser) return { all: true, why: "the module was not read" };
    return pythonChangedNames(this.parser, text, hunks);
  }
  async init(files) {
    this.parser ??= await pythonParser();
    if (this.extractor) return;
    this.extractor = new PythonExtractor(this.parser, this.extraction);
    if (this.extraction === "fast") warmUp(this.extractor, files);
  }
  extract(source2, path) {
    if (!this.extractor || !this.parser) throw new Error("PythonAdapter.extract called before init()");
    const text = decodePython(source2);
    return { ...this.extractor.extractText(text), ...readPathFacts(text, this.parser, path, this.extraction) };
  }
};

// src/languages/registry.ts
function languageAdapters(extraction = "fast") {
  return [new PythonAdapter(extraction), new JavaScriptAdapter(extraction), new GoAdapter(extraction)];
}

// src/graph/extract-files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash as createHash3 } from "node:crypto";
import { availableParallelism } from "node:os";

// src/graph/extracted-facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var HeldFacts = class {
  constructor(language, key) {
    this.language = language;
    this.key = key;
  }
  language;
  key;
};
var ExtractedFacts = class {
  constructor(entries, readHeld, extractAgain) {
    this.entries = entries;
    this.readHeld = readHeld;
    this.extractAgain = extractAgain;
  }
  entries;
  readHeld;
  extractAgain;
  get size() {
    return this.entries.size;
  }
  /** The files, in extraction's order. */
  paths() {
    return this.entries.keys();
  }
  /** One file's facts; undefined for a file not here, or one whose cache entry is not facts. */
  get(path) {
    const entry = this.entries.get(path);
    if (!(entry instanceof HeldFacts)) return entry;
    const facts = this.readHeld(entry);
    if (facts !== void 0) this.entries.set(path, facts);
    return facts;
  }
  /** Every file's facts, or undefined when a cache entry is not facts (and they cannot all be known now). */
  whole() {
    for (const path of this.entries.keys()) if (this.get(path) === void 0) return void 0;
    return this.entries;
  }
  /** Every file's facts, extracting again the files whose cache entry is not facts (a file skipped then is left out). */
  async complete() {
    const again = [...this.entries.keys()].filter((path) => this.get(path) === void 0);
    if (again.length) {
      const extracted = await this.extractAgain(again);
      for (const path of again) {
        const facts = extracted.get(path);
        if (facts === void 0) this.entries.delete(path);
        else this.entries.set(path, facts);
      }
    }
    return this.entries;
  }
};

// src/graph/extract-files.ts
var PARALLEL_FROM = 15e3;
var MAX_THREADS = 4;
var CHUNKS_PER_THREAD = 8;
var MIN_CHUNK = 32;
async function extractBatch(adapter, reader, files) {
  if (files.length) await adapter.init(files.length);
  return files.map((file) => {
    const read = file.bytes ? { bytes: file.bytes } : reader.read(file.path);
    if ("skipped" in read) return { path: file.path, skipped: read.skipped };
    if ("gone" in read) return { path: file.path, gone: true };
    try {
      return { path: file.path, facts: adapter.extract(read.bytes, file.path) };
    } catch (error) {
      const skipped = `not read: ${error instanceof Error ? error.message : String(error)}`;
      return error instanceof UndecodableSource ? { path: file.path, skipped, undecodable: true } : { path: file.path, skipped };
    }
  });
}
async function extractFiles(adapter, reader, files, cache, settings, skipped, undecodable) {
  const entries = /* @__PURE__ */ new Map();
  const held = (path, key) => {
    const language = namespace(adapter, path);
    return key !== void 0 && cache?.hold(language, key) ? new HeldFacts(language, key) : void 0;
  };
  const pending = [];
  const keys2 = /* @__PURE__ */ new Map();
  const unknown = [];
  for (const file of files) {
    const known = held(file.path, file.blob);
    if (known) {
      entries.set(file.path, known);
      keys2.set(file.path, file.blob);
    } else unknown.push(file);
  }
  const threads = threadsFor(settings.threads, unknown.length);
  if (threads > 1 && settings.pool) warm(adapter, settings, threads);
  await reader.prefetch?.(unknown.map((f) => f.path));
  const readHere = reader.prefetch !== void 0;
  for (const file of unknown) {
    if (!readHere && (!cache || file.blob)) {
      if (cache && file.blob) keys2.set(file.path, file.blob);
      pending.push({ path: file.path });
      continue;
    }
    const read = reader.read(file.path);
    if ("skipped" in read) skipped.push({ path: file.path, reason: read.skipped });
    if (!("bytes" in read)) continue;
    if (!cache) pending.push({ path: file.path, bytes: read.bytes });
    else if (file.blob) {
      keys2.set(file.path, file.blob);
      pending.push({ path: file.path, bytes: read.bytes });
    } else {
      const key = `sha1:${createHash3("sha1").update(read.bytes).digest("hex")}`;
      const again = held(file.path, key);
      keys2.set(file.path, key);
      if (again) entries.set(file.path, again);
      else pending.push({ path: file.path, bytes: read.bytes });
    }
  }
  const take = (outcomes, into) => {
    for (const outcome of outcomes) {
      if ("skipped" in outcome) skipped.push({ path: outcome.path, reason: outcome.skipped });
      if ("undecodable" in outcome) undecodable.push(outcome.path);
      if (!("facts" in outcome)) continue;
      into.set(outcome.path, outcome.facts);
      const key = keys2.get(outcome.path);
      if (key !== void 0) cache?.set(namespace(adapter, outcome.path), key, outcome.facts);
    }
  };
  take(await extractPending(adapter, reader, pending, settings), entries);
  const readHeld = ({ language, key }) => {
    const value = cache?.recall(language, key);
    return value !== void 0 && adapter.isFacts(value) ? value : void 0;
  };
  const extractAgain = async (paths) => {
    const again = /* @__PURE__ */ new Map();
    take(
      await extractBatch(
        adapter,
        reader,
        paths.map((path) => ({ path }))
      ),
      again
    );
    return again;
  };
  return { facts: new ExtractedFacts(entries, readHeld, extractAgain), keys: keys2 };
}
function namespace(adapter, path) {
  const dialect = adapter.dialectOf(path);
  return dialect === adapter.id ? adapter.id : `${adapter.id}:${dialect}`;
}
function threadsFor(asked, files) {
  if (!files) return 1;
  if (asked !== void 0) return Math.max(1, Math.min(asked, MAX_THREADS));
  return files < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), MAX_THREADS);
}
function warm(adapter, settings, threads) {
  settings.pool?.grow(threads - 1);
  for (const worker of settings.pool?.live() ?? []) void worker.run(job(adapter, settings, [])).catch(() => void 0);
}
function job(adapter, { repoDir, maxBytes, extraction }, files) {
  return { repoDir, maxBytes, adapter: adapter.id, extraction, files };
}
async function extractPending(adapter, reader, files, settings) {
  const threads = threadsFor(settings.threads, files.length);
  const workers = threads > 1 ? settings.pool?.live().slice(0, threads - 1) ?? [] : [];
  if (!workers.length) return extractBatch(adapter, reader, files);
  const size = Math.max(MIN_CHUNK, Math.ceil(files.length / ((workers.length + 1) * CHUNKS_PER_THREAD)));
  const chunks = Array.from({ length: Math.ceil(files.length / size) }, (_, i2) => files.slice(i2 * size, (i2 + 1) * size));
  const outcomes = [];
  let next = 0;
  const take = () => next < chunks.length ? next++ : void 0;
  const here = async () => {
    for (let k = take(); k !== void 0; k = take()) {
      outcomes[k] = await extractBatch(adapter, reader, chunks[k]);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const inWorker = async (worker) => {
    const send = (k) => ({
      k,
      answer: worker.run(job(adapter, settings, chunks[k])).then(
        (done) => ({ done }),
        (error) => ({ error })
      )
    });
    const current = take();
    let sent = current === void 0 ? void 0 : send(current);
    while (sent) {
      const following = worker.failed ? void 0 : take();
      const queued = following === void 0 ? void 0 : send(following);
      const answer = await sent.answer;
      if ("done" in answer) outcomes[sent.k] = answer.done;
      else {
        const message = answer.error instanceof Error ? answer.error.message : String(answer.error);
        settings.onWarning?.(`an extraction thread failed (${message}); its ${chunks[sent.k].length} files were read in the main thread`);
        outcomes[sent.k] = await extractBatch(adapter, reader, chunks[sent.k]);
      }
      sent = queued;
    }
  };
  await Promise.all([...workers.map(inWorker), here()]);
  return outcomes.flat();
}

// src/graph/extract-pool.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { existsSync as existsSync2 } from "node:fs";
import { fileURLToPath as fileURLToPath3 } from "node:url";
import { Worker } from "node:worker_threads";
var WORKER = fileURLToPath3(new URL("./extract-worker.js", import.meta.url));
var ExtractPool = class {
  workers = [];
  /** Whether threads can run here: from the bundle, not from the sources (tests). */
  static available() {
    return existsSync2(WORKER);
  }
  /** Starts workers until there are `size` (never fewer than there are). */
  grow(size) {
    while (this.workers.length < size) this.workers.push(new PoolWorker());
  }
  /** The workers that have not failed. */
  live() {
    return this.workers.filter((w) => !w.failed);
  }
  async close() {
    await Promise.all(this.workers.map((w) => w.close()));
  }
};
var PoolWorker = class {
  worker = new Worker(WORKER);
  pending = /* @__PURE__ */ new Map();
  next = 0;
  closing = false;
  failed;
  constructor() {
    this.worker.on("message", (answer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if ("error" in answer) waiting?.reject(new Error(answer.error));
      else waiting?.resolve(JSON.parse(answer.outcomes));
    });
    this.worker.once("error", (error) => {
      this.fail(error);
    });
    this.worker.once("exit", (code2) => {
      if (!this.closing) this.fail(new Error(`extraction worker exited with ${code2}`));
    });
  }
  /** Queues a job: a worker takes its jobs in order, so the next can be sent before this one is done. */
  run(job2) {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job: job2 });
    });
  }
  async close() {
    this.closing = true;
    await this.worker.terminate();
  }
  fail(error) {
    this.failed ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
};

// src/graph/import-graph.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/graph/edge-table.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/graph/cached-shape.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var isRecord5 = (v) => typeof v === "object" && v !== null;
var isStrings3 = (v) => Array.isArray(v) && v.every((s) => typeof s === "string");
var isLine4 = (v) => Number.isSafeInteger(v) && v > 0;
var isArrayOf = (v, item) => Array.isArray(v) && v.every((x) => isRecord5(x) && item(x));
var isIndexes = (v, below, length) => Array.isArray(v) && (length === void 0 || v.length === length) && v.every((n) => Number.isInteger(n) && n >= 0 && n < below);

// src/graph/edge-table.ts
function kindListKey(kinds) {
  return JSON.stringify(kinds);
}
function edgeTable(edges, known = []) {
  const files = [...known];
  const fileIds = new Map(known.map((path, id) => [path, id]));
  const idOf = (path) => {
    let id = fileIds.get(path);
    if (id === void 0) fileIds.set(path, id = files.push(path) - 1);
    return id;
  };
  const kindLists = [];
  const singleIds = /* @__PURE__ */ new Map();
  const listIds = /* @__PURE__ */ new Map();
  const listOf2 = (edge) => {
    const several = edge.kinds !== void 0 && edge.kinds.length > 1;
    const key = several ? kindListKey(edge.kinds) : edge.kind;
    const ids = several ? listIds : singleIds;
    let list = ids.get(key);
    if (list === void 0) ids.set(key, list = kindLists.push(several ? [...edge.kinds] : [edge.kind]) - 1);
    return list;
  };
  const from = new Int32Array(edges.length);
  const to = new Int32Array(edges.length);
  const kind = new Int32Array(edges.length);
  const line = new Int32Array(edges.length);
  let last;
  let lastId = -1;
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k];
    if (edge.from !== last) lastId = idOf(last = edge.from);
    from[k] = lastId;
    to[k] = idOf(edge.to);
    kind[k] = listOf2(edge);
    line[k] = edge.line ?? 0;
  }
  return { files, from, to, kindLists, kind, line };
}
function edgeTableData(table, known) {
  const { files, from, to, kindLists, kind, line } = table;
  const others = files.slice(known.length);
  return { others, from: Array.from(from), to: Array.from(to), kindLists, kind: Array.from(kind), line: Array.from(line) };
}
function edgeTableFrom(data, known) {
  if (!isRecord5(data)) return void 0;
  const { others, from, to, kindLists, kind, line } = data;
  if (!isStrings3(others)) return void 0;
  const files = [...known, ...others];
  if (!Array.isArray(kindLists) || !kindLists.every((list) => isStrings3(list) && list.length > 0)) return void 0;
  if (!isIndexes(from, files.length)) return void 0;
  const n = from.length;
  const ok = isIndexes(to, files.length, n) && isIndexes(kind, kindLists.length, n) && isIndexes(line, 2 ** 31, n);
  return ok ? { files, from, to, kindLists, kind, line } : void 0;
}

// src/graph/import-graph.ts
var NO_GROUP = -1;
var NO_TARGETS = new Int32Array(0);
var INSERTION_SORT_UP_TO = 64;
var ImportGraph = class {
  files;
  unresolved;
  skipped;
  leftOut;
  dynamic;
  partial;
  /** Imports of names inside modules, by full name (see Resolution.attributes): how removed modules are traced. */
  attributes;
  unread;
  /** Where each language looks for modules (see GraphInput.roots). */
  roots;
  /**
   * How many of `skipped` are files whose bytes are not text in their language's encoding. Many of them
   * mean the graph may not see the repository's code at all (a `.gitattributes` that re-encodes the
   * working tree does this to every file): the report's risk must then be unknown, not low.
   */
  undecodable;
  kinds;
  dynamicMeanings;
  languageNames;
  caveats;
  stats;
  storage;
  cache;
  /** The tree the graph was built from: what a language needs to name a removed file as resolution would. */
  repository;
  facts;
  factsRead = /* @__PURE__ */ new Map();
  ids = /* @__PURE__ */ new Map();
  /**
   * The edges, in (from, to) order, as columns: edge k goes to storedTo[k], with the kinds kindLists[storedList[k]]
   * (as its language listed them), as a bit mask of indexes into `kinds` in storedKinds[k], and the line storedLine[k]
   * (0: none). File `id`'s edges are those from importStart[id] up to importStart[id + 1].
   */
  storedTo;
  storedList;
  storedKinds;
  storedLine;
  kindLists = [];
  kindsByMask = /* @__PURE__ */ new Map();
  importStart;
  /**
   * The files that import file `id` are importerIds[importerStart[id]] up to importerIds[importerStart[id + 1]],
   * ascending, and importerEdges[k] is the index among the stored edges of the edge of importerIds[k].
   */
  importerStart;
  importerIds;
  importerEdges;
  groups;
  /** groupOf[id]: the group file `id` is a member of, or NO_GROUP. */
  groupOf;
  /** The groups whose `alsoOn` holds a file, by its id: their members depend on it. */
  alsoOnOf = /* @__PURE__ */ new Map();
  /** countByKind[k]: the edges whose strongest kind is kinds[k]. */
  countByKind;
  constructor(input) {
    this.kinds = input.kinds;
    this.dynamicMeanings = input.dynamicMeanings ?? [];
    this.languageNames = input.languageNames ?? {};
    this.caveats = input.caveats ?? [];
    const kindIndex = new Map(this.kinds.map((spec, i2) => [spec.kind, i2]));
    this.files = sortedCopy(input.files, (a, b) => byCodePoint(a.path, b.path));
    this.files.forEach((f, i2) => this.ids.set(f.path, i2));
    this.repository = input.repository ?? { files: this.files.map((f) => f.path), readText: () => void 0 };
    this.facts = input.facts ?? /* @__PURE__ */ new Map();
    if (this.kinds.length > 31) throw new RangeError(`the graph holds at most 31 edge kinds, got ${this.kinds.length}`);
    const indexOf = (kind) => {
      const index = kindIndex.get(kind);
      if (index === void 0) throw new Error(`edge kind "${kind}" is not among the graph's kinds`);
      return index;
    };
    this.groupOf = new Int32Array(this.files.length).fill(NO_GROUP);
    this.groups = this.holdGroups(input.groups ?? [], indexOf);
    const { fromIds, toIds, lists, lines } = this.gather([...input.edgeTables ?? [], ...input.edges ? [edgeTable(input.edges)] : []]);
    const listMasks = this.kindLists.map((list) => list.reduce((mask, kind) => mask | 1 << indexOf(kind), 0));
    const pairs = pairOrder(this.files.length, fromIds, toIds);
    const edges = pairs.order.length;
    this.importStart = pairs.starts;
    this.storedTo = new Int32Array(edges);
    this.storedList = new Int32Array(edges);
    this.storedKinds = new Int32Array(edges);
    this.storedLine = new Int32Array(edges);
    for (let index = 0; index < edges; index++) {
      const k = pairs.order[index];
      this.storedTo[index] = toIds[k];
      this.storedList[index] = lists[k];
      this.storedKinds[index] = listMasks[lists[k]];
      this.storedLine[index] = lines[k];
    }
    this.importerStart = new Int32Array(this.files.length + 1);
    for (const to of this.storedTo) this.importerStart[to + 1]++;
    for (let id = 0; id < this.files.length; id++) this.importerStart[id + 1] += this.importerStart[id];
    this.importerIds = new Int32Array(edges);
    this.importerEdges = new Int32Array(edges);
    const filled = this.importerStart.slice(0, this.files.length);
    const counts = this.kinds.map(() => 0);
    const alsoStored = this.groups.map(() => 0);
    for (let from = 0; from < this.files.length; from++) {
      for (let index = this.importStart[from]; index < this.importStart[from + 1]; index++) {
        const to = this.storedTo[index];
        let mask = this.storedKinds[index];
        const slot = filled[to]++;
        this.importerIds[slot] = from;
        this.importerEdges[slot] = index;
        const group = this.pairGroup(from, to);
        if (group !== NO_GROUP) {
          alsoStored[group]++;
          mask |= 1 << this.groups[group].kind;
        }
        counts[strongest(mask)]++;
      }
    }
    this.groups.forEach((group, g) => counts[group.kind] += group.members.length * (group.targets.length - 1) - alsoStored[g]);
    this.countByKind = counts;
    const order = (a, b) => byCodePoint(a.from, b.from) || a.line - b.line;
    this.unresolved = sortedCopy(input.unresolved ?? [], order);
    this.dynamic = sortedCopy(input.dynamic ?? [], order);
    this.attributes = sortedCopy(input.attributes ?? [], order);
    this.partial = sortedCopy(input.partial ?? [], (a, b) => byCodePoint(a.path, b.path));
    this.skipped = sortedCopy(input.skipped ?? [], (a, b) => byCodePoint(a.path, b.path));
    this.leftOut = sortedCopy(input.leftOut ?? [], (a, b) => byCodePoint(a.path, b.path));
    this.unread = input.unread ?? {};
    this.roots = input.roots ?? [];
    this.undecodable = input.undecodable ?? 0;
    this.cache = input.cache;
    this.stats = { files: this.files.length, edges: counts.reduce((a, b) => a + b, 0), ms: Math.round(input.ms ?? 0) };
    this.storage = { edges, groupEntries: this.groups.reduce((n, g) => n + g.members.length + g.targets.length, 0) };
  }
  /**
   * Every edge, file to file, in (from, to) order: the stored edges and every pair of each group, a pair
   * that is both as one edge with both kinds. Built anew on each call, one object per edge: it is for
   * output (the graph JSON, the snapshot); walks and counts use the graph without it.
   */
  get edges() {
    const edges = [];
    this.eachEdge((from, to, kinds, line) => edges.push(this.edgeOf(from, to, kinds, line)));
    return edges;
  }
  /**
   * Each edge as `edges` lists them, by ids (a file's id is its index in `files`), with its kinds (strongest
   * first) and its line (0: none): what the graph JSON is written from, with no object per edge. Only the
   * edges from files `start` up to `end` (by id) where those are given.
   */
  eachEdge(visit2, start2 = 0, end = this.files.length) {
    for (let from = start2; from < Math.min(end, this.files.length); from++) this.eachEdgeFrom(from, visit2);
  }
  /** How many edges there are (as `edges` lists them), or how many have `kind` as their strongest. */
  edgeCount(kind) {
    if (kind === void 0) return this.stats.edges;
    const index = this.kinds.findIndex((spec) => spec.kind === kind);
    return index < 0 ? 0 : this.countByKind[index];
  }
  /** Whether `path` is test code by its language's rules (false for a path not in the graph). */
  isTest(path) {
    const id = this.ids.get(path);
    return id !== void 0 && this.files[id].test;
  }
  /**
   * A language's facts of the graph's tree, by its adapter's id; undefined for a graph given as data,
   * or when they cannot all be read back from the cache.
   */
  factsOf(language) {
    if (!this.factsRead.has(language)) this.factsRead.set(language, this.facts.get(language)?.());
    return this.factsRead.get(language);
  }
  /** The language of a file of the graph, as the graph JSON names it; undefined for a path not in the graph. */
  languageOf(path) {
    const id = this.ids.get(path);
    return id === void 0 ? void 0 : this.files[id].language;
  }
  /** What people call a language of the graph (`TypeScript`); its id where its language gave no name. */
  languageName(language) {
    return Object.hasOwn(this.languageNames, language) ? this.languageNames[language] : language;
  }
  has(path) {
    return this.ids.has(path);
  }
  /**
   * The files downstream of `sources`: every file that imports one of them, directly or through others,
   * in breadth-first order with its ring (steps from the nearest source) and `via`, the next file on a
   * shortest path back. `seeds` join ring 1 with a `via` of their own (the files that import a removed
   * file, which the graph no longer holds). Frontiers are walked in path order, so rings come out sorted
   * and each `via` is the first file, by path, one ring closer. Only edges with an allowed kind are
   * followed (all, without `kinds`). A group's members are reached all at once from the first of its
   * files a frontier holds, so the walk visits each group once.
   */
  downstream(sources, options = {}) {
    const start2 = [...new Set(sources)].map((path) => this.idOrThrow(path)).sort((a, b) => a - b);
    const ring = new Int32Array(this.files.length).fill(-1);
    const via = new Int32Array(this.files.length).fill(-1);
    const expanded = new Uint8Array(this.groups.length);
    const seededVia = /* @__PURE__ */ new Map();
    for (const id of start2) ring[id] = 0;
    const allowed = this.kindMask(options.kinds);
    const found = [];
    let depth = 1;
    let next = [];
    const reach = (id, from) => {
      if (ring[id] !== -1) return;
      ring[id] = depth;
      via[id] = from;
      next.push(id);
    };
    const expand = (g, from) => {
      const group = this.groups[g];
      if (expanded[g] || !(1 << group.kind & allowed)) return;
      expanded[g] = 1;
      for (const member of group.members) reach(member, from);
    };
    const lastRing = options.rings ?? Infinity;
    let frontier = start2;
    for (; depth <= lastRing && (frontier.length || depth === 1 && options.seeds?.length); depth++) {
      next = [];
      for (const id of frontier) {
        for (let i2 = this.importerStart[id]; i2 < this.importerStart[id + 1]; i2++)
          if (this.storedKinds[this.importerEdges[i2]] & allowed) reach(this.importerIds[i2], id);
        if (this.groupOf[id] !== NO_GROUP) expand(this.groupOf[id], id);
        for (const g of this.alsoOnOf.get(id) ?? []) expand(g, id);
      }
      if (depth === 1) {
        for (const seed of options.seeds ?? []) {
          const id = this.ids.get(seed.path);
          if (id === void 0 || ring[id] !== -1) continue;
          ring[id] = 1;
          seededVia.set(id, seed.via);
          next.push(id);
        }
      }
      const ordered = Int32Array.from(next).sort();
      for (const id of ordered)
        found.push({ path: this.files[id].path, ring: depth, via: via[id] >= 0 ? this.files[via[id]].path : seededVia.get(id) });
      frontier = ordered;
    }
    return found;
  }
  /** The files `path` imports, in path order. */
  importsOf(path) {
    const imported = [];
    this.eachEdgeFrom(this.idOrThrow(path), (_, to) => imported.push(this.files[to].path));
    return imported;
  }
  /** The edge by which `from` imports `to` (its kinds, and the line of the import), if it does. */
  edge(from, to) {
    const fromId = this.ids.get(from);
    const toId = this.ids.get(to);
    if (fromId === void 0 || toId === void 0) return void 0;
    const group = this.pairGroup(fromId, toId);
    const index = this.storedIndex(fromId, toId);
    if (index === void 0) return group === NO_GROUP ? void 0 : this.edgeOf(fromId, toId, this.groupKinds(group), 0);
    return this.edgeOf(fromId, toId, this.storedKindList(index, group), this.storedLine[index]);
  }
  /** The edges of one file, in path order of their targets: its stored edges merged with its group's pairs. */
  eachEdgeFrom(from, visit2) {
    const group = this.groupOf[from];
    const grouped = group === NO_GROUP ? NO_TARGETS : this.groups[group].targets;
    const end = this.importStart[from + 1];
    let i2 = this.importStart[from];
    let j = 0;
    while (i2 < end || j < grouped.length) {
      if (grouped[j] === from) {
        j++;
        continue;
      }
      const stored = i2 < end ? this.storedTo[i2] : Infinity;
      const paired = j < grouped.length ? grouped[j] : Infinity;
      if (stored < paired) {
        visit2(from, stored, this.kindLists[this.storedList[i2]], this.storedLine[i2]);
        i2++;
      } else if (paired < stored) visit2(from, grouped[j++], this.groupKinds(group), 0);
      else {
        visit2(from, stored, this.storedKindList(i2, group), this.storedLine[i2]);
        i2++;
        j++;
      }
    }
  }
  /** An edge as an object, `kinds` only where there are several (as Edge says). */
  edgeOf(from, to, kinds, line) {
    const edge = { from: this.files[from].path, to: this.files[to].path, kind: kinds[0] };
    if (kinds.length > 1) edge.kinds = kinds;
    if (line) edge.line = line;
    return edge;
  }
  /** The index in `stored` of the edge from → to, found by a binary search of the sorted importer list. */
  storedIndex(from, to) {
    const ids = this.importerIds;
    let low = this.importerStart[to];
    let high = this.importerStart[to + 1] - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      if (ids[mid] === from) return this.importerEdges[mid];
      if (ids[mid] < from) low = mid + 1;
      else high = mid - 1;
    }
    return void 0;
  }
  /** The group through which `from` depends on `to`, or NO_GROUP. */
  pairGroup(from, to) {
    const group = this.groupOf[from];
    if (group === NO_GROUP || from === to) return NO_GROUP;
    return this.groupOf[to] === group || this.groups[group].alsoOn.has(to) ? group : NO_GROUP;
  }
  /** The kinds of a group's pairs: its one kind. */
  groupKinds(group) {
    return this.kindsOf(1 << this.groups[group].kind);
  }
  /**
   * The kinds of stored edge `index`, as its language listed them; where it is also a pair of `group`
   * (NO_GROUP: none) with a kind it does not have, the kinds of both, strongest first.
   */
  storedKindList(index, group) {
    const own2 = this.storedKinds[index];
    const mask = group === NO_GROUP ? own2 : own2 | 1 << this.groups[group].kind;
    return mask === own2 ? this.kindLists[this.storedList[index]] : this.kindsOf(mask);
  }
  /**
   * The kinds of a mask, strongest first: one list per mask, made once, since a walk over a group's pairs asks for
   * the same few for every pair (and the graph JSON remembers each list's text by the list).
   */
  kindsOf(mask) {
    let kinds = this.kindsByMask.get(mask);
    if (!kinds) this.kindsByMask.set(mask, kinds = this.kinds.filter((_, k) => mask & 1 << k).map((spec) => spec.kind));
    return kinds;
  }
  /**
   * The graph's files' ids of every table's edges (an edge with a file outside the graph is left out), each
   * edge's list of kinds as an index into `kindLists` (shared by the tables), and its line.
   */
  gather(tables) {
    const total = tables.reduce((n2, table) => n2 + table.from.length, 0);
    const fromIds = new Int32Array(total);
    const toIds = new Int32Array(total);
    const lists = new Int32Array(total);
    const lines = new Int32Array(total);
    const listIds = /* @__PURE__ */ new Map();
    let n = 0;
    for (const table of tables) {
      const ids = table.files.map((path) => this.ids.get(path) ?? -1);
      const listOf2 = table.kindLists.map((list) => {
        const key = kindListKey(list);
        let id = listIds.get(key);
        if (id === void 0) listIds.set(key, id = this.kindLists.push(list) - 1);
        return id;
      });
      for (let k = 0; k < table.from.length; k++) {
        const from = ids[table.from[k]];
        const to = ids[table.to[k]];
        if (from < 0 || to < 0) continue;
        fromIds[n] = from;
        toIds[n] = to;
        lists[n] = listOf2[table.kind[k]];
        lines[n++] = table.line[k];
      }
    }
    return { fromIds: fromIds.subarray(0, n), toIds: toIds.subarray(0, n), lists: lists.subarray(0, n), lines: lines.subarray(0, n) };
  }
  /**
   * Gives each group ids, and each member its group. A group with no pair is dropped; a file already in
   * another group is a mistake of the language that declared them, since its pairs would be ambiguous.
   */
  holdGroups(groups, indexOf) {
    const held = [];
    const idsOf = (paths) => [...new Set(paths.map((path) => this.ids.get(path)).filter((id) => id !== void 0))];
    for (const group of groups) {
      const members = idsOf(group.members).sort((a, b) => a - b);
      const g = held.length;
      for (const id of members) {
        if (this.groupOf[id] !== NO_GROUP) throw new Error(`${this.files[id].path} is a member of two groups`);
        this.groupOf[id] = g;
      }
      const alsoOn = idsOf(group.alsoOn ?? []).filter((id) => this.groupOf[id] !== g);
      if (!members.length || members.length + alsoOn.length < 2) {
        for (const id of members) this.groupOf[id] = NO_GROUP;
        continue;
      }
      for (const id of alsoOn) {
        const list = this.alsoOnOf.get(id);
        if (list) list.push(g);
        else this.alsoOnOf.set(id, [g]);
      }
      const targets = Int32Array.from([...members, ...alsoOn]).sort();
      held.push({ kind: indexOf(group.kind), members: Int32Array.from(members), targets, alsoOn: new Set(alsoOn) });
    }
    return held;
  }
  idOrThrow(path) {
    const id = this.ids.get(path);
    if (id === void 0) throw new RangeError(`not in the graph: ${path}`);
    return id;
  }
  /** The bit mask of the allowed kinds' indexes (every kind when absent). */
  kindMask(kinds) {
    if (!kinds) return -1;
    let mask = 0;
    for (const [i2, spec] of this.kinds.entries()) if (kinds.has(spec.kind)) mask |= 1 << i2;
    return mask;
  }
};
function pairOrder(files, fromIds, toIds) {
  const starts = new Int32Array(files + 1);
  for (let k = 0; k < fromIds.length; k++) starts[fromIds[k] + 1]++;
  for (let id = 0; id < files; id++) starts[id + 1] += starts[id];
  const order = new Int32Array(fromIds.length);
  const filled = starts.slice(0, files);
  for (let k = 0; k < fromIds.length; k++) order[filled[fromIds[k]]++] = k;
  for (let from = 0; from < files; from++) {
    const start2 = starts[from];
    const end = starts[from + 1];
    if (end - start2 > INSERTION_SORT_UP_TO) {
      const keys2 = Float64Array.from(order.subarray(start2, end), (k) => toIds[k] * fromIds.length + k).sort();
      for (let i2 = start2; i2 < end; i2++) order[i2] = keys2[i2 - start2] % fromIds.length;
      continue;
    }
    for (let i2 = start2 + 1; i2 < end; i2++) {
      const k = order[i2];
      let j = i2 - 1;
      for (; j >= start2 && toIds[order[j]] > toIds[k]; j--) order[j + 1] = order[j];
      order[j + 1] = k;
    }
  }
  return { order, starts };
}
function sortedCopy(list, compare2) {
  let k = 1;
  while (k < list.length && compare2(list[k - 1], list[k]) <= 0) k++;
  return k >= list.length ? list.slice() : [...list].sort(compare2);
}
function strongest(mask) {
  return 31 - Math.clz32(mask & -mask);
}

// src/graph/resolution-memo.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash as createHash4 } from "node:crypto";
var NAMESPACE = "#resolution";
var SEPARATOR = "\0";
async function resolveRemembered(adapter, facts, keys2, context, cache) {
  const ordered = [...facts.paths()].sort(byCodePoint);
  const kept = cache && keptResolution(adapter, facts, ordered, keys2, context, cache);
  if (kept) return { resolution: kept, reused: true };
  const whole = await facts.complete();
  const paths = whole.size === ordered.length ? ordered : ordered.filter((path) => whole.has(path));
  const current = keysOf(paths, keys2);
  if (!cache || !current) return { resolution: graphPart(adapter.resolve(whole, context), paths), reused: false };
  const tree = treeDigest(context);
  const reads = /* @__PURE__ */ new Map();
  const resolution = graphPart(
    adapter.resolve(whole, {
      ...context,
      readText(path) {
        const text = context.readText(path);
        reads.set(path, digestOf(text));
        return text;
      }
    }),
    paths
  );
  const read = [...reads].sort(([a], [b]) => byCodePoint(a, b));
  const result = createHash4("sha256").update(JSON.stringify([tree, current, read])).digest("hex").slice(0, 32);
  cache.set(NAMESPACE, adapter.id, {
    tree,
    paths: paths.join(SEPARATOR),
    keys: current.join(SEPARATOR),
    reads: read,
    result
  });
  cache.set(NAMESPACE, `${adapter.id} ${result}`, { ...resolution, edges: edgeTableData(resolution.edges, paths) });
  return { resolution, reused: false };
}
function keptResolution(adapter, facts, paths, keys2, context, cache) {
  const current = keysOf(paths, keys2);
  if (!current) return void 0;
  const keysNow = current.join(SEPARATOR);
  const memo = cache.recall(NAMESPACE, adapter.id);
  if (!isMemo(memo) || memo.tree !== treeDigest(context) || !sameFacts(adapter, memo, paths, current, keysNow, facts, cache))
    return void 0;
  const readsSame = memo.reads.every(([path, digest]) => digestOf(context.readText(path)) === digest);
  const resolution = readsSame ? graphPartFrom(cache.recall(NAMESPACE, `${adapter.id} ${memo.result}`), paths) : void 0;
  if (!resolution) return void 0;
  if (memo.keys !== keysNow) cache.set(NAMESPACE, adapter.id, { ...memo, keys: keysNow });
  return resolution;
}
function keysOf(paths, keys2) {
  const given = paths.map((path) => keys2.get(path));
  return given.includes(void 0) ? void 0 : given;
}
function sameFacts(adapter, memo, paths, current, keysNow, facts, cache) {
  if (memo.paths !== paths.join(SEPARATOR)) return false;
  if (memo.keys === keysNow) return true;
  const keys2 = memo.keys.split(SEPARATOR);
  if (keys2.length !== paths.length) return false;
  for (let k = 0; k < paths.length; k++) {
    if (keys2[k] === current[k]) continue;
    const before = cache.peek(namespace(adapter, paths[k]), keys2[k]);
    if (before === void 0 || JSON.stringify(before) !== JSON.stringify(facts.get(paths[k]))) return false;
  }
  return true;
}
var treeDigests = /* @__PURE__ */ new WeakMap();
function treeDigest(context) {
  let digest = treeDigests.get(context);
  if (digest === void 0) {
    const text = `${context.files.join("\0")}\0${JSON.stringify(context.settings ?? {})}`;
    treeDigests.set(context, digest = createHash4("sha256").update(text).digest("hex"));
  }
  return digest;
}
function digestOf(text) {
  return text === void 0 ? null : createHash4("sha256").update(text).digest("hex");
}
function graphPart(resolution, paths) {
  const { edges, unresolved, dynamic, partial: partial2, attributes, tests, roots, groups } = resolution;
  return {
    edges: edgeTable(edges, paths),
    unresolved,
    dynamic,
    partial: partial2,
    attributes,
    tests,
    ...roots && { roots },
    ...groups && { groups }
  };
}
function isMemo(value) {
  return isRecord5(value) && typeof value.tree === "string" && typeof value.result === "string" && typeof value.paths === "string" && typeof value.keys === "string" && Array.isArray(value.reads) && value.reads.every((r) => Array.isArray(r) && r.length === 2 && typeof r[0] === "string" && (r[1] === null || typeof r[1] === "string"));
}
function graphPartFrom(value, paths) {
  if (!isRecord5(value)) return void 0;
  const reference = (x) => typeof x.from === "string" && typeof x.specifier === "string" && isLine4(x.line) && (x.looksLocal === void 0 || typeof x.looksLocal === "boolean");
  const partial2 = (x) => typeof x.path === "string" && isLine4(x.line);
  const group = (x) => typeof x.kind === "string" && isStrings3(x.members) && (x.alsoOn === void 0 || isStrings3(x.alsoOn));
  const root = (x) => typeof x.language === "string" && typeof x.project === "string" && isStrings3(x.files) && isStrings3(x.problems) && (x.fixture === void 0 || typeof x.fixture === "string") && isArrayOf(x.roots, (r) => typeof r.dir === "string" && typeof r.why === "string");
  const edges = edgeTableFrom(value.edges, paths);
  const shaped = edges !== void 0 && isArrayOf(value.unresolved, reference) && isArrayOf(value.dynamic, (x) => typeof x.from === "string" && typeof x.specifier === "string" && isLine4(x.line)) && isArrayOf(value.partial, partial2) && isArrayOf(value.attributes, reference) && isStrings3(value.tests) && (value.roots === void 0 || isArrayOf(value.roots, root)) && (value.groups === void 0 || isArrayOf(value.groups, group));
  return shaped ? { ...value, edges } : void 0;
}

// src/graph/unread-languages.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CODE_ENDINGS = /* @__PURE__ */ new Set([
  "js",
  "jsx",
  "mjs",
  "cjs",
  "ts",
  "tsx",
  "mts",
  "cts",
  "go",
  "rs",
  "java",
  "kt",
  "scala",
  "rb",
  "php",
  "cs",
  "fs",
  "swift",
  "c",
  "h",
  "cc",
  "cpp",
  "hpp",
  "m",
  "ex",
  "exs",
  "erl",
  "hs",
  "lua",
  "dart",
  "pyx",
  "pxd"
]);
function unreadLanguages(files) {
  const counts = {};
  for (const { path } of files) {
    const dot = path.lastIndexOf(".");
    const ending = dot > path.lastIndexOf("/") ? path.slice(dot + 1).toLowerCase() : "";
    if (CODE_ENDINGS.has(ending)) counts[ending] = (counts[ending] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => byCodePoint(a, b)));
}

// src/graph/build-graph.ts
async function buildGraph(repoDir, options = {}) {
  const started = performance.now();
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const adapters = options.languages ?? languageAdapters(options.extractor);
  const [{ discovery, reader }, cache] = await Promise.all([
    filesOf(repoDir, options, maxBytes),
    options.cacheDir === void 0 ? void 0 : FactsCache.open(options.cacheDir, cacheVersion(adapters, maxBytes), options.cacheRead)
  ]);
  if (cache?.stats.reason) options.onProgress?.(`cache ignored: ${cache.stats.reason}`);
  const skipped = [...discovery.skipped];
  const leftOut = [];
  const files = [];
  const edgeTables = [];
  const groups = [];
  const unresolved = [];
  const dynamic = [];
  const partial2 = [];
  const attributes = [];
  const roots = [];
  const undecodable = [];
  const kinds = [];
  const dynamicMeanings = [];
  const languageNames = {};
  const caveats = [];
  const claimed = /* @__PURE__ */ new Set();
  const languageFacts = /* @__PURE__ */ new Map();
  const resolutionsReused = [];
  const context = resolveContext(
    discovery.files.map((f) => f.path),
    reader,
    options.settings
  );
  let pool = options.threads !== 1 && ExtractPool.available() ? new ExtractPool() : void 0;
  let closing;
  const selections = adapters.map((adapter) => adapter.select(discovery.files));
  const threads = selections.map((files2) => threadsFor(options.threads, files2.length));
  if (cache === void 0) pool?.grow(Math.max(...threads) - 1);
  const lastThreaded = threads.reduce((last, n, k) => n > 1 ? k : last, -1);
  try {
    for (const [k, adapter] of adapters.entries()) await readLanguage(adapter, selections[k], k);
  } finally {
    await (closing ?? pool?.close());
  }
  async function readLanguage(adapter, selected2, k) {
    for (const file of selected2) claimed.add(file.path);
    for (const { path } of discovery.files) {
      const reason = claimed.has(path) ? void 0 : adapter.leftOut?.(path);
      if (reason === void 0) continue;
      claimed.add(path);
      leftOut.push({ path, reason });
    }
    options.onProgress?.(`${adapter.id}: reading ${selected2.length} files`);
    const extraction = options.extractor ?? "fast";
    const settings = { repoDir, maxBytes, extraction, threads: options.threads, onWarning: options.onWarning, pool };
    const { facts, keys: keys2 } = await extractFiles(adapter, reader, selected2, cache, settings, skipped, undecodable);
    if (pool && k >= lastThreaded) {
      closing = pool.close();
      pool = void 0;
    }
    if (!facts.size) return;
    const { resolution, reused } = await resolveRemembered(adapter, facts, keys2, context, cache);
    if (reused) {
      resolutionsReused.push(adapter.id);
      options.onProgress?.(`${adapter.id}: resolution kept from the cache (nothing it reads changed)`);
    }
    languageFacts.set(adapter.id, () => facts.whole());
    const tests = new Set(resolution.tests);
    for (const path of facts.paths()) files.push({ path, language: adapter.languageOf(path), test: tests.has(path) });
    mergeKinds(kinds, adapter);
    Object.assign(languageNames, adapter.languageNames);
    if (resolution.dynamic.length) {
      const languages = [...new Set(resolution.dynamic.map((d) => adapter.languageOf(d.from)))].sort();
      dynamicMeanings.push({ languages, meaning: adapter.dynamicMeaning });
    }
    if (adapter.caveat !== void 0) caveats.push(adapter.caveat);
    edgeTables.push(resolution.edges);
    for (const group of resolution.groups ?? []) groups.push(group);
    for (const entry of resolution.unresolved) unresolved.push(entry);
    for (const entry of resolution.dynamic) dynamic.push(entry);
    for (const entry of resolution.partial) partial2.push(entry);
    for (const entry of resolution.attributes) attributes.push(entry);
    for (const entry of resolution.roots ?? []) roots.push(entry);
  }
  const saving = cache?.save();
  let graph;
  try {
    graph = new ImportGraph({
      cache: cache && { ...cache.stats, resolutionsReused },
      kinds,
      dynamicMeanings,
      languageNames,
      caveats,
      files,
      edgeTables,
      groups,
      unresolved,
      dynamic,
      partial: partial2,
      attributes,
      skipped,
      leftOut,
      undecodable: undecodable.length,
      unread: unreadLanguages(discovery.files.filter((f) => !claimed.has(f.path))),
      roots,
      ms: performance.now() - started,
      repository: context,
      facts: languageFacts
    });
  } finally {
    await saving;
  }
  if (cache) options.onProgress?.(`cache: ${cache.stats.hits} files known, ${cache.stats.misses} read`);
  return graph;
}
function mergeKinds(kinds, adapter) {
  for (const spec of adapter.edgeKinds) {
    const at2 = kinds.findIndex((known2) => known2.kind === spec.kind);
    const known = kinds[at2];
    if (!known) kinds.push(spec);
    else if (known.atLoad !== spec.atLoad)
      throw new Error(`${adapter.id} and an earlier language disagree on whether \`${spec.kind}\` edges run at load time`);
    else if (!known.meaning.split("; ").includes(spec.meaning)) kinds[at2] = { ...known, meaning: `${known.meaning}; ${spec.meaning}` };
  }
}
async function filesOf(repoDir, options, maxBytes) {
  if (options.commit === void 0) return { discovery: await discoverFiles(repoDir, options), reader: new SourceReader(repoDir, maxBytes) };
  const discovery = await discoverCommit(repoDir, options.commit, options);
  return { discovery, reader: new GitTreeReader(repoDir, discovery, maxBytes) };
}
function resolveContext(files, reader, settings) {
  const known = new Set(files);
  const decoder = new TextDecoder("utf-8");
  return {
    files,
    ...settings && { settings },
    readText(path) {
      if (!known.has(path)) return void 0;
      const read = reader.read(path);
      return "bytes" in read ? decoder.decode(read.bytes) : void 0;
    }
  };
}
function cacheVersion(adapters, maxBytes) {
  return [...adapters.map((a) => `${a.id} ${factsDigest(a)}`), `max ${maxBytes} bytes`].join("; ");
}

// src/format/style.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var ansi = (open2, close2) => (text) => `\x1B[${open2}m${text}\x1B[${close2}m`;
var plain = (text) => text;
function styleFor(stream, env = process.env) {
  const colour = Boolean(stream.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "");
  if (!colour) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) };
}

// src/format/numbers.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function count(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}
function plural(n, word, many = `${word}s`) {
  return `${count(n)} ${n === 1 ? word : many}`;
}
function percent(n, of) {
  if (of <= 0) return "0%";
  if (n <= 0) return "0.0%";
  if (n >= of) return "100.0%";
  const share = 100 * n / of;
  return share < 0.05 ? "<0.1%" : share >= 99.95 ? ">99.9%" : `${share.toFixed(1)}%`;
}

export {
  buildOptions,
  require_picomatch2 as require_picomatch,
  spellFields,
  SourceReader,
  wasmFile,
  SETTINGS_FILE,
  readSettings,
  languageAdapters,
  unreadLanguages,
  buildGraph,
  count,
  plural,
  percent,
  styleFor
};
