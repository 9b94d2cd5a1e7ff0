#!/usr/bin/env node
import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err2) => function __init() {
  if (err2) throw err2[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err2 = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
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
    define_BLAST_RADIUS_FACTS_DIGESTS_default = { python: "e176996789abdb9a" };
  }
});

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
    var STAR = `${QMARK}*?`;
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
      STAR,
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
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth2 = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
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
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
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
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
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
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start2) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
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
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start2) {
          negated = token.negated = true;
          start2++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
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
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start2;
          const i2 = slashes[idx];
          const value2 = input.slice(n2, i2);
          if (opts.tokens) {
            if (idx === 0 && start2 !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth2(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
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
          tokens[tokens.length - 1].value = value;
          depth2(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
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
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
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
      let depth2 = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth2++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth2;
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
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
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
    var parse = (input, options) => {
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
      const tokens = [bos];
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
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
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
        tokens
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
        let count3 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count3++;
        }
        if (count3 % 2 === 0) {
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
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body2 = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body2, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i2 = token.tokensIndex + 1; i2 < tokens.length; i2++) {
            tokens[i2].value = "";
            tokens[i2].output = "";
            delete tokens[i2].suffix;
          }
          state.output = token.output + open.output;
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
            const expression = parse(rest, { ...options, fastpaths: false }).output;
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
                  if (!bos.output && tokens.indexOf(prev) === 1) {
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
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
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
            const arr = tokens.slice();
            const range = [];
            for (let i2 = arr.length - 1; i2 >= 0; i2--) {
              tokens.pop();
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
            tokens.pop();
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
    parse.fastpaths = (input, options) => {
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
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
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
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix });
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
    picomatch2.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err2) {
        if (options && options.debug === true) throw err2;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module2.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module2) {
    "use strict";
    init_define_BLAST_RADIUS_FACTS_DIGESTS();
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module2.exports = picomatch2;
  }
});

// src/cli.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/cli/main.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { parseArgs } from "node:util";
import { stat } from "node:fs/promises";
import { resolve as resolve3 } from "node:path";

// src/cli/commands/graph.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

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
    threads: args2.threads
  };
}

// src/graph/build-graph.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/cache/facts-cache.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
var FACTS_CACHE_FORMAT = "blast-radius/facts-cache@1";
var FACTS_CACHE_FILE = "facts.cache";
var MAX_HEADER_BYTES = 4096;
var FactsCache = class _FactsCache {
  constructor(dir, version, stored, loaded) {
    this.dir = dir;
    this.version = version;
    this.stored = stored;
    this.counts = { hits: 0, misses: 0, loaded: loaded !== void 0 && "entries" in loaded };
    if (loaded && "reason" in loaded) this.counts.reason = loaded.reason;
  }
  dir;
  version;
  stored;
  /** What this run has asked for or added: exactly what `save` keeps. */
  used = /* @__PURE__ */ new Map();
  added = 0;
  counts;
  static async open(dir, version) {
    const loaded = await load(join(dir, FACTS_CACHE_FILE), version);
    return new _FactsCache(dir, version, loaded && "entries" in loaded ? loaded.entries : /* @__PURE__ */ new Map(), loaded);
  }
  get stats() {
    return { ...this.counts };
  }
  get(language, key) {
    const used = this.used.get(language);
    const facts = used?.has(key) ? used.get(key) : this.stored.get(language)?.get(key);
    if (facts === void 0) {
      this.counts.misses++;
      return void 0;
    }
    this.counts.hits++;
    entriesOf(this.used, language).set(key, facts);
    return facts;
  }
  /** `facts` must be plain JSON data; the cache keeps the reference until `save`. */
  set(language, key, facts) {
    if (facts === void 0) throw new TypeError(`FactsCache.set: no facts for ${language} ${key}`);
    entriesOf(this.used, language).set(key, facts);
    this.added++;
  }
  /**
   * Writes the entries used in this run (so entries of files that no longer exist fall away) to a
   * temporary file, then renames it over the cache: a reader sees the old file or the new one, never
   * a mix. Skips the write when the file would come out the same. Throws when the folder cannot be
   * written; the caller decides whether that matters (a run without a saved cache is still right).
   */
  async save() {
    const unchanged = this.counts.loaded && this.added === 0 && count(this.used) === count(this.stored);
    if (unchanged) return;
    const target = join(this.dir, FACTS_CACHE_FILE);
    const temp = join(this.dir, `.${FACTS_CACHE_FILE}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, serialize(this.used, this.version), { flag: "wx" });
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => void 0);
      throw new Error(`cannot write the facts cache ${target}: ${error.code ?? error.message}`);
    }
  }
};
function entriesOf(entries, language) {
  let map = entries.get(language);
  if (!map) entries.set(language, map = /* @__PURE__ */ new Map());
  return map;
}
function count(entries) {
  let total = 0;
  for (const map of entries.values()) total += map.size;
  return total;
}
function serialize(entries, version) {
  const body2 = {};
  for (const language of [...entries.keys()].sort()) {
    const map = entries.get(language);
    const sorted = {};
    for (const key of [...map.keys()].sort()) sorted[key] = map.get(key);
    body2[language] = sorted;
  }
  const bytes2 = Buffer.from(JSON.stringify(body2));
  const header = {
    format: FACTS_CACHE_FORMAT,
    version,
    entries: count(entries),
    bytes: bytes2.length,
    sha256: createHash("sha256").update(bytes2).digest("hex")
  };
  return Buffer.concat([Buffer.from(JSON.stringify(header) + "\n"), bytes2]);
}
async function load(path, version) {
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
  const body2 = data.subarray(newline + 1);
  if (body2.length < header.bytes) return { reason: `truncated (${body2.length} of ${header.bytes} bytes)` };
  if (body2.length > header.bytes) return { reason: `longer than its header says (${body2.length}, not ${header.bytes} bytes)` };
  if (createHash("sha256").update(body2).digest("hex") !== header.sha256) return { reason: "damaged (checksum does not match)" };
  const entries = parseBody(body2.toString("utf8"));
  if (!entries) return { reason: "damaged (body is not {language: {key: facts}})" };
  if (count(entries) !== header.entries) return { reason: `damaged (${count(entries)} entries, header says ${header.entries})` };
  return { entries };
}
function parseHeader(text) {
  const value = parseJson(text);
  if (!isRecord(value)) return void 0;
  const { format, version, entries, bytes: bytes2, sha256 } = value;
  if (typeof format !== "string" || typeof version !== "string" || typeof sha256 !== "string") return void 0;
  if (!Number.isSafeInteger(entries) || !Number.isSafeInteger(bytes2)) return void 0;
  return { format, version, entries, bytes: bytes2, sha256 };
}
function parseBody(text) {
  const value = parseJson(text);
  if (!isRecord(value)) return void 0;
  const entries = /* @__PURE__ */ new Map();
  for (const [language, byKey] of Object.entries(value)) {
    if (!isRecord(byKey)) return void 0;
    entries.set(language, new Map(Object.entries(byKey)));
  }
  return entries;
}
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/discover/discover.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var import_picomatch = __toESM(require_picomatch2(), 1);
import { readdirSync } from "node:fs";
import { join as join2 } from "node:path";

// src/core/repo-path.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var InvalidPathError = class extends Error {
};
var SEPARATORS = process.platform === "win32" ? /[\\/]/ : /\//;
function toRepoPath(raw) {
  const parts2 = [];
  for (const part of raw.split(SEPARATORS)) {
    if (part === "" || part === ".") continue;
    if (part === "..") throw new InvalidPathError(`path climbs out of the repository: ${raw}`);
    parts2.push(part);
  }
  if (parts2.length === 0 || raw.startsWith("/")) throw new InvalidPathError(`not a path inside the repository: ${raw}`);
  return parts2.join("/");
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

// src/git/names.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function spellName(raw) {
  try {
    return { name: UTF8.decode(raw), utf8: true };
  } catch {
    const name2 = [...raw].map((b) => b < 128 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`).join("");
    return { name: name2, utf8: false };
  }
}
function nulFields(output) {
  const fields = [];
  for (let start2 = 0; start2 < output.length; ) {
    let end = output.indexOf(0, start2);
    if (end < 0) end = output.length;
    if (end > start2) fields.push(output.subarray(start2, end));
    start2 = end + 1;
  }
  return fields;
}
function spellFields(output) {
  return nulFields(output).map((field) => spellName(field).name).join("\0");
}

// src/git/run-git.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run2 = promisify(execFile);
var GitError = class extends Error {
};
var SAFE = ["-c", "core.fsmonitor=false", "-c", "core.hooksPath=/dev/null"];
async function runGit(dir, args2) {
  return (await runGitBytes(dir, args2)).toString("utf8");
}
async function runGitBytes(dir, args2, input) {
  try {
    const running = run2("git", [...SAFE, "-C", dir, ...args2], { maxBuffer: 1 << 30, encoding: "buffer" });
    running.child.stdin?.end(input);
    const { stdout } = await running;
    return stdout;
  } catch (error) {
    const { stderr, message } = error;
    throw new GitError((stderr?.toString("utf8") || message).trim().split("\n")[0] ?? "git failed");
  }
}

// src/discover/discover.ts
var EXCLUDED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", "venv", ".venv", "site-packages", "__pycache__", ".tox", ".git"]);
async function discoverFiles(repoDir, options = {}) {
  const listed = await listTracked(repoDir) ?? { ...walk(repoDir), source: "walk" };
  const keep = globFilter(options);
  const files = listed.files.filter((f) => keep(f.path)).sort((a, b) => byCodePoint(a.path, b.path));
  return { files, skipped: listed.skipped, source: listed.source };
}
function globFilter({ include = [], exclude = [] }) {
  const included = include.length ? (0, import_picomatch.default)(include, { dot: true }) : () => true;
  const excluded = exclude.length ? (0, import_picomatch.default)(exclude, { dot: true }) : () => false;
  return (path) => included(path) && !excluded(path);
}
function inExcludedFolder(path) {
  const parts2 = path.split("/");
  for (let i2 = 0; i2 < parts2.length - 1; i2++) if (EXCLUDED_FOLDERS.has(parts2[i2])) return true;
  return false;
}
async function listTracked(repoDir) {
  let stdout;
  let untracked;
  let modified;
  try {
    const inside = await runGit(repoDir, ["rev-parse", "--is-inside-work-tree"]);
    if (inside.trim() !== "true") return void 0;
    [stdout, untracked, modified] = await Promise.all([
      runGitBytes(repoDir, ["ls-files", "-s", "-z"]),
      runGitBytes(repoDir, ["ls-files", "-o", "--exclude-standard", "-z"]),
      runGitBytes(repoDir, ["ls-files", "-m", "-z"])
    ]);
  } catch {
    return void 0;
  }
  const files = [];
  const skipped = [];
  const seen = /* @__PURE__ */ new Set();
  const edited = /* @__PURE__ */ new Set([...nulFields(modified).map((name2) => name2.toString("latin1")), ...await reencoded(repoDir, stdout)]);
  const add = (raw, blob) => {
    const named = nameOf(raw);
    if ("skipped" in named) {
      if (!inExcludedFolder(named.skipped.path)) skipped.push(named.skipped);
    } else if (!inExcludedFolder(named.path)) files.push(blob ? { path: named.path, blob } : { path: named.path });
  };
  for (const entry of nulFields(stdout)) {
    const tab = entry.indexOf(9);
    const [mode, blob] = entry.subarray(0, tab).toString("latin1").split(" ");
    const raw = entry.subarray(tab + 1);
    const key = raw.toString("latin1");
    if (seen.has(key)) continue;
    seen.add(key);
    if (mode === "120000" || mode === "160000") {
      const named = nameOf(raw);
      const path = "skipped" in named ? named.skipped.path : named.path;
      if (!inExcludedFolder(path)) skipped.push({ path, reason: mode === "120000" ? "symbolic link (not followed)" : "git submodule (not analysed)" });
    } else add(raw, edited.has(key) ? void 0 : blob);
  }
  for (const raw of nulFields(untracked)) add(raw);
  return { files, skipped, source: "git" };
}
async function reencoded(repoDir, lsFiles) {
  const paths = nulFields(lsFiles).map((entry) => entry.subarray(entry.indexOf(9) + 1));
  if (!paths.length) return [];
  const input = Buffer.concat(paths.flatMap((path) => [path, Buffer.from([0])]));
  let out2;
  try {
    out2 = (await runGitBytes(repoDir, ["check-attr", "-z", "--stdin", "working-tree-encoding"], input)).toString("latin1").split("\0");
  } catch {
    return paths.map((path) => path.toString("latin1"));
  }
  const found = [];
  for (let i2 = 0; i2 + 2 < out2.length; i2 += 3) if (out2[i2 + 2] !== "unspecified" && out2[i2 + 2] !== "unset") found.push(out2[i2]);
  return found;
}
function nameOf(raw) {
  const { name: name2, utf8 } = spellName(raw);
  if (!utf8) return { skipped: { path: name2, reason: "file name is not UTF-8 (cannot be named)" } };
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
      const folder2 = entry.isDirectory();
      if (folder2 && (entry.name[0] === 46 || EXCLUDED_FOLDERS.has(entry.name.toString("latin1")))) continue;
      if (!folder2 && !entry.isFile() && !entry.isSymbolicLink()) continue;
      const named = nameOf(Buffer.concat([prefix, entry.name]));
      if ("skipped" in named) skipped.push(named.skipped);
      else if (entry.isSymbolicLink()) skipped.push({ path: named.path, reason: "symbolic link (not followed)" });
      else if (folder2) pending.push(named.path);
      else files.push({ path: named.path });
    }
  }
  return { files, skipped };
}

// src/discover/read-source.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { join as join3, sep } from "node:path";
var DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
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
      fd = openSync(join3(this.repoDir, path), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (error) {
      const code = error.code;
      if (code === "ELOOP") return { skipped: "symbolic link (not followed)" };
      if (code === "ENOENT") return { gone: true };
      return { skipped: `not readable (${code ?? "error"})` };
    }
    try {
      const stat2 = fstatSync(fd);
      if (!stat2.isFile()) return { skipped: "not a regular file" };
      if (stat2.size > this.maxBytes) return { skipped: `larger than ${formatSize(this.maxBytes)}` };
      const bytes2 = readAll(fd, stat2.size);
      if (bytes2.includes(0)) return { skipped: "not text (holds a NUL byte)" };
      return { bytes: bytes2 };
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
    for (let at = dir; known === void 0; known = this.inside.get(at)) {
      unknown.push(at);
      at = dirOf(at);
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
function formatSize(bytes2) {
  if (bytes2 >= 1024 * 1024 && bytes2 % (1024 * 1024) === 0) return `${bytes2 / (1024 * 1024)} MB`;
  if (bytes2 >= 1024 && bytes2 % 1024 === 0) return `${bytes2 / 1024} KB`;
  return `${bytes2} bytes`;
}

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
  const sources = [join4(languagesDir, "adapter.ts"), ...sourcesBelow(join4(languagesDir, adapter.id))];
  for (const file of sources) hash.update(`${relative(languagesDir, file)}\0`).update(readFileSync(file));
  for (const wasm2 of [RUNTIME_WASM, ...adapter.grammars]) hash.update(`${wasm2}\0`).update(readFileSync(wasmPath(wasm2)));
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

// src/languages/python/adapter.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/extract.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/decode.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/undecodable-source.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var UndecodableSource = class extends Error {
};

// src/languages/python/decode.ts
var CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
var UTF8_BOM = [239, 187, 191];
function decodePython(bytes2) {
  let start2 = 0;
  if (UTF8_BOM.every((b, i2) => bytes2[i2] === b)) start2 = 3;
  const body2 = bytes2.subarray(start2);
  const encoding = start2 ? "utf-8" : declaredEncoding(body2);
  let text;
  try {
    text = new TextDecoder(encoding, { ignoreBOM: true, fatal: true }).decode(body2);
  } catch {
    throw new UndecodableSource(`not ${encoding} text (${encoding === "utf-8" ? "and no coding line names another" : "as its coding line says"})`);
  }
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
function declaredEncoding(bytes2) {
  const second = bytes2.indexOf(10) + 1;
  if (!startsComment(bytes2, 0) && (second === 0 || !startsComment(bytes2, second))) return "utf-8";
  let end = 0;
  for (let lines = 0; end < bytes2.length && end < 400; end++) {
    if (bytes2[end] === 10 && ++lines === 2) break;
  }
  const head = String.fromCharCode(...bytes2.subarray(0, end));
  for (const line of head.split(/\r\n|\r|\n/).slice(0, 2)) {
    const match = CODING.exec(line);
    if (match) return supportedLabel(match[1].toLowerCase());
    if (!/^[ \t\f]*(#|$)/.test(line)) break;
  }
  return "utf-8";
}
function startsComment(bytes2, start2) {
  let i2 = start2;
  while (bytes2[i2] === 32 || bytes2[i2] === 9 || bytes2[i2] === 12) i2++;
  return bytes2[i2] === 35;
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

// src/languages/python/scan.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TAB = 9;
var NEWLINE = 10;
var FORM_FEED = 12;
var SPACE = 32;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var QUOTE = 39;
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
var DOT = 46;
var COLON = 58;
var SEMICOLON = 59;
var EQUALS = 61;
var OPEN_BRACKET = 91;
var BACKSLASH = 92;
var CLOSE_BRACKET = 93;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var DOLLAR = 36;
var QUESTION = 63;
var BACKTICK = 96;
var HEADERS = /* @__PURE__ */ new Set(["if", "elif", "else", "while", "for", "try", "except", "finally", "with", "def", "class", "async"]);
var SOFT_HEADERS = /* @__PURE__ */ new Set(["match", "case"]);
var NUMBER = /^(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][+-]?\d[\d_]*)?[jJ]?|\d[\d_]*\.(?:[eE][+-]?\d[\d_]*)?[jJ]?)$/;
var IDENTIFIER = /^[\p{ID_Start}_][\p{ID_Continue}\u00B7\u0387\u1369-\u1371\u19DA\u2118\u212E\u309B\u309C]*$/u;
var DANGLING = new Set([..."=+-/%&|^<>~."].map((ch) => ch.charCodeAt(0)));
var TYPE_CHECKING_TEST = /^[\s(]*(?:[A-Za-z_]\w*\s*\.\s*)?TYPE_CHECKING[\s)]*$/;
var CLAUSE_AFTER = {
  elif: ["if", "elif"],
  else: ["if", "elif", "for", "while", "except"],
  except: ["try", "except"],
  finally: ["try", "except", "else-try"]
};
function mayFollow(previous, kind) {
  const after = CLAUSE_AFTER[kind];
  if (after) return after.includes(previous) || kind === "finally" && previous === "else-try";
  if (previous === "try") return false;
  if (previous === "@") return kind === "def" || kind === "class" || kind === "@";
  return true;
}
var mayEndAfter = (previous) => previous !== "try" && previous !== "@";
function isIdentifierChar(code) {
  return code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 || code === 95 || code > 127;
}
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function scanPython(text) {
  const imports = [];
  const dynamic = [];
  const trouble = { imports, dynamic, trouble: true };
  const blocks = [{ headerIndent: -1, bodyIndent: 0, lazy: false, type: false, previous: "", opener: "" }];
  const length = text.length;
  let i2 = 0;
  let line = 1;
  const starts = [];
  const ends = [];
  const lines = [];
  while (i2 < length) {
    let indent = 0;
    for (; i2 < length; i2++) {
      const c = text.charCodeAt(i2);
      if (c === SPACE) indent++;
      else if (c === TAB) indent = (Math.floor(indent / 8) + 1) * 8;
      else if (c === FORM_FEED) indent = 0;
      else break;
    }
    if (i2 >= length) break;
    const first = text.charCodeAt(i2);
    if (first === NEWLINE || first === HASH) {
      while (i2 < length && text.charCodeAt(i2) !== NEWLINE) i2++;
      i2++;
      line++;
      continue;
    }
    starts.length = ends.length = lines.length = 0;
    let depth2 = 0;
    let colon = -1;
    let colonAt = -1;
    let mentionsImport = false;
    let segmentStart = -1;
    let lastCode = -1;
    while (i2 < length) {
      const c = text.charCodeAt(i2);
      if (c === NEWLINE) {
        i2++;
        line++;
        if (depth2 === 0) break;
        continue;
      }
      if (c === SPACE || c === TAB || c === FORM_FEED) {
        i2++;
        continue;
      }
      if (c === HASH) {
        while (i2 < length && text.charCodeAt(i2) !== NEWLINE) i2++;
        continue;
      }
      if (c === BACKSLASH) {
        if (text.charCodeAt(i2 + 1) !== NEWLINE) return trouble;
        i2 += 2;
        line++;
        continue;
      }
      if (segmentStart < 0) {
        segmentStart = i2;
        lines.push(line);
      }
      if (c === QUOTE || c === DOUBLE_QUOTE) {
        const end = skipString(text, i2);
        if (end < 0) return trouble;
        for (let k = i2; k < end; k++) if (text.charCodeAt(k) === NEWLINE) line++;
        i2 = lastCode = end;
        continue;
      }
      if (isIdentifierChar(c) && !isDigit(c)) {
        const start2 = i2;
        let ascii = true;
        for (let d = c; i2 < length && isIdentifierChar(d); d = text.charCodeAt(++i2)) if (d > 127) ascii = false;
        if (!ascii && !IDENTIFIER.test(text.slice(start2, i2))) return trouble;
        const n = i2 - start2;
        if (n === 6 || n === 4 || n === 10 || n === 13) {
          const word2 = text.slice(start2, i2);
          if (word2 === "import") {
            if (depth2 > 0) return trouble;
            mentionsImport = true;
          } else if (word2 === "from" || word2 === "import_module" || word2 === "__import__") mentionsImport = true;
        }
        lastCode = i2;
        continue;
      }
      if (isDigit(c) || c === DOT && isDigit(text.charCodeAt(i2 + 1))) {
        const start2 = i2;
        let plain2 = true;
        while (i2 < length) {
          const d = text.charCodeAt(i2);
          if (isDigit(d)) i2++;
          else if (isIdentifierChar(d) || d === DOT) {
            plain2 = false;
            i2++;
          } else if ((d === 43 || d === 45) && (text.charCodeAt(i2 - 1) | 32) === 101 && !/^0[xX]/.test(text.slice(start2, i2))) i2++;
          else break;
        }
        if (!plain2 && !NUMBER.test(text.slice(start2, i2))) return trouble;
        lastCode = i2;
        continue;
      }
      if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) depth2++;
      else if (c === CLOSE_PAREN || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
        if (--depth2 < 0) return trouble;
      } else if (c === DOLLAR || c === QUESTION || c === BACKTICK) return trouble;
      else if (depth2 === 0 && c === SEMICOLON) {
        starts.push(segmentStart);
        ends.push(lastCode);
        segmentStart = -1;
        i2++;
        continue;
      } else if (depth2 === 0 && c === COLON && colonAt < 0 && text.charCodeAt(i2 + 1) !== EQUALS) {
        colon = starts.length;
        colonAt = i2;
      }
      i2++;
      lastCode = i2;
    }
    if (depth2 !== 0) return trouble;
    if (segmentStart >= 0) {
      starts.push(segmentStart);
      ends.push(lastCode);
    } else if (!starts.length) continue;
    let outer = blocks[blocks.length - 1];
    if (outer.bodyIndent === -1) {
      if (indent <= outer.headerIndent) return trouble;
      outer.bodyIndent = indent;
    } else {
      while (blocks.length > 1 && outer.headerIndent >= indent) {
        if (!mayEndAfter(blocks.pop().previous)) return trouble;
        outer = blocks[blocks.length - 1];
      }
      if (indent !== outer.bodyIndent) return trouble;
    }
    const lineStart = starts[0];
    let wordEnd = lineStart;
    while (wordEnd < length && isIdentifierChar(text.charCodeAt(wordEnd))) wordEnd++;
    const word = text.slice(lineStart, wordEnd);
    const asyncWord = word === "async" ? /^async\s+(def|for|with)\b/.exec(text.slice(lineStart, lineStart + 20))?.[1] : void 0;
    const isHeaderWord = HEADERS.has(word) || SOFT_HEADERS.has(word);
    let kind = text.charCodeAt(lineStart) === 64 ? "@" : isHeaderWord ? asyncWord ?? word : "";
    if (kind === "else" && outer.previous === "except") kind = "else-try";
    if (!mayFollow(outer.previous, kind === "else-try" ? "else" : kind)) return trouble;
    outer.previous = kind;
    let context = outer;
    let bodyFrom = lineStart;
    if (isHeaderWord && !(word === "async" && !asyncWord)) {
      const soft = SOFT_HEADERS.has(word);
      const bodyAfterColon = colon >= 0 && (colon < starts.length - 1 || colonAt + 1 < ends[colon]);
      if (colonAt < 0 || colon !== 0 || soft && bodyAfterColon) {
        if (!soft) return trouble;
        if (outer.opener === "match") return trouble;
      } else {
        if (kind === "case" !== (outer.opener === "match")) return trouble;
        if (mentionsImport && /\b(?:import_module|__import__)\b/.test(text.slice(lineStart, colonAt))) return trouble;
        const isDef = kind === "def";
        const test = word === "if" || word === "elif" ? text.slice(wordEnd, colonAt).replace(/\\\n/g, " ") : "";
        context = {
          headerIndent: indent,
          bodyIndent: -1,
          lazy: outer.lazy || isDef,
          type: outer.type || test !== "" && TYPE_CHECKING_TEST.test(test) && balancedParens(test),
          previous: "",
          opener: kind
        };
        if (!bodyAfterColon) {
          blocks.push(context);
          continue;
        }
        bodyFrom = colonAt + 1;
      }
    } else if (outer.opener === "match") return trouble;
    if (DANGLING.has(text.charCodeAt(ends[ends.length - 1] - 1))) return trouble;
    if (!mentionsImport) continue;
    for (let k = 0; k < starts.length; k++) {
      let start2 = starts[k];
      const end = ends[k];
      let statementLine = lines[k];
      if (start2 < bodyFrom) {
        if (end <= bodyFrom) continue;
        start2 = bodyFrom;
        while (start2 < end && /\s|\\/.test(text[start2])) {
          if (text.charCodeAt(start2) === NEWLINE) statementLine++;
          start2++;
        }
      }
      const piece = text.slice(start2, end);
      const head = /^(?:import|from)(?![\w\u0080-\uffff])/.test(piece);
      if (!head && !/\b(?:import_module|__import__)\b/.test(piece)) continue;
      const span = { start: start2, end, line: statementLine, context: context.type ? "type" : context.lazy ? "lazy" : "import" };
      (head ? imports : dynamic).push(span);
    }
  }
  if (blocks[blocks.length - 1].bodyIndent === -1 || !blocks.every((b) => mayEndAfter(b.previous))) return trouble;
  return { imports, dynamic, trouble: false };
}
function skipString(text, i2) {
  const quote = text.charCodeAt(i2);
  const triple = text.charCodeAt(i2 + 1) === quote && text.charCodeAt(i2 + 2) === quote;
  if (!triple) {
    for (let k = i2 + 1; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === BACKSLASH) k++;
      else if (c === quote) return k + 1;
      else if (c === NEWLINE) return -1;
    }
    return -1;
  }
  const close = String.fromCharCode(quote).repeat(3);
  for (let k = i2 + 3; k < text.length; ) {
    const next = text.indexOf(close, k);
    if (next < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(next - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return next + 3;
    k = next + 1;
  }
  return -1;
}
function balancedParens(text) {
  let depth2 = 0;
  for (const ch of text) {
    if (ch === "(") depth2++;
    else if (ch === ")" && --depth2 < 0) return false;
  }
  return depth2 === 0;
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
  extract(bytes2) {
    const text = decodePython(bytes2);
    return this.path === "fast" ? this.extractFast(text) : this.extractFull(text);
  }
  /** Parses the whole file; contexts come from the tree. */
  extractFull(text) {
    const tree = this.parse(text);
    try {
      const { facts, firstErrorRow } = collect(tree.rootNode, (node, context) => ({ line: node.startPosition.row + 1, context }));
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
    const statements = [...scan.imports, ...scan.dynamic];
    if (!statements.length) return { imports: [], dynamic: [] };
    const rows = /* @__PURE__ */ new Map();
    let source = "";
    let row = 0;
    for (const statement of statements) {
      const piece = text.slice(statement.start, statement.end);
      rows.set(row, statement);
      source += piece + "\n";
      for (let k = 0; k < piece.length; k++) if (piece.charCodeAt(k) === 10) row++;
      row++;
    }
    const tree = this.parse(source);
    try {
      if (tree.rootNode.hasError || tree.rootNode.namedChildCount !== rows.size) return this.extractFull(text);
      return collect(tree.rootNode, (node) => {
        let start2 = node.startPosition.row;
        while (!rows.has(start2)) start2--;
        const statement = rows.get(start2);
        return { line: statement.line + node.startPosition.row - start2, context: statement.context };
      }).facts;
    } finally {
      tree.delete();
    }
  }
};
function collect(root, locate) {
  const imports = [];
  const dynamic = [];
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
        const where = locate(node, frame.context);
        if (type === "import_statement") {
          for (const entry of plainImports(node, where)) imports.push(entry);
        } else {
          const from = fromImport(node, where);
          if (from) imports.push(from);
        }
      } else if (type === "call") {
        const node = cursor.currentNode;
        const specifier = dynamicSpecifier(node);
        if (specifier !== void 0) dynamic.push({ line: locate(node, frame.context).line, specifier });
      }
      if (errors && (type === "ERROR" || cursor.nodeIsMissing)) firstErrorRow = Math.min(firstErrorRow ?? Infinity, cursor.startPosition.row);
      const below = childFrame(cursor.currentFieldName, type, frame, () => cursor.currentNode);
      if (cursor.gotoFirstChild()) {
        frames.push(below);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return firstErrorRow === void 0 ? { facts: { imports, dynamic } } : { facts: { imports, dynamic }, firstErrorRow };
        frames.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
function childFrame(field, type, frame, node) {
  let context = frame.context;
  if (type === "block") {
    if (frame.parent === "function" && context === "import") context = "lazy";
    else if (frame.parent === "type-checking-if" && field === "consequence") context = "type";
  }
  if (type === "function_definition") return { context, parent: "function" };
  if ((type === "if_statement" || type === "elif_clause") && isTypeCheckingTest(node().childForFieldName("condition"))) {
    return { context, parent: "type-checking-if" };
  }
  return context === frame.context && frame.parent === "other" ? frame : { context, parent: "other" };
}
function dynamicSpecifier(call) {
  const callee = call.childForFieldName("function");
  const args2 = call.childForFieldName("arguments");
  if (!callee || args2?.type !== "argument_list") return void 0;
  const literal = args2.firstNamedChild;
  if (literal?.type !== "string" || !/(^|\.)(import_module|__import__)$/.test(callee.text)) return void 0;
  return stringLiteral(literal);
}
function dottedName(node) {
  if (!node) return "";
  if (node.type === "aliased_import") return dottedName(node.childForFieldName("name"));
  const text = node.text;
  if (!text.includes("#")) return text.replace(/[\s\\]+/g, "");
  return node.namedChildren.filter((c) => c?.type === "identifier").map((c) => c.text).join(".");
}
function plainImports(node, { line, context }) {
  return node.childrenForFieldName("name").flatMap((name2) => {
    const module2 = dottedName(name2);
    return module2 ? [{ line, context, level: 0, module: module2, names: null }] : [];
  });
}
function fromImport(node, { line, context }) {
  let level = 0;
  let module2;
  if (node.type === "future_import_statement") module2 = "__future__";
  else {
    const source = node.childForFieldName("module_name");
    if (!source) return void 0;
    if (source.type === "relative_import") {
      const text = source.text.replace(/[\s\\]+/g, "");
      level = /^\.*/.exec(text)[0].length;
      module2 = text.slice(level);
    } else module2 = dottedName(source);
  }
  const names = node.lastNamedChild?.type === "wildcard_import" ? ["*"] : node.childrenForFieldName("name").map(dottedName).filter(Boolean);
  if (!names.length) return void 0;
  return { line, context, level, module: module2, names };
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
  return parts2[0].text;
}

// src/languages/python/facts.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var CONTEXTS = /* @__PURE__ */ new Set(["import", "lazy", "type"]);
var isLine = (v) => Number.isSafeInteger(v) && v > 0;
var isRecord2 = (v) => typeof v === "object" && v !== null;
function isPyFacts(value) {
  if (!isRecord2(value) || !Array.isArray(value.imports) || !Array.isArray(value.dynamic)) return false;
  if (value.syntaxErrorLine !== void 0 && !isLine(value.syntaxErrorLine)) return false;
  const importOk = (i2) => isRecord2(i2) && isLine(i2.line) && CONTEXTS.has(i2.context) && Number.isSafeInteger(i2.level) && i2.level >= 0 && typeof i2.module === "string" && (i2.names === null || Array.isArray(i2.names) && i2.names.every((n) => typeof n === "string"));
  const dynamicOk = (d) => isRecord2(d) && isLine(d.line) && typeof d.specifier === "string";
  return value.imports.every(importOk) && value.dynamic.every(dynamicOk);
}

// src/languages/python/kinds.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var PY_EDGE_KINDS = [
  { kind: "import", atLoad: true, meaning: "at module level, so whenever the importer is loaded" },
  { kind: "lazy", atLoad: false, meaning: "inside a function, so only when it runs" },
  { kind: "type", atLoad: false, meaning: "under `TYPE_CHECKING`, for type checkers only" },
  { kind: "package", atLoad: true, meaning: "a module runs its package's `__init__` first" }
];
var RANK = new Map(PY_EDGE_KINDS.map((spec, i2) => [spec.kind, i2]));
function strongerKind(a, b) {
  return RANK.get(a) <= RANK.get(b) ? a : b;
}

// src/languages/python/parser.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// node_modules/web-tree-sitter/web-tree-sitter.js
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var __defProp2 = Object.defineProperty;
var __name = (target, value) => __defProp2(target, "name", { value, configurable: true });
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count3);
    if (count3 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count3; i2++) {
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count3);
    if (count3 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count3; i2++) {
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count3);
    if (count3 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count3; i2++) {
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
      const count3 = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._children = new Array(count3);
      if (count3 > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count3; i2++) {
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
      const count3 = C.getValue(TRANSFER_BUFFER, "i32");
      const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
      this._namedChildren = new Array(count3);
      if (count3 > 0) {
        let address = buffer;
        for (let i2 = 0; i2 < count3; i2++) {
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count3);
    if (count3 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count3; i2++) {
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count3);
    if (count3 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count3; i2++) {
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
          return new Promise((resolve4, reject) => {
            var xhr = new XMLHttpRequest();
            xhr.open("GET", url, true);
            xhr.responseType = "arraybuffer";
            xhr.onload = () => {
              if (xhr.status == 200 || xhr.status == 0 && xhr.response) {
                resolve4(xhr.response);
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
      return new Promise((resolve4, reject) => {
        Module["instantiateWasm"](info2, (mod, inst) => {
          resolve4(receiveInstance(mod, inst));
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
        var count3 = getLEB();
        while (count3--) {
          var symname = getString();
          var flags2 = getLEB();
          if (flags2 & WASM_SYMBOL_TLS) {
            customSection.tlsExports.add(symname);
          }
        }
      } else if (subsectionType === WASM_DYLINK_IMPORT_INFO) {
        var count3 = getLEB();
        while (count3--) {
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
    var code = wasmTypeCodes[type];
    return code;
  })), "generateTypePack");
  var convertJsFunctionToWasm = /* @__PURE__ */ __name((func2, sig) => {
    var bytes2 = Uint8Array.of(
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
    var module2 = new WebAssembly.Module(bytes2);
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
  var updateTableMap = /* @__PURE__ */ __name((offset, count3) => {
    if (functionsInTableMap) {
      for (var i2 = offset; i2 < offset + count3; i2++) {
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
  var _proc_exit = /* @__PURE__ */ __name((code) => {
    EXITSTATUS = code;
    if (!keepRuntimeAlive()) {
      Module["onExit"]?.(code);
      ABORT = true;
    }
    quit_(code, new ExitStatus(code));
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
  var stringToUTF8Array = /* @__PURE__ */ __name((str, heap2, outIdx, maxBytesToWrite) => {
    if (!(maxBytesToWrite > 0)) return 0;
    var startIdx = outIdx;
    var endIdx = outIdx + maxBytesToWrite - 1;
    for (var i2 = 0; i2 < str.length; ++i2) {
      var u = str.codePointAt(i2);
      if (u <= 127) {
        if (outIdx >= endIdx) break;
        heap2[outIdx++] = u;
      } else if (u <= 2047) {
        if (outIdx + 1 >= endIdx) break;
        heap2[outIdx++] = 192 | u >> 6;
        heap2[outIdx++] = 128 | u & 63;
      } else if (u <= 65535) {
        if (outIdx + 2 >= endIdx) break;
        heap2[outIdx++] = 224 | u >> 12;
        heap2[outIdx++] = 128 | u >> 6 & 63;
        heap2[outIdx++] = 128 | u & 63;
      } else {
        if (outIdx + 3 >= endIdx) break;
        heap2[outIdx++] = 240 | u >> 18;
        heap2[outIdx++] = 128 | u >> 12 & 63;
        heap2[outIdx++] = 128 | u >> 6 & 63;
        heap2[outIdx++] = 128 | u & 63;
        i2++;
      }
    }
    heap2[outIdx] = 0;
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
    moduleRtn = new Promise((resolve4, reject) => {
      readyPromiseResolve = resolve4;
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const buffer = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const result = new Array(count3);
    if (count3 > 0) {
      let address = buffer;
      for (let i2 = 0; i2 < count3; i2++) {
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
      const compare = /* @__PURE__ */ __name((n1, n2, positive) => {
        return positive ? n1.text === n2.text : n1.text !== n2.text;
      }, "compare");
      return matchAll ? nodes1.every((n1) => nodes2.some((n2) => compare(n1, n2, isPositive))) : nodes1.some((n1) => nodes2.some((n2) => compare(n1, n2, isPositive)));
    });
  } else {
    const captureName = steps[1].name;
    const stringValue = steps[2].value;
    const matches = /* @__PURE__ */ __name((n) => n.text === stringValue, "matches");
    const doesNotMatch = /* @__PURE__ */ __name((n) => n.text !== stringValue, "doesNotMatch");
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
function indexForByteOffset(source, byteOffset) {
  return new TextEncoder().encodeInto(source, new Uint8Array(byteOffset)).read;
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
  constructor(language, source) {
    const sourceLength = C.lengthBytesUTF8(source);
    const sourceAddress = C._malloc(sourceLength + 1);
    C.stringToUTF8(source, sourceAddress, sourceLength + 1);
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
      const suffix = source.slice(errorIndex, errorIndex + 100).split("\n")[0];
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
    this.source = source;
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
    const count3 = C.getValue(TRANSFER_BUFFER, "i32");
    const startAddress = C.getValue(TRANSFER_BUFFER + SIZE_OF_INT, "i32");
    const didExceedMatchLimit = C.getValue(TRANSFER_BUFFER + 2 * SIZE_OF_INT, "i32");
    const result = new Array();
    this.exceededMatchLimit = Boolean(didExceedMatchLimit);
    const captures = new Array();
    let address = startAddress;
    for (let i2 = 0; i2 < count3; i2++) {
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

// src/languages/python/parser.ts
var PYTHON_GRAMMARS = ["tree-sitter-python/tree-sitter-python.wasm"];
var loading;
function pythonParser() {
  loading ??= (async () => {
    await Parser.init({ locateFile: (name2) => wasmFile("web-tree-sitter/" + name2) });
    const parser = new Parser();
    parser.setLanguage(await Language.load(wasmFile(PYTHON_GRAMMARS[0])));
    return parser;
  })();
  return loading;
}

// src/languages/python/removed-imports.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/languages/python/module-index.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var PythonModuleIndex = class {
  /** Every root, in the order used after a file's own roots: shallowest first, then by name. */
  roots;
  rootSet;
  providers = /* @__PURE__ */ new Map();
  names = /* @__PURE__ */ new Map();
  /** Folders that hold an `__init__` module, to the file that is it. */
  packageInits = /* @__PURE__ */ new Map();
  constructor(files) {
    for (const file of files) if (isInit(file)) this.packageInits.set(dirOf(file), file);
    this.rootSet = this.findRoots(files);
    this.roots = [...this.rootSet].sort((a, b) => depth(a) - depth(b) || byCodePoint(a, b));
    const rank = new Map(this.roots.map((root, i2) => [root, i2]));
    for (const file of files) {
      const root = this.deepestRoot(dirOf(file));
      const relative2 = root ? file.slice(root.length + 1) : file;
      const parts2 = relative2.replace(/\.pyi?$/, "").split("/");
      if (isInit(file)) parts2.pop();
      this.names.set(file, { root, parts: parts2 });
      if (!parts2.length) continue;
      const name2 = parts2.join(".");
      const list = this.providers.get(name2) ?? [];
      const same = list.findIndex((p) => p.root === root);
      if (same < 0) list.push({ root, file });
      else if (isInit(file)) list[same] = { root, file };
      list.sort((a, b) => rank.get(a.root) - rank.get(b.root));
      this.providers.set(name2, list);
    }
  }
  /** The module name of a file, as dotted parts ([] for an `__init__.py` at a root). */
  moduleParts(file) {
    return this.names.get(file)?.parts ?? [];
  }
  /** The package a relative import in this file starts from: the package itself for an `__init__`. */
  ownPackage(file) {
    const parts2 = this.moduleParts(file);
    return isInit(file) ? parts2 : parts2.slice(0, -1);
  }
  /**
   * The file that provides `name` for an import written in `from`: the roots holding `from` are asked
   * deepest first, then the others in `roots` order.
   */
  lookup(name2, from) {
    const list = this.providers.get(name2);
    if (!list) return void 0;
    if (list.length === 1) return list[0].file;
    for (let dir = this.deepestRoot(dirOf(from)); ; dir = this.deepestRoot(dirOf(dir))) {
      const own = list.find((p) => p.root === dir);
      if (own) return own.file;
      if (dir === "") break;
    }
    return list[0].file;
  }
  deepestRoot(dir) {
    for (let d = dir; d !== ""; d = dirOf(d)) if (this.rootSet.has(d)) return d;
    return "";
  }
  findRoots(files) {
    const roots = /* @__PURE__ */ new Set([""]);
    const candidates = /* @__PURE__ */ new Set();
    for (const file of files) {
      const dir = dirOf(file);
      candidates.add(dir);
      if (isInit(file) && dir !== "") candidates.add(dirOf(dir));
    }
    for (const dir of candidates) {
      if (dir !== "" && !this.packageInits.has(dir) && !this.packageInits.has(dirOf(dir))) roots.add(dir);
    }
    return roots;
  }
};
function isInit(file) {
  const name2 = baseName(file);
  return name2 === "__init__.py" || name2 === "__init__.pyi";
}
function depth(dir) {
  return dir === "" ? 0 : dir.split("/").length;
}

// src/languages/python/removed-imports.ts
function importsNamingRemoved(removed, files, references) {
  const byName = /* @__PURE__ */ new Map();
  const file = (name2, reference) => {
    const list = byName.get(name2);
    if (list) list.push(reference);
    else byName.set(name2, [reference]);
  };
  for (const reference of references) {
    file(reference.specifier, reference);
    const dot = reference.specifier.lastIndexOf(".");
    if (dot > 0) file(reference.specifier.slice(0, dot), reference);
  }
  const result = /* @__PURE__ */ new Map();
  for (const [path, name2] of moduleNames(removed, files)) {
    const found = new Set(byName.get(name2) ?? []);
    result.set(path, [...found].sort((a, b) => byCodePoint(a.from, b.from) || a.line - b.line));
  }
  return result;
}
function moduleNames(paths, files) {
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
    const index = new PythonModuleIndex([...files.filter((f) => !added.has(f)), ...group]);
    for (const path of group) {
      const parts2 = index.moduleParts(path);
      if (parts2.length) names.set(path, parts2.join("."));
    }
  }
  return names;
}

// src/languages/python/resolve.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function resolvePython(facts) {
  const files = [...facts.keys()].sort(byCodePoint);
  const index = new PythonModuleIndex(files);
  const looksLocal = localLooking(files);
  const edges = new EdgeSet();
  const unresolved = [];
  const dynamic = [];
  const partial = [];
  const attributes = [];
  for (const from of files) {
    const { imports, dynamic: calls, syntaxErrorLine } = facts.get(from);
    if (syntaxErrorLine !== void 0) partial.push({ path: from, line: syntaxErrorLine });
    const seen = /* @__PURE__ */ new Set();
    for (const statement of imports) {
      const result = resolveImport(index, from, statement);
      for (const to of result.targets) edges.add(from, to, statement.context, statement.line);
      for (const specifier of result.attributes) attributes.push({ from, specifier, line: statement.line });
      const key = `${statement.line}\0${result.unresolved}`;
      if (result.unresolved !== void 0 && !seen.has(key)) {
        seen.add(key);
        const specifier = result.unresolved;
        unresolved.push({ from, specifier, line: statement.line, ...looksLocal(specifier) && { looksLocal: true } });
      }
    }
    for (const call of calls) dynamic.push({ from, ...call });
    addPackageEdge(index, edges, from);
  }
  return { edges: edges.list(), unresolved, dynamic, partial, attributes };
}
function localLooking(files) {
  const topNames = new Set(files.map((f) => f.split("/")[0].replace(/\.[^.]*$/u, "")));
  return (specifier) => specifier.startsWith(".") || topNames.has(specifier.split(".")[0]);
}
function addPackageEdge(index, edges, file) {
  const dir = dirOf(file);
  const own = index.packageInits.get(dir);
  const init2 = own === file ? dir === "" ? void 0 : index.packageInits.get(dirOf(dir)) : own;
  if (init2) edges.add(file, init2, "package");
}
function resolveImport(index, from, statement) {
  const { level, module: module2, names } = statement;
  const base = level === 0 ? module2 : relativeBase(index, from, level, module2);
  if (base === void 0) return { targets: [], attributes: [], unresolved: ".".repeat(level) + module2 };
  if (names === null) {
    const target = index.lookup(base, from);
    if (target) return { targets: [target], attributes: [] };
    const parent = base.includes(".") ? index.lookup(base.slice(0, base.lastIndexOf(".")), from) : void 0;
    return parent ? { targets: [parent], attributes: [base] } : { targets: [], attributes: [], unresolved: base };
  }
  const targets = [];
  const attributes = [];
  let missing = false;
  const container = index.lookup(base, from);
  for (const name2 of names) {
    const submodule = name2 === "*" ? void 0 : index.lookup(`${base}.${name2}`, from);
    if (submodule) targets.push(submodule);
    else if (!container) missing = true;
    else {
      targets.push(container);
      if (name2 !== "*") attributes.push(`${base}.${name2}`);
    }
  }
  return missing ? { targets, attributes, unresolved: base } : { targets, attributes };
}
function relativeBase(index, from, level, module2) {
  const pkg = index.ownPackage(from);
  if (level > pkg.length) return void 0;
  const parts2 = pkg.slice(0, pkg.length - (level - 1));
  return (module2 ? [...parts2, module2] : parts2).join(".");
}
var EdgeSet = class {
  byPair = /* @__PURE__ */ new Map();
  add(from, to, kind, line) {
    if (from === to) return;
    const key = `${from}\0${to}`;
    const known = this.byPair.get(key);
    if (!known) {
      this.byPair.set(key, { from, to, kinds: /* @__PURE__ */ new Set([kind]), kind, ...line !== void 0 && { line } });
      return;
    }
    known.kinds.add(kind);
    if (kind !== known.kind) {
      if (strongerKind(kind, known.kind) !== kind) return;
      known.kind = kind;
      known.line = line;
    } else if (line !== void 0 && (known.line === void 0 || line < known.line)) known.line = line;
  }
  list() {
    return [...this.byPair.values()].map(({ from, to, kind, kinds, line }) => ({
      from,
      to,
      kind,
      ...kinds.size > 1 && { kinds: PY_EDGE_KINDS.map((k) => k.kind).filter((k) => kinds.has(k)) },
      ...line !== void 0 && { line }
    }));
  }
};

// src/languages/python/select.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function selectPythonFiles(files) {
  const sources = new Set(files.filter((f) => f.path.endsWith(".py")).map((f) => f.path));
  return files.filter((f) => f.path.endsWith(".py") || f.path.endsWith(".pyi") && !sources.has(f.path.slice(0, -1)));
}

// src/languages/python/test-files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function isPythonTestFile(path) {
  const name2 = baseName(path);
  return /^test_.*\.pyi?$|_test\.pyi?$|^tests\.pyi?$|^conftest\.py$/u.test(name2) || path.split("/").slice(0, -1).includes("tests");
}

// src/languages/python/adapter.ts
var PythonAdapter = class {
  constructor(extraction = "fast") {
    this.extraction = extraction;
  }
  extraction;
  id = "python";
  grammars = PYTHON_GRAMMARS;
  edgeKinds = PY_EDGE_KINDS;
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
  resolve(facts) {
    return resolvePython(facts);
  }
  isTestFile(path) {
    return isPythonTestFile(path);
  }
  importsNaming = importsNamingRemoved;
  async init() {
    this.extractor ??= new PythonExtractor(await pythonParser(), this.extraction);
  }
  extract(source) {
    if (!this.extractor) throw new Error("PythonAdapter.extract called before init()");
    return this.extractor.extract(source);
  }
};

// src/languages/registry.ts
function languageAdapters(extraction = "fast") {
  return [new PythonAdapter(extraction)];
}

// src/graph/extract-files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash as createHash3 } from "node:crypto";
import { existsSync as existsSync2 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath3 } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_FROM = 3e3;
var MAX_THREADS = 4;
var WORKER = fileURLToPath3(new URL("./extract-worker.js", import.meta.url));
async function extractBatch(adapter, reader, files) {
  if (files.length) await adapter.init();
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
  const facts = /* @__PURE__ */ new Map();
  const cached = (path, key) => {
    const value = key === void 0 ? void 0 : cache?.get(namespace(adapter, path), key);
    return value !== void 0 && adapter.isFacts(value) ? value : void 0;
  };
  const pending = [];
  const keys = /* @__PURE__ */ new Map();
  for (const file of files) {
    const known = cached(file.path, file.blob);
    if (known) {
      facts.set(file.path, known);
      continue;
    }
    if (!cache) pending.push({ path: file.path });
    else if (file.blob) {
      keys.set(file.path, file.blob);
      pending.push({ path: file.path });
    } else {
      const read = reader.read(file.path);
      if ("skipped" in read) skipped.push({ path: file.path, reason: read.skipped });
      if (!("bytes" in read)) continue;
      const key = `sha1:${createHash3("sha1").update(read.bytes).digest("hex")}`;
      const again = cached(file.path, key);
      if (again) facts.set(file.path, again);
      else {
        keys.set(file.path, key);
        pending.push({ path: file.path, bytes: read.bytes });
      }
    }
  }
  for (const outcome of await extractPending(adapter, reader, pending, settings)) {
    if ("skipped" in outcome) skipped.push({ path: outcome.path, reason: outcome.skipped });
    if ("undecodable" in outcome) undecodable.push(outcome.path);
    if (!("facts" in outcome)) continue;
    facts.set(outcome.path, outcome.facts);
    const key = keys.get(outcome.path);
    if (key !== void 0) cache?.set(namespace(adapter, outcome.path), key, outcome.facts);
  }
  return facts;
}
function namespace(adapter, path) {
  const dialect = adapter.dialectOf(path);
  return dialect === adapter.id ? adapter.id : `${adapter.id}:${dialect}`;
}
function threadCount(settings, files) {
  if (settings.threads !== void 0) return Math.max(1, Math.min(settings.threads, MAX_THREADS));
  return files < PARALLEL_FROM ? 1 : Math.min(availableParallelism(), MAX_THREADS);
}
async function extractPending(adapter, reader, files, settings) {
  const threads = threadCount(settings, files.length);
  if (threads === 1 || !existsSync2(WORKER)) return extractBatch(adapter, reader, files);
  const size = Math.ceil(files.length / threads);
  const slices = Array.from({ length: threads }, (_, i2) => files.slice(i2 * size, (i2 + 1) * size));
  const { repoDir, maxBytes, extraction } = settings;
  const inWorkers = slices.slice(1).map(
    (slice) => runWorker({ repoDir, maxBytes, adapter: adapter.id, extraction, files: slice }).catch((error) => {
      settings.onWarning?.(`an extraction thread failed (${error.message}); its ${slice.length} files were read in the main thread`);
      return extractBatch(adapter, reader, slice);
    })
  );
  const here = await extractBatch(adapter, reader, slices[0]);
  return [here, ...await Promise.all(inWorkers)].flat();
}
function runWorker(job) {
  return new Promise((resolve4, reject) => {
    const worker = new Worker(WORKER, { workerData: job });
    worker.once("message", (outcomes) => {
      resolve4(outcomes);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`extraction worker exited with ${code}`)));
  });
}

// src/graph/import-graph.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var ImportGraph = class {
  files;
  edges;
  unresolved;
  skipped;
  dynamic;
  partial;
  /** Imports of names inside modules, by full name (see Resolution.attributes): how removed modules are traced. */
  attributes;
  unread;
  /**
   * How many of `skipped` are files whose bytes are not text in their language's encoding. Many of them
   * mean the graph may not see the repository's code at all (a `.gitattributes` that re-encodes the
   * working tree does this to every file): the report's risk must then be unknown, not low.
   */
  undecodable;
  kinds;
  dynamicMeanings;
  stats;
  cache;
  ids = /* @__PURE__ */ new Map();
  /** importers[id]: ids of the files that import file `id`, ascending; their kinds alongside, as bit masks of indexes into `kinds`. */
  importerIds;
  importerKinds;
  /** importerEdges[id][k]: the index in `edges` of the edge by which importerIds[id][k] imports `id`. */
  importerEdges;
  importIds;
  constructor(input) {
    this.kinds = input.kinds;
    this.dynamicMeanings = input.dynamicMeanings ?? [];
    const kindIndex = new Map(this.kinds.map((spec, i2) => [spec.kind, i2]));
    this.files = [...input.files].sort((a, b) => byCodePoint(a.path, b.path));
    this.files.forEach((f, i2) => this.ids.set(f.path, i2));
    if (this.kinds.length > 31) throw new RangeError(`the graph holds at most 31 edge kinds, got ${this.kinds.length}`);
    const maskOf = (edge) => {
      let mask = 0;
      for (const kind of edge.kinds ?? [edge.kind]) {
        const index = kindIndex.get(kind);
        if (index === void 0) throw new Error(`edge kind "${kind}" is not among the graph's kinds`);
        mask |= 1 << index;
      }
      return mask;
    };
    this.edges = input.edges.filter((e) => this.ids.has(e.from) && this.ids.has(e.to)).sort((a, b) => byCodePoint(a.from, b.from) || byCodePoint(a.to, b.to));
    this.importerIds = this.files.map(() => []);
    this.importerKinds = this.files.map(() => []);
    this.importerEdges = this.files.map(() => []);
    this.importIds = this.files.map(() => []);
    for (const [index, edge] of this.edges.entries()) {
      const from = this.ids.get(edge.from);
      const to = this.ids.get(edge.to);
      this.importerIds[to].push(from);
      this.importerKinds[to].push(maskOf(edge));
      this.importerEdges[to].push(index);
      this.importIds[from].push(to);
    }
    const order = (a, b) => byCodePoint(a.from, b.from) || a.line - b.line;
    this.unresolved = [...input.unresolved ?? []].sort(order);
    this.dynamic = [...input.dynamic ?? []].sort(order);
    this.attributes = [...input.attributes ?? []].sort(order);
    this.partial = [...input.partial ?? []].sort((a, b) => byCodePoint(a.path, b.path));
    this.skipped = [...input.skipped ?? []].sort((a, b) => byCodePoint(a.path, b.path));
    this.unread = input.unread ?? {};
    this.undecodable = input.undecodable ?? 0;
    this.cache = input.cache;
    this.stats = { files: this.files.length, edges: this.edges.length, ms: Math.round(input.ms ?? 0) };
  }
  /** Whether `path` is test code by its language's rules (false for a path not in the graph). */
  isTest(path) {
    const id = this.ids.get(path);
    return id !== void 0 && this.files[id].test;
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
   * followed (all, without `kinds`).
   */
  downstream(sources, options = {}) {
    const start2 = [...new Set(sources)].map((path) => this.idOrThrow(path)).sort((a, b) => a - b);
    const ring = new Int32Array(this.files.length).fill(-1);
    const via = new Int32Array(this.files.length).fill(-1);
    const seededVia = /* @__PURE__ */ new Map();
    for (const id of start2) ring[id] = 0;
    const allowed = this.kindMask(options.kinds);
    const found = [];
    let frontier = start2;
    for (let depth2 = 1; frontier.length || depth2 === 1 && options.seeds?.length; depth2++) {
      const next = [];
      for (const id of frontier) {
        const importers = this.importerIds[id];
        const kinds = this.importerKinds[id];
        for (let i2 = 0; i2 < importers.length; i2++) {
          const importer = importers[i2];
          if (!(kinds[i2] & allowed) || ring[importer] !== -1) continue;
          ring[importer] = depth2;
          via[importer] = id;
          next.push(importer);
        }
      }
      if (depth2 === 1) {
        for (const seed of options.seeds ?? []) {
          const id = this.ids.get(seed.path);
          if (id === void 0 || ring[id] !== -1) continue;
          ring[id] = 1;
          seededVia.set(id, seed.via);
          next.push(id);
        }
      }
      next.sort((a, b) => a - b);
      for (const id of next) found.push({ path: this.files[id].path, ring: depth2, via: via[id] >= 0 ? this.files[via[id]].path : seededVia.get(id) });
      frontier = next;
    }
    return found;
  }
  /** The files `path` imports, in path order. */
  importsOf(path) {
    return this.importIds[this.idOrThrow(path)].map((id) => this.files[id].path);
  }
  /** The edge by which `from` imports `to` (its kind, and the line of the import), if it does. */
  edge(from, to) {
    const fromId = this.ids.get(from);
    const toId = this.ids.get(to);
    if (fromId === void 0 || toId === void 0) return void 0;
    const ids = this.importerIds[toId];
    let low = 0;
    let high = ids.length - 1;
    while (low <= high) {
      const mid = low + high >> 1;
      if (ids[mid] === fromId) return this.edges[this.importerEdges[toId][mid]];
      if (ids[mid] < fromId) low = mid + 1;
      else high = mid - 1;
    }
    return void 0;
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
  const [discovery, cache] = await Promise.all([
    discoverFiles(repoDir, options),
    options.cacheDir === void 0 ? void 0 : FactsCache.open(options.cacheDir, cacheVersion(adapters, maxBytes))
  ]);
  if (cache?.stats.reason) options.onProgress?.(`cache ignored: ${cache.stats.reason}`);
  const reader = new SourceReader(repoDir, maxBytes);
  const skipped = [...discovery.skipped];
  const files = [];
  const edges = [];
  const unresolved = [];
  const dynamic = [];
  const partial = [];
  const attributes = [];
  const undecodable = [];
  const kinds = [];
  const dynamicMeanings = [];
  const claimed = /* @__PURE__ */ new Set();
  const context = resolveContext(discovery.files.map((f) => f.path), reader);
  for (const adapter of adapters) {
    const selected = adapter.select(discovery.files);
    for (const file of selected) claimed.add(file.path);
    options.onProgress?.(`${adapter.id}: reading ${selected.length} files`);
    const settings = { repoDir, maxBytes, extraction: options.extractor ?? "fast", threads: options.threads, onWarning: options.onWarning };
    const facts = await extractFiles(adapter, reader, selected, cache, settings, skipped, undecodable);
    const resolution = adapter.resolve(facts, context);
    for (const path of facts.keys()) files.push({ path, language: adapter.languageOf(path), test: adapter.isTestFile(path) });
    if (facts.size) {
      mergeKinds(kinds, adapter);
      if (resolution.dynamic.length) dynamicMeanings.push(adapter.dynamicMeaning);
    }
    for (const edge of resolution.edges) edges.push(edge);
    for (const entry of resolution.unresolved) unresolved.push(entry);
    for (const entry of resolution.dynamic) dynamic.push(entry);
    for (const entry of resolution.partial) partial.push(entry);
    for (const entry of resolution.attributes) attributes.push(entry);
  }
  if (cache) {
    await cache.save();
    options.onProgress?.(`cache: ${cache.stats.hits} files known, ${cache.stats.misses} read`);
  }
  return new ImportGraph({
    cache: cache?.stats,
    kinds,
    dynamicMeanings,
    files,
    edges,
    unresolved,
    dynamic,
    partial,
    attributes,
    skipped,
    undecodable: undecodable.length,
    unread: unreadLanguages(discovery.files.filter((f) => !claimed.has(f.path))),
    ms: performance.now() - started
  });
}
function mergeKinds(kinds, adapter) {
  for (const spec of adapter.edgeKinds) {
    const at = kinds.findIndex((known2) => known2.kind === spec.kind);
    const known = kinds[at];
    if (!known) kinds.push(spec);
    else if (known.atLoad !== spec.atLoad) throw new Error(`${adapter.id} and an earlier language disagree on whether \`${spec.kind}\` edges run at load time`);
    else if (!known.meaning.split("; ").includes(spec.meaning)) kinds[at] = { ...known, meaning: `${known.meaning}; ${spec.meaning}` };
  }
}
function resolveContext(files, reader) {
  const known = new Set(files);
  const decoder = new TextDecoder("utf-8");
  return {
    files,
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

// src/report/graph-json.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var GRAPH_SCHEMA = "blast-radius/graph@1";
function graphJson(graph) {
  return {
    schema: GRAPH_SCHEMA,
    files: graph.files.map(({ path, language }) => ({ path, language })),
    edges: graph.edges.map(({ from, to, kind, kinds, line }) => ({ from, to, kind, ...kinds && { kinds }, ...line !== void 0 && { line } })),
    unresolved: graph.unresolved.map(({ from, specifier, line }) => ({ from, specifier, line })),
    skipped: graph.skipped.map(({ path, reason }) => ({ path, reason })),
    partial: graph.partial.map(({ path, line }) => ({ path, line })),
    dynamic: graph.dynamic.map(({ from, specifier, line }) => ({ from, specifier, line })),
    stats: graph.stats
  };
}

// src/report/graph-text.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/format/numbers.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function count2(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}
function plural(n, word, many = `${word}s`) {
  return `${count2(n)} ${n === 1 ? word : many}`;
}

// src/report/graph-text.ts
var TOP = 10;
function graphText(graph, style) {
  const byKind = graph.kinds.map(({ kind }) => `${count2(graph.edges.filter((e) => e.kind === kind).length)} ${kind}`).join(", ");
  const lines = [
    style.bold(`${plural(graph.files.length, "file")}, ${plural(graph.edges.length, "import edge")}`) + ` (${byKind}) in ${count2(graph.stats.ms)} ms`
  ];
  const importers = /* @__PURE__ */ new Map();
  for (const edge of graph.edges) importers.set(edge.to, (importers.get(edge.to) ?? 0) + 1);
  const top2 = [...importers].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b)).slice(0, TOP);
  if (top2.length) {
    lines.push("", style.bold("Most imported"));
    for (const [path, n] of top2) lines.push(`  ${count2(n).padStart(7)}  ${path}`);
  }
  if (graph.cache) {
    const { hits, misses, reason } = graph.cache;
    lines.push(style.dim(`cache: ${count2(hits)} files known, ${count2(misses)} read${reason ? ` (earlier cache ignored: ${reason})` : ""}`));
  }
  lines.push("", `${plural(graph.unresolved.length, "import")} of names outside the repository (standard library, third party)`);
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

// src/format/style.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var ansi = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var plain = (text) => text;
function styleFor(stream, env = process.env) {
  const colour = Boolean(stream.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== "");
  if (!colour) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain, cyan: plain };
  return { bold: ansi(1, 22), dim: ansi(2, 22), red: ansi(31, 39), yellow: ansi(33, 39), green: ansi(32, 39), cyan: ansi(36, 39) };
}

// src/cli/usage-error.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var UsageError = class extends Error {
};

// src/cli/commands/graph.ts
async function graphCommand(args2, io) {
  if (args2.positionals.length) throw new UsageError(`graph takes no file names (got ${args2.positionals.join(" ")})`);
  const graph = await buildGraph(args2.repoDir, buildOptions(args2, io));
  io.stdout.write(args2.json ? JSON.stringify(graphJson(graph)) + "\n" : graphText(graph, styleFor(io.stdout, io.env)));
}

// src/cli/commands/impact.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdir as mkdir3, writeFile as writeFile3 } from "node:fs/promises";
import { join as join6, resolve } from "node:path";

// src/change/analyze-repository.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/change/analyze-change.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/impact/blast-radius.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function blastRadius(graph, changed, options = {}) {
  const { kinds } = options;
  const sources = [...new Set(changed)];
  const perFile = sources.map((path) => {
    const rings2 = [];
    const files2 = graph.downstream([path], { kinds });
    for (const file of files2) (rings2[file.ring - 1] ??= []).push(file.path);
    return { path, direct: rings2[0]?.length ?? 0, total: files2.length, rings: rings2 };
  });
  const seeds = [...options.removed ?? []].flatMap(([via, importers]) => importers.map((path) => ({ path, via })));
  const files = graph.downstream(sources, { kinds, seeds });
  return { changed: perFile, affected: { total: files.length, files } };
}

// src/change/analyze-change.ts
function analyzeChange(graph, changes, languages = languageAdapters()) {
  const inGraph2 = [];
  const outsideGraph = [];
  const goneChanges = [];
  for (const change of changes) {
    if (change.status !== "removed" && graph.has(change.path)) inGraph2.push(change.path);
    else if (change.status !== "removed") outsideGraph.push(change);
    const old = change.status === "removed" ? change.path : change.status === "renamed" ? change.previousPath : void 0;
    if (old !== void 0) goneChanges.push({ path: old, status: change.status });
  }
  const stillImporting = importersOfGone(graph, languages, goneChanges.map((g) => g.path));
  const removed = /* @__PURE__ */ new Map();
  for (const [old, references] of stillImporting) {
    if (references.length) removed.set(toRepoPath(old), [...new Set(references.map((r) => r.from))]);
  }
  const impact = blastRadius(graph, inGraph2, { removed });
  return {
    graph,
    changes,
    inGraph: inGraph2,
    outsideGraph,
    readableOutside: readable(languages, outsideGraph.map((c) => c.path)),
    goneSources: readable(languages, goneChanges.map((g) => g.path)).size,
    impact,
    affectedTests: impact.affected.files.map((f) => f.path).filter((path) => graph.isTest(path)).sort(byCodePoint),
    importTimeImpact: blastRadius(graph, inGraph2, { removed, kinds: new Set(graph.kinds.filter((k) => k.atLoad).map((k) => k.kind)) }),
    gone: goneChanges.map((g) => ({ ...g, stillImportedBy: stillImporting.get(g.path) ?? [] }))
  };
}
function importersOfGone(graph, languages, gone3) {
  const pathOf = /* @__PURE__ */ new Map();
  for (const old of gone3) {
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
    const files = adapter.select(graph.files).map((f) => f.path);
    const own = new Set(files);
    const references = [...graph.unresolved, ...graph.attributes].filter((r) => own.has(r.from));
    for (const [path, list] of adapter.importsNaming(mine, files, references)) found.set(path, list);
  }
  for (const [old, path] of pathOf) result.set(old, [...found.get(path) ?? []]);
  return result;
}
function readable(languages, changed) {
  const paths = [];
  for (const path of changed) {
    try {
      paths.push(toRepoPath(path));
    } catch {
    }
  }
  return new Set(languages.flatMap((adapter) => adapter.select(paths.map((path) => ({ path })))).map((f) => f.path));
}

// src/change/analyze-repository.ts
async function analyzeRepository(repoDir, changes, options = {}) {
  const languages = options.languages ?? languageAdapters(options.extractor);
  const graph = await buildGraph(repoDir, { ...options, languages });
  return analyzeChange(graph, changes, languages);
}

// src/report/impact-json.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var IMPACT_SCHEMA = "blast-radius/impact@1";
function impactJson(impact) {
  return {
    schema: IMPACT_SCHEMA,
    changed: impact.changed.map(({ path, direct, total, rings: rings2 }) => ({ path, direct, total, rings: rings2 })),
    affected: {
      total: impact.affected.total,
      files: impact.affected.files.map(({ path, ring, via }) => ({ path, ring, via }))
    }
  };
}

// src/report/impact-text.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

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
function topFolder(path, depth2 = 2) {
  const dir = dirOf(path);
  return dir ? dir.split("/").slice(0, depth2).join("/") : ".";
}
function countByFolder(paths, depth2 = 2) {
  const counts = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const folder2 = topFolder(path, depth2);
    counts.set(folder2, (counts.get(folder2) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b));
}

// src/format/wrap.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var TEXT_WIDTH = 100;
function wrapParts(parts2, separator, indent = "  ", width = TEXT_WIDTH) {
  const lines = [];
  let line = "";
  for (const part of parts2) {
    if (line && line.length + separator.length + part.length > width) {
      lines.push(line);
      line = indent + part;
    } else line = line ? line + separator + part : part;
  }
  if (line) lines.push(line);
  return lines;
}

// src/report/impact-text.ts
var TOP_FOLDERS = 8;
function impactText(impact, graph, style) {
  const lines = [];
  const share = (n) => graph.files.length ? `${(100 * n / graph.files.length).toFixed(1)}%` : "0%";
  for (const file of impact.changed) {
    lines.push(style.bold(file.path));
    lines.push(
      `  ${style.cyan(count2(file.total))} ${file.total === 1 ? "file" : "files"} in its blast radius (${share(file.total)} of ${count2(graph.files.length)}), ${plural(file.direct, "direct importer")}, ${plural(file.rings.length, "ring")} deep`
    );
    if (file.rings.length) lines.push(...wrapParts(["  rings", ...file.rings.map((r, i2) => `${i2 + 1}:${count2(r.length)}`)], " ", " ".repeat(8)));
    lines.push("");
  }
  const { total, files } = impact.affected;
  const changed = impact.changed.length;
  lines.push(
    style.bold(`${plural(total, "file")} affected`) + ` by ${plural(changed, "changed file")} (${share(total)} of the graph)`
  );
  if (files.length) {
    const farthest = files[files.length - 1];
    const chain = chainOf(farthest, new Map(files.map((f) => [f.path, f])));
    lines.push("", style.bold("Farthest") + ` (ring ${farthest.ring}), each file importing the next:`);
    lines.push(...wrapParts(chain.map((path, i2) => i2 < chain.length - 1 ? `${path} \u2192` : path), " ", "    ").map((l) => `  ${l}`));
    lines.push("", style.bold("Where it lands"));
    const folders = countByFolder(files.map((f) => f.path));
    for (const [folder2, n] of folders.slice(0, TOP_FOLDERS)) lines.push(`  ${count2(n).padStart(7)}  ${folder2}`);
    if (folders.length > TOP_FOLDERS) lines.push(style.dim(`  \u2026and ${folders.length - TOP_FOLDERS} more folders`));
  }
  return lines.join("\n") + "\n";
}

// src/snapshot/write-snapshot.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { join as join5 } from "node:path";

// src/snapshot/render-png.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { readFile as readFile2 } from "node:fs/promises";
import { fileURLToPath as fileURLToPath4 } from "node:url";

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
function _assertClass(instance2, klass) {
  if (!(instance2 instanceof klass)) {
    throw new Error(`expected instance of ${klass.name}`);
  }
  return instance2.ptr;
}
function handleError(f, args2) {
  try {
    return f.apply(this, args2);
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
async function __wbg_load(module2, imports) {
  if (typeof Response === "function" && module2 instanceof Response) {
    if (typeof WebAssembly.instantiateStreaming === "function") {
      try {
        return await WebAssembly.instantiateStreaming(module2, imports);
      } catch (e) {
        if (module2.headers.get("Content-Type") != "application/wasm") {
          console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);
        } else {
          throw e;
        }
      }
    }
    const bytes2 = await module2.arrayBuffer();
    return await WebAssembly.instantiate(bytes2, imports);
  } else {
    const instance2 = await WebAssembly.instantiate(module2, imports);
    if (instance2 instanceof WebAssembly.Instance) {
      return { instance: instance2, module: module2 };
    } else {
      return instance2;
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
function __wbg_finalize_init(instance2, module2) {
  wasm = instance2.exports;
  __wbg_init.__wbindgen_wasm_module = module2;
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
  const { instance: instance2, module: module2 } = await __wbg_load(await input, imports);
  return __wbg_finalize_init(instance2, module2);
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

// src/snapshot/render-png.ts
var FONT_FILES = ["fonts/DejaVuSans-subset.ttf", "fonts/DejaVuSans-Bold-subset.ttf"];
var ready;
function prepare() {
  ready ??= (async () => {
    await initWasm(await readFile2(wasmFile("@resvg/resvg-wasm/index_bg.wasm")));
    return Promise.all(FONT_FILES.map(async (file) => new Uint8Array(await readFile2(fileURLToPath4(new URL(file, import.meta.url))))));
  })();
  return ready;
}
async function renderPng(svg) {
  const fontBuffers = await prepare();
  const resvg = new Resvg2(svg, {
    font: { fontBuffers, defaultFontFamily: "DejaVu Sans", sansSerifFamily: "DejaVu Sans" },
    shapeRendering: 2,
    textRendering: 1
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

// src/snapshot/scene.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/layout.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SHELL = 100;
function layoutPositions(paths, rings2) {
  const order = paths.map((_, i2) => i2).sort((a, b) => byCodePoint(paths[a], paths[b]));
  const segments = paths.map((p) => p.split("/"));
  const directions = new Float64Array(paths.length * 3);
  placeGroup(order, 0, { lon: 0, z: -1, width: 2 * Math.PI, height: 2 }, segments, directions);
  const deepest = rings2.reduce((max, r) => Math.max(max, r), 0);
  const changedCount = rings2.filter((r) => r === 0).length;
  const positions = new Float64Array(paths.length * 3);
  for (let i2 = 0; i2 < paths.length; i2++) {
    const ring = rings2[i2];
    const spread = seededUnit(paths[i2]) - 0.5;
    const radius = ring === 0 ? changedCount > 1 ? 0.3 * SHELL : 0 : ring > 0 ? shellRadius(ring) + 0.7 * spread * (shellRadius(ring) - shellRadius(ring - 1)) : shellRadius(deepest) + SHELL * (1 + 0.7 * spread);
    for (let axis = 0; axis < 3; axis++) positions[3 * i2 + axis] = round(directions[3 * i2 + axis] * radius);
  }
  return positions;
}
function shellRadius(ring) {
  return SHELL * ring ** 0.7;
}
function placeGroup(ids, depth2, rect, segments, out2) {
  const children = [];
  let key;
  for (const id of ids) {
    const parts2 = segments[id];
    const childKey = parts2.length > depth2 + 1 ? `${parts2[depth2]}/` : parts2[depth2];
    if (childKey !== key || !childKey.endsWith("/")) children.push([]);
    key = childKey;
    children[children.length - 1].push(id);
  }
  placeChildren(children, depth2, rect, segments, out2);
}
function placeChildren(children, depth2, rect, segments, out2) {
  if (!children.length) return;
  if (children.length === 1) {
    const only = children[0];
    const first = only[0];
    if (only.length === 1 && segments[first].length === depth2 + 1) setDirection(first, rect, out2);
    else placeGroup(only, depth2 + 1, rect, segments, out2);
    return;
  }
  const total = children.reduce((sum, c) => sum + c.length, 0);
  let split = 1;
  let before = children[0].length;
  while (split < children.length - 1 && Math.abs(total / 2 - (before + children[split].length)) < Math.abs(total / 2 - before)) {
    before += children[split].length;
    split++;
  }
  const share = before / total;
  const shrink = Math.max(0.05, Math.sqrt(1 - (rect.z + rect.height / 2) ** 2));
  const [a, b] = rect.width * shrink >= rect.height / shrink ? [
    { ...rect, width: rect.width * share },
    { ...rect, lon: rect.lon + rect.width * share, width: rect.width * (1 - share) }
  ] : [
    { ...rect, height: rect.height * share },
    { ...rect, z: rect.z + rect.height * share, height: rect.height * (1 - share) }
  ];
  placeChildren(children.slice(0, split), depth2, a, segments, out2);
  placeChildren(children.slice(split), depth2, b, segments, out2);
}
function setDirection(id, rect, out2) {
  const lon = rect.lon + rect.width / 2;
  const z = rect.z + rect.height / 2;
  const r = Math.sqrt(1 - z * z);
  out2[3 * id] = r * Math.cos(lon);
  out2[3 * id + 1] = z;
  out2[3 * id + 2] = r * Math.sin(lon);
}
function seededUnit(text) {
  let h = 2166136261;
  for (let i2 = 0; i2 < text.length; i2++) h = Math.imul(h ^ text.charCodeAt(i2), 16777619);
  h = Math.imul(h ^ h >>> 16, 2246822507);
  h = Math.imul(h ^ h >>> 13, 3266489909);
  return ((h ^ h >>> 16) >>> 0) / 2 ** 32;
}
function round(value) {
  return Math.round(value * 100) / 100;
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
  const rings2 = roles.map(ringOf);
  const positions = layoutPositions(graph.files.map((f) => f.path), rings2);
  const downstream = downstreamCounts(roles, impact, idOf);
  const nodes = graph.files.map((file, id) => ({
    ...roles[id],
    path: file.path,
    x: positions[3 * id],
    y: positions[3 * id + 1],
    z: positions[3 * id + 2],
    downstream: downstream[id]
  }));
  const edges = graph.edges.map((e) => ({ from: idOf(e.from), to: idOf(e.to), kind: e.kind }));
  const ringCounts = [impact.changed.length];
  for (const ring of rings2) if (ring > 0) ringCounts[ring] = (ringCounts[ring] ?? 0) + 1;
  const subtitle = `${count2(impact.affected.total)} of ${plural(nodes.length, "file")} affected \xB7 ${plural(ringCounts.length - 1, "ring")}`;
  return { title: titleOf(impact), subtitle, nodes, edges, kinds: graph.kinds.map((k) => k.kind), ringCounts, affected: impact.affected.total, notes: notesOf(graph, impact) };
}
function titleOf(impact) {
  const [first, ...rest] = impact.changed;
  if (!first) return "Blast radius: no changed file is in the import graph";
  return rest.length ? `Blast radius of ${impact.changed.length} changed files` : `Blast radius of ${first.path}`;
}
function downstreamCounts(roles, impact, idOf) {
  const counts = roles.map((r) => r.role === "affected" ? 1 : 0);
  for (let i2 = impact.affected.files.length - 1; i2 >= 0; i2--) {
    const id = idOf(impact.affected.files[i2].path);
    const role = roles[id];
    if (role.role === "affected" && roles[role.via]?.role === "affected") counts[role.via] += counts[id];
  }
  return counts;
}
function notesOf(graph, impact) {
  const notes2 = [];
  if (!impact.changed.length) notes2.push("None of the changed files is in the import graph: nothing was measured.");
  if (graph.files.length < 2 || !graph.edges.length) {
    notes2.push(`The import graph holds ${plural(graph.files.length, "file")} and ${plural(graph.edges.length, "import")}: too little to measure a blast radius.`);
  } else if (impact.changed.length && !impact.affected.total) {
    notes2.push("No file in the graph imports the changed files.");
  }
  const unread = Object.values(graph.unread).reduce((sum, n) => sum + n, 0);
  if (unread) notes2.push(`Not read (other languages): ${plural(unread, "file")}. Imports from them are not shown.`);
  if (graph.partial.length) notes2.push(`Read only in part (syntax errors): ${plural(graph.partial.length, "file")}.`);
  return notes2;
}

// src/snapshot/snapshot-svg.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/snapshot/camera.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var AZIMUTH = 0.6;
var ELEVATION = 0.38;
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
    const depth2 = distance - z2;
    const scale = focal / depth2;
    return { x: view.centreX + x1 * scale, y: view.centreY - y2 * scale, depth: depth2, scale };
  };
}

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

// src/format/escape.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/gu;
function visible(text) {
  return text.replace(INVISIBLE, (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : `\\u{${c.codePointAt(0).toString(16)}}`);
}
function elide(text, width) {
  const chars = [...visible(text)];
  if (chars.length <= width) return chars.join("");
  const head = Math.ceil((width - 1) / 2);
  return chars.slice(0, head).join("") + "\u2026" + chars.slice(chars.length - (width - 1 - head)).join("");
}
function plainInCodeSpan(text) {
  return text !== "" && !/[`|<>&]/u.test(text) && text.trim() === text && !/\s\s/u.test(text);
}
var entity = (c) => `&#${c.codePointAt(0)};`;
function mdCode(text) {
  const shown = visible(text);
  if (plainInCodeSpan(shown)) return `\`${shown}\``;
  return `<code>${shown.replace(/[^A-Za-z0-9 ./-]/gu, entity)}</code>`;
}
function mdText(text) {
  return visible(text).replace(/[^A-Za-z0-9 ,.:;/'()-]/gu, entity);
}
function mdUrl(url) {
  return url.replace(/[\u0000-\u0020()<>"'`|\\\u007f]/gu, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, "0").toUpperCase()}`);
}
function blobUrl(repoUrl, sha, path) {
  return `${repoUrl.replace(/\/+$/u, "")}/blob/${encodeURIComponent(sha)}/${path.split("/").map(encodeURIComponent).join("/")}`;
}
function mermaidLabel(text) {
  return visible(text).replace(/[^A-Za-z0-9 ./_-]/gu, (c) => `#${c.codePointAt(0)};`);
}

// src/snapshot/xml-escape.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function escapeXml(text) {
  return visible(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// src/snapshot/legend-svg.ts
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
function legendSvg(scene, unit) {
  const x = 56 * unit;
  let y = 76 * unit;
  const out2 = [];
  const text = (size, fill, body2, weight = "") => `<text x="${x}" y="${y}" font-size="${size * unit}" fill="${fill}"${weight}>${escapeXml(body2)}</text>`;
  out2.push(text(27, TEXT_COLOUR, elide(scene.title, 60), ' font-weight="bold"'));
  y += 38 * unit;
  out2.push(text(19, MUTED_TEXT_COLOUR, scene.subtitle));
  y += 50 * unit;
  const rows = legendRows(scene);
  const widest = Math.max(...rows.map((r) => r.files));
  for (const row of rows) {
    out2.push(`<circle cx="${x + 9 * unit}" cy="${y - 6 * unit}" r="${8 * unit}" fill="${row.colour}"/>`);
    out2.push(`<text x="${x + 28 * unit}" y="${y}" font-size="${17 * unit}" fill="${TEXT_COLOUR}">${escapeXml(row.label)}</text>`);
    out2.push(`<text x="${x + 250 * unit}" y="${y}" font-size="${17 * unit}" fill="${TEXT_COLOUR}" text-anchor="end">${count2(row.files)}</text>`);
    const bar = widest ? 120 * unit * row.files / widest : 0;
    out2.push(`<rect x="${x + 264 * unit}" y="${y - 12 * unit}" width="${bar.toFixed(1)}" height="${12 * unit}" rx="${2 * unit}" fill="${row.colour}" opacity="0.8"/>`);
    y += 30 * unit;
  }
  y += 14 * unit;
  for (const note of scene.notes) {
    for (const [i2, line] of wrap(note, 56).entries()) {
      out2.push(text(15, "#f2cc60", `${i2 ? "   " : "\u26A0 "}${line}`));
      y += 22 * unit;
    }
  }
  out2.push(`<text x="${x}" y="${852 * unit}" font-size="${14 * unit}" fill="${MUTED_TEXT_COLOUR}">distance from the centre = import steps from the change \xB7 blast-radius</text>`);
  return `<g>${out2.join("")}</g>`;
}
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

// src/snapshot/snapshot-svg.ts
var DEFAULT_STILL = { width: 1600, height: 900 };
var BUSY_LABELS = 5;
function snapshotSvg(scene, size = DEFAULT_STILL) {
  const { width, height } = size;
  const radius = scene.nodes.reduce((max, n) => Math.max(max, Math.hypot(n.x, n.y, n.z)), 0);
  const project = projector({ width, height, centreX: width * 0.5, centreY: height * 0.5 }, radius);
  const points = scene.nodes.map((n) => project(n.x, n.y, n.z));
  const nearest = points.reduce((min, p) => Math.min(min, p.depth), Infinity);
  const farthest = points.reduce((max, p) => Math.max(max, p.depth), -Infinity);
  const nearness = (p) => farthest > nearest ? (farthest - p.depth) / (farthest - nearest) : 1;
  const unit = height / 900;
  const centre = project(0, 0, 0);
  const radii = points.map((p, id) => nodeRadius(scene.nodes[id]) * unit * (p.scale / centre.scale));
  const frame = { unit, width, height, centreX: centre.x, radius: points.reduce((max, p) => Math.max(max, p.x), centre.x) - centre.x };
  const parts2 = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans">`,
    defs(),
    `<rect width="${width}" height="${height}" fill="${BACKGROUND}"/>`,
    `<rect width="${width}" height="${height}" fill="url(#glow)"/>`,
    edgesSvg(scene, points, unit),
    nodesSvg(scene, points, radii, nearness),
    labelsSvg(scene, points, radii, frame),
    legendSvg(scene, unit),
    "</svg>"
  ];
  return parts2.join("\n");
}
function defs() {
  const shade = (id, colour) => `<radialGradient id="${id}" cx="0.35" cy="0.32" r="0.75"><stop offset="0" stop-color="#ffffff" stop-opacity="0.85"/><stop offset="0.28" stop-color="${colour}"/><stop offset="1" stop-color="${colour}" stop-opacity="0.55"/></radialGradient>`;
  return [
    "<defs>",
    `<radialGradient id="glow" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#1f2a44" stop-opacity="0.9"/><stop offset="1" stop-color="${BACKGROUND}" stop-opacity="0"/></radialGradient>`,
    shade("changed", CHANGED_COLOUR),
    shade("outside", OUTSIDE_COLOUR),
    ...RING_COLOURS.map((colour, i2) => shade(`ring${i2 + 1}`, colour)),
    `<filter id="halo" x="-2" y="-2" width="5" height="5"><feGaussianBlur stdDeviation="9"/></filter>`,
    "</defs>"
  ].join("");
}
function edgesSvg(scene, points, unit) {
  const lines = [];
  scene.nodes.forEach((node, id) => {
    if (node.role !== "affected" || node.via < 0) return;
    const a = points[id];
    const b = points[node.via];
    lines.push(`<line x1="${px(a.x)}" y1="${px(a.y)}" x2="${px(b.x)}" y2="${px(b.y)}" stroke="${ringColour(node.ring)}"/>`);
  });
  return `<g stroke-width="${px(0.9 * unit)}" stroke-opacity="0.22">${lines.join("")}</g>`;
}
function nodesSvg(scene, points, radii, nearness) {
  const front = (id) => scene.nodes[id].role === "changed" ? 1 : 0;
  const order = scene.nodes.map((_, id) => id).sort((a, b) => front(a) - front(b) || points[b].depth - points[a].depth || a - b);
  const circles = [];
  for (const id of order) {
    const node = scene.nodes[id];
    const p = points[id];
    const near = nearness(p);
    const r = radii[id];
    if (node.role === "changed") {
      circles.push(`<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(r * 2.4)}" fill="${CHANGED_COLOUR}" opacity="0.45" filter="url(#halo)"/>`);
    }
    const fill = node.role === "changed" ? "changed" : node.role === "outside" ? "outside" : `ring${Math.min(node.ring, RING_COLOURS.length)}`;
    const opacity = node.role === "outside" ? 0.2 + 0.35 * near : node.role === "changed" ? 1 : 0.5 + 0.5 * near;
    circles.push(`<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${px(r)}" fill="url(#${fill})" opacity="${opacity.toFixed(2)}"/>`);
  }
  return `<g>${circles.join("")}</g>`;
}
function nodeRadius(node) {
  if (node.role === "changed") return 10;
  if (node.role === "outside") return 2.2;
  return 2.6 + 0.9 * Math.log2(node.downstream);
}
function labelsSvg(scene, points, radii, frame) {
  const changed = scene.nodes.flatMap((n, id) => n.role === "changed" ? [id] : []).slice(0, 6);
  const busiest = scene.nodes.flatMap((n, id) => n.role === "affected" && n.downstream > 1 ? [id] : []).sort((a, b) => scene.nodes[b].downstream - scene.nodes[a].downstream || a - b).slice(0, BUSY_LABELS);
  const ids = [...changed, ...busiest].sort((a, b) => points[a].y - points[b].y || a - b);
  const size = 15 * frame.unit;
  const gap = 30 * frame.unit;
  const column = frame.centreX + frame.radius + 40 * frame.unit;
  const middle = ids.reduce((sum, id) => sum + points[id].y, 0) / Math.max(ids.length, 1);
  const top2 = Math.max(40 * frame.unit, Math.min(middle - (ids.length - 1) * gap / 2, frame.height - 40 * frame.unit - ids.length * gap));
  const room = Math.floor((frame.width - 16 * frame.unit - column) / (0.6 * size));
  const out2 = [];
  ids.forEach((id, row) => {
    const node = scene.nodes[id];
    const p = points[id];
    const y = top2 + row * gap;
    const colour = node.role === "changed" ? CHANGED_COLOUR : node.role === "affected" ? ringColour(node.ring) : OUTSIDE_COLOUR;
    const suffix = node.role === "affected" ? ` \xB7 ${count2(node.downstream)} via it` : "";
    const text = elide(node.path, Math.max(12, room - suffix.length)) + suffix;
    out2.push(`<polyline points="${px(p.x + radii[id])},${px(p.y)} ${px(column - 18 * frame.unit)},${px(y)} ${px(column - 6 * frame.unit)},${px(y)}" fill="none" stroke="${colour}" stroke-opacity="0.7" stroke-width="${px(frame.unit)}"/>`);
    const weight = node.role === "changed" ? ' font-weight="bold"' : "";
    out2.push(
      `<text x="${px(column)}" y="${px(y + size * 0.35)}" font-size="${px(size)}"${weight} fill="${TEXT_COLOUR}" stroke="${BACKGROUND}" stroke-width="${px(4 * frame.unit)}" stroke-linejoin="round" paint-order="stroke">${escapeXml(text)}</text>`
    );
  });
  return `<g>${out2.join("")}</g>`;
}
function px(value) {
  return (Math.round(value * 10) / 10).toString();
}

// src/snapshot/viewer-data.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function viewerData(scene) {
  return {
    title: scene.title,
    subtitle: scene.subtitle,
    paths: scene.nodes.map((n) => n.path),
    rings: scene.nodes.map(ringOf),
    via: scene.nodes.map((n) => n.role === "affected" ? n.via : -1),
    downstream: scene.nodes.map((n) => n.downstream),
    positions: scene.nodes.flatMap((n) => [n.x, n.y, n.z]),
    edges: scene.edges.flatMap((e) => [e.from, e.to, scene.kinds.indexOf(e.kind)]),
    kinds: scene.kinds,
    legend: legendRows(scene),
    notes: scene.notes
  };
}

// src/snapshot/viewer-html.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var DATA_ELEMENT_ID = "blast-radius-data";
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
<aside id="legend"><h1></h1><p class="muted" id="subtitle"></p><ul id="rows"></ul><div id="rings"></div><div id="toggles"></div><ul id="notes"></ul></aside>
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
aside, #search { position: fixed; background: rgba(13, 17, 23, 0.86); border: 1px solid #30363d; border-radius: 8px; padding: 12px 14px; }
#legend { top: 12px; left: 12px; width: 330px; max-height: calc(100vh - 24px); overflow: auto; }
#legend h1 { font-size: 16px; margin: 0 0 4px; overflow-wrap: anywhere; }
.muted { color: ${MUTED_TEXT_COLOUR}; margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
#rows li { display: flex; align-items: center; gap: 8px; padding: 1px 0; }
#rows .swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; }
#rows .n { margin-left: auto; font-variant-numeric: tabular-nums; }
#rings, #toggles { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button { background: #21262d; color: ${TEXT_COLOUR}; border: 1px solid #30363d; border-radius: 6px; padding: 3px 9px; cursor: pointer; font: inherit; }
button:hover { background: #30363d; }
label { cursor: pointer; user-select: none; }
#notes li { color: #f2cc60; margin-top: 6px; }
#search { top: 12px; left: 50%; transform: translateX(-50%); width: 360px; padding: 6px; }
#search-box { width: 100%; background: #0d1117; color: ${TEXT_COLOUR}; border: 1px solid #30363d; border-radius: 6px; padding: 6px 8px; font: inherit; }
#results li, #panel li { padding: 2px 4px; cursor: pointer; border-radius: 4px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
#results li:hover, #panel li:hover { background: #21262d; }
#panel { top: 12px; right: 12px; width: 380px; max-height: calc(100vh - 24px); overflow: auto; }
#panel h2 { font-size: 15px; margin: 0 24px 4px 0; overflow-wrap: anywhere; }
#panel h3 { font-size: 13px; margin: 12px 0 4px; color: ${MUTED_TEXT_COLOUR}; font-weight: 600; }
#panel .close { position: absolute; top: 8px; right: 8px; padding: 0 7px; }
.kind { color: ${MUTED_TEXT_COLOUR}; font-size: 12px; margin-left: 6px; }
.pin { position: fixed; left: 0; top: 0; pointer-events: none; font-weight: 600; font-size: 13px; color: ${TEXT_COLOUR};
  text-shadow: 0 0 3px ${BACKGROUND}, 0 0 3px ${BACKGROUND}, 0 0 6px ${BACKGROUND}; white-space: nowrap; }
#tooltip { position: fixed; pointer-events: none; background: #161b22; border: 1px solid #30363d; border-radius: 4px; padding: 2px 6px; font-size: 12px; white-space: nowrap; }
`;
}

// src/snapshot/viewer-script.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { existsSync as existsSync3 } from "node:fs";
import { readFile as readFile3 } from "node:fs/promises";
import { fileURLToPath as fileURLToPath5 } from "node:url";
var VIEWER_BUNDLE = "viewer.js";
var script;
function viewerScript() {
  script ??= loadViewerScript();
  return script;
}
async function loadViewerScript() {
  const beside = fileURLToPath5(new URL(VIEWER_BUNDLE, import.meta.url));
  if (existsSync3(beside)) return readFile3(beside, "utf8");
  const tool = "esbuild";
  const { build } = await import(tool);
  const result = await build({
    entryPoints: [fileURLToPath5(new URL("../viewer/main.ts", import.meta.url))],
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
async function writeSnapshot(outDir, graph, impact) {
  const scene = buildScene(graph, impact);
  const [png, script2] = await Promise.all([renderPng(snapshotSvg(scene)), viewerScript()]);
  const files = { png: join5(outDir, "snapshot.png"), html: join5(outDir, "snapshot.html") };
  await mkdir2(outDir, { recursive: true });
  await writeFile2(files.png, png);
  await writeFile2(files.html, viewerHtml(viewerData(scene), script2));
  return files;
}

// src/cli/commands/impact.ts
async function impactCommand(args2, io) {
  if (!args2.positionals.length) throw new UsageError("impact needs at least one file (a path relative to the repository)");
  const named = args2.positionals.map((name2) => ({ name: name2, path: repoPath(name2) }));
  const { graph, impact } = await analyzeRepository(
    args2.repoDir,
    named.map(({ path }) => ({ path, status: "modified" })),
    buildOptions(args2, io)
  );
  for (const { name: name2, path } of named) inGraph(graph, name2, path);
  const json = impactJson(impact);
  if (args2.out) {
    const out2 = resolve(io.cwd, args2.out);
    await mkdir3(out2, { recursive: true });
    await writeFile3(join6(out2, "impact.json"), JSON.stringify(json, null, 2) + "\n");
    await writeSnapshot(out2, graph, impact);
  }
  io.stdout.write(args2.json ? JSON.stringify(json) + "\n" : impactText(impact, graph, styleFor(io.stdout, io.env)));
}
function repoPath(name2) {
  try {
    return toRepoPath(name2);
  } catch (error) {
    if (error instanceof InvalidPathError) throw new UsageError(error.message);
    throw error;
  }
}
function inGraph(graph, name2, path) {
  if (graph.has(path)) return;
  const skipped = graph.skipped.find((s) => s.path === path);
  if (skipped) throw new UsageError(`${name2}: not in the graph (skipped: ${skipped.reason})`);
  const base = path.slice(path.lastIndexOf("/") + 1);
  const similar = graph.files.filter((f) => f.path.endsWith(`/${base}`) || f.path === base).slice(0, 3);
  const hint = similar.length ? ` Did you mean: ${similar.map((f) => f.path).join(", ")}?` : "";
  throw new UsageError(`${name2}: not a file of the graph (paths are relative to the repository).${hint}`);
}

// src/cli/commands/diff.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdir as mkdir4, writeFile as writeFile4 } from "node:fs/promises";
import { join as join9, resolve as resolve2 } from "node:path";

// src/git/changed-files.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var STATUS = { A: "added", M: "modified", D: "removed", R: "renamed", C: "copied" };
async function changedFiles(dir, range) {
  const diff = await runGitBytes(dir, ["diff", "--name-status", "-M", "-z", "--relative", "--no-ext-diff", "--no-color", "--end-of-options", range.base, ...range.head ? [range.head] : [], "--"]);
  const changes = parseNameStatus(spellFields(diff));
  if (!range.head) {
    const untracked = spellFields(await runGitBytes(dir, ["ls-files", "--others", "--exclude-standard", "-z"]));
    for (const path of untracked.split("\0")) if (path) changes.push({ path, status: "added" });
  }
  return changes;
}
function parseNameStatus(output) {
  const fields = output.split("\0");
  const changes = [];
  for (let i2 = 0; i2 + 1 < fields.length; ) {
    const code = fields[i2++];
    if (!code) continue;
    const letter = code[0];
    const status = STATUS[letter] ?? "changed";
    if (letter === "R" || letter === "C") {
      const previousPath = fields[i2++];
      changes.push({ path: fields[i2++], status, previousPath });
    } else changes.push({ path: fields[i2++], status });
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
    if (await runGit(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${branch}^{commit}`]).then(() => true, () => false)) return branch;
  }
  throw new GitError("cannot tell the default branch (no origin/HEAD, main or master): pass --base REF");
}

// src/git/head-tree.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join7 } from "node:path";
async function withHeadTree(dir, range, work) {
  if (!range.head) return work(dir);
  const parent = await mkdtemp(join7(tmpdir(), "blast-radius-head-"));
  const tree = join7(parent, "tree");
  await runGit(dir, ["worktree", "add", "--detach", "--quiet", "--end-of-options", tree, range.head]);
  try {
    return await work(join7(tree, range.prefix));
  } finally {
    await runGit(dir, ["worktree", "remove", "--force", tree]).catch(() => void 0);
    await rm(parent, { recursive: true, force: true });
  }
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
  const out2 = [];
  let size = 0;
  for (let i2 = 0; i2 < lines.length; i2++) {
    const line = lines[i2];
    const text = typeof line === "string" ? line : line.text;
    const room = i2 === lines.length - 1 ? budget : budget - MORE_LINE;
    if (size + bytes(text) + 1 > room) {
      const left = lines.slice(i2).reduce((sum, l) => sum + (typeof l === "string" ? 1 : l.files), 0);
      out2.push(more(left));
      return out2;
    }
    size += bytes(text) + 1;
    out2.push(text);
  }
  return out2;
}

// src/report/markdown-sections.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/chains.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function farthestChains(graph, affected, limit = 3) {
  const byPath = new Map(affected.map((f) => [f.path, f]));
  const farthest = [...affected].sort((a, b) => b.ring - a.ring).slice(0, limit * 20);
  const chains2 = [];
  const covered = /* @__PURE__ */ new Set();
  const folders = /* @__PURE__ */ new Set();
  for (const oneFolderEach of [true, false]) {
    for (const file of farthest) {
      if (chains2.length === limit) break;
      if (covered.has(file.path) || oneFolderEach && folders.has(dirOf(file.path))) continue;
      const chain = chainOf(file, byPath);
      chain.forEach((path) => covered.add(path));
      folders.add(dirOf(file.path));
      chains2.push(chain);
    }
  }
  return chains2.sort((a, b) => b.length - a.length || byCodePoint(a[0], b[0])).map((chain) => withKinds(graph, chain));
}
function withKinds(graph, chain) {
  return chain.map((path, i2) => {
    if (i2 === 0) return { path };
    const edge = graph.edge(chain[i2 - 1], path);
    return edge ? { path, kind: edge.kind, ...edge.line !== void 0 && { line: edge.line } } : { path, kind: "removed" };
  });
}
function shortenChain(chain, keep = 6) {
  return chain.length <= 2 * keep + 1 ? [...chain] : [...chain.slice(0, keep), { hidden: chain.length - 2 * keep }, ...chain.slice(-keep)];
}

// src/report/mermaid.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var MERMAID_LIMITS = { nodes: 100, edges: 200, chars: 2e4 };
var RING_NODES = [15, 40, 40];
var LABEL_CHARS = 80;
var folder = (path) => dirOf(path) || ".";
var top = (depth2) => (path) => topFolder(path, depth2);
var LEVELS = [
  ["file", "file", "file"],
  ["file", "file", folder],
  ["file", folder, folder],
  ["file", top(2), top(2)],
  [folder, top(1), top(1)]
];
var CLASSES = ["changed", "ring1", "ring2"];
var CLASS_DEFS = [
  "  classDef changed fill:#fde2e1,stroke:#cf222e,color:#1f2328",
  "  classDef ring1 fill:#fff1d6,stroke:#bf8700,color:#1f2328",
  "  classDef ring2 fill:#eef1f4,stroke:#57606a,color:#1f2328"
];
function mermaidDiagram(graph, changed, affected) {
  const ringOf2 = new Map(changed.map((p) => [p, 0]));
  for (const file of affected) if (file.ring <= 2) ringOf2.set(file.path, file.ring);
  if (ringOf2.size === changed.length) return void 0;
  const links = importLinks(graph, ringOf2);
  for (const level of LEVELS) {
    const drawing = draw(level, ringOf2, links, false, LABEL_CHARS);
    if (drawing) return drawing;
  }
  for (let width = LABEL_CHARS; ; width = Math.floor(width / 2)) {
    const drawing = draw(LEVELS[LEVELS.length - 1], ringOf2, links, true, width);
    if (drawing.block.length < MERMAID_LIMITS.chars || width < 8) return drawing;
  }
}
function importLinks(graph, ringOf2) {
  const links = [];
  for (const [importer, ring] of ringOf2) {
    if (ring === 0) continue;
    for (const imported of graph.importsOf(importer)) {
      if (ringOf2.get(imported) === ring - 1) links.push([imported, importer]);
    }
  }
  return links;
}
function draw(folds, ringOf2, links, merge, labelChars) {
  const groups = /* @__PURE__ */ new Map();
  for (const [path, ring] of ringOf2) {
    const fold = folds[ring];
    const label = fold === "file" ? path : `${fold(path)}/`;
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
      const rest = own.slice(kept.length);
      const files = rest.flatMap((g) => g.files);
      nodes.push(...kept, { ring, label: `\u2026${plural(files.length, "more file")} in ${plural(rest.length, "more group")}`, folded: false, files });
    }
  }
  const idOf = /* @__PURE__ */ new Map();
  nodes.forEach((node, i2) => node.files.forEach((path) => idOf.set(path, `n${i2}`)));
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
    ...nodes.map((node, i2) => `  n${i2}["${mermaidLabel(nodeText(node, labelChars))}"]:::${CLASSES[node.ring]}`),
    ...drawn.map(([from, to]) => `  n${from} --> n${to}`),
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

// src/report/confidence.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function assessConfidence(analysis) {
  const { graph, outsideGraph, readableOutside } = analysis;
  const outside2 = outsideGraph.map((change) => ({ change, why: outsideReason(graph, readableOutside, change) }));
  const unreadTotal = Object.values(graph.unread).reduce((a, b) => a + b, 0);
  return {
    outside: outside2,
    blindChanged: outside2.filter((o) => o.why.kind !== "not-code").length,
    unresolvedLocal: graph.unresolved.filter((u) => u.looksLocal === true),
    partial: graph.partial,
    skipped: graph.skipped,
    dynamic: graph.dynamic,
    unread: graph.unread,
    unreadTotal,
    graphFiles: graph.files.length
  };
}
function outsideReason(graph, readable2, change) {
  const skipped = graph.skipped.find((s) => s.path === change.path);
  if (skipped) return { kind: "skipped", reason: skipped.reason };
  let path;
  try {
    path = toRepoPath(change.path);
  } catch {
    return { kind: "not-code" };
  }
  if (readable2.has(path)) return { kind: "not-analysed" };
  const ending = Object.keys(unreadLanguages([{ path }]))[0];
  return ending === void 0 ? { kind: "not-code" } : { kind: "unread-language", ending };
}

// src/report/risk.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var RISK_LEVELS = ["low", "moderate", "high", "very high"];
var DEFAULT_RISK_THRESHOLDS = { moderate: 10, high: 50, veryHigh: 250 };
function assessRisk(facts, thresholds = DEFAULT_RISK_THRESHOLDS) {
  if (facts.changes > 0 && facts.graphFiles === 0) {
    return { level: "unknown", why: "the graph holds no file it could read, so it cannot say what this change reaches" };
  }
  if (facts.inGraph === 0 && facts.blindChanged > 0) {
    return { level: "unknown", why: `${plural(facts.blindChanged, "changed file")} of code the graph does not read` };
  }
  const reasons = [];
  let level = facts.affected >= thresholds.veryHigh ? "very high" : facts.affected >= thresholds.high ? "high" : facts.affected >= thresholds.moderate ? "moderate" : "low";
  reasons.push(
    facts.inGraph === 0 && facts.removedSources === 0 ? "no changed file is source the graph reads" : `${plural(facts.affected, "file")} in the blast radius (levels start at ${count2(thresholds.moderate)}, ${count2(thresholds.high)}, ${count2(thresholds.veryHigh)})`
  );
  if (facts.brokenImports > 0) {
    if (RISK_LEVELS.indexOf(level) < RISK_LEVELS.indexOf("high")) level = "high";
    reasons.push(`${plural(facts.brokenImports, "import")} still name${facts.brokenImports === 1 ? "s" : ""} a removed file`);
  }
  if (facts.blindChanged > 0) reasons.push(`${plural(facts.blindChanged, "changed file")} of code not measured`);
  return { level, atLeast: facts.blindChanged > 0, why: reasons.join("; ") };
}
function riskWord(risk) {
  return risk.level !== "unknown" && risk.atLeast ? `at least ${risk.level}` : risk.level;
}

// src/report/report-facts.ts
function reportFacts(input) {
  const { graph, changes, impact, importTimeImpact, gone: gone3 } = input.analysis;
  const statusOf = new Map(changes.map((c) => [c.path, c]));
  const importTimeOf = new Map(importTimeImpact.changed.map((c) => [c.path, c.total]));
  const rows = impact.changed.map((file) => {
    const change = statusOf.get(file.path);
    const importTime = importTimeOf.get(file.path) ?? 0;
    return {
      path: file.path,
      status: change?.status ?? "modified",
      ...change?.previousPath !== void 0 && { previousPath: change.previousPath },
      direct: file.direct,
      total: file.total,
      deepest: file.rings.length,
      importTime,
      lazyOrTypeOnly: file.total - importTime
    };
  });
  const affected = impact.affected.files;
  const ringCounts = [];
  for (const file of affected) ringCounts[file.ring - 1] = (ringCounts[file.ring - 1] ?? 0) + 1;
  const confidence3 = assessConfidence(input.analysis);
  const brokenImports = gone3.reduce((sum, g) => sum + g.stillImportedBy.length, 0);
  const thresholds = input.thresholds ?? DEFAULT_RISK_THRESHOLDS;
  return {
    input,
    graphFiles: graph.files.length,
    graphEdges: graph.edges.length,
    rows,
    affected,
    importTimeTotal: importTimeImpact.affected.total,
    ringCounts: Array.from(ringCounts, (n) => n ?? 0),
    folders: countByFolder(affected.map((f) => f.path)),
    tests: input.analysis.affectedTests,
    chains: farthestChains(graph, affected),
    gone: gone3,
    brokenImports,
    confidence: confidence3,
    thresholds,
    risk: assessRisk(
      {
        changes: changes.length,
        inGraph: rows.length,
        affected: affected.length,
        graphFiles: graph.files.length,
        blindChanged: confidence3.blindChanged,
        brokenImports,
        removedSources: input.analysis.goneSources
      },
      thresholds
    )
  };
}
function laterKinds(facts) {
  const { graph } = facts.input.analysis;
  const used = new Set(graph.edges.map((e) => e.kind));
  const later = graph.kinds.filter((k) => !k.atLoad);
  const present = later.filter((k) => used.has(k.kind));
  const names = (present.length ? present : later).map((k) => k.kind);
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names.at(-1)}` : names[0] ?? "deferred";
}
function shareOf(n, facts) {
  return facts.graphFiles ? `${(100 * n / facts.graphFiles).toFixed(1)}%` : "0%";
}

// src/report/wording.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
function describeOutside(why2) {
  switch (why2.kind) {
    case "skipped":
      return `skipped (${why2.reason}): its reach is unknown`;
    case "not-analysed":
      return "source the graph reads, but left out of it (include/exclude): its reach is unknown";
    case "unread-language":
      return `.${why2.ending} code, a language the graph does not read yet: its reach is unknown`;
    case "not-code":
      return "not source code: nothing imports it";
  }
}
var RINGS_SHOWN = 24;
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function ringBar(ringCounts) {
  const shown = ringCounts.slice(0, RINGS_SHOWN);
  const largest = Math.max(1, ...shown);
  const bar = shown.map((n) => BLOCKS[Math.min(BLOCKS.length - 1, Math.floor((BLOCKS.length - 1) * n / largest))]).join("");
  const labels = shown.map((n, i2) => `${i2 + 1}: ${count2(n)}`);
  const rest = ringCounts.slice(RINGS_SHOWN);
  if (rest.length) labels.push(`\u2026${plural(rest.length, "more ring")} (${plural(rest.reduce((a, b) => a + b, 0), "file")})`);
  return { bar, labels };
}

// src/report/markdown-sections.ts
var TOP_FOLDERS2 = 8;
var NAMES_PER_LINE = 20;
function headline(facts) {
  const { rows, affected, risk, input } = facts;
  const changes = input.analysis.changes.length;
  const source = rows.length === changes ? plural(changes, "changed file") : `${plural(rows.length, "changed file")} in the graph (of ${count2(changes)} changed)`;
  const lines = [
    `## Blast radius: ${source} \u2192 ${plural(affected.length, "file")} (${shareOf(affected.length, facts)} of ${count2(facts.graphFiles)})`,
    "",
    `**Risk: ${riskWord(risk)}**: ${mdText(risk.why)}.` + (risk.level === "unknown" ? " This does not mean the change is safe: the graph cannot see it." : "")
  ];
  if (!affected.length && rows.length) lines.push("", "Nothing in the graph imports the changed files, directly or through others.");
  if (affected.length) {
    const lazy = affected.length - facts.importTimeTotal;
    lines.push(
      "",
      `${count2(facts.importTimeTotal)} of them load the change at import time; ${count2(lazy)} reach it only through ${laterKinds(facts)} imports, which do not run when a file is loaded.`
    );
  }
  return lines.join("\n");
}
function notes(facts) {
  const notes2 = facts.input.notes ?? [];
  return notes2.length ? notes2.map((note) => `> [!NOTE]
> ${mdText(note)}`).join("\n\n") : void 0;
}
function snapshot(facts) {
  const links = facts.input.snapshot;
  if (!links?.imageUrl && !links?.viewUrl) return void 0;
  const image = links.imageUrl && `![3D snapshot of the import graph, the blast radius lit](${mdUrl(links.imageUrl)})`;
  if (image && links.viewUrl) return `[${image}](${mdUrl(links.viewUrl)})

[Open the interactive 3D view](${mdUrl(links.viewUrl)})`;
  return image || `[Open the interactive 3D view of the blast radius](${mdUrl(links.viewUrl)})`;
}
function changedTable(facts, budget) {
  if (!facts.rows.length) return void 0;
  const rows = [...facts.rows].sort((a, b) => b.total - a.total || byCodePoint(a.path, b.path));
  const lines = rows.map((row) => tableRow(facts, row));
  return [
    "| Changed file | Status | Ring 1 | Total | Deepest ring | At import time | Lazy or type only |",
    "|---|---|--:|--:|--:|--:|--:|",
    ...fitLines(lines, budget, (n) => `| \u2026and ${plural(n, "more changed file")} (report.json has them all) | | | | | | |`)
  ].join("\n");
}
function tableRow(facts, row) {
  const { repoUrl, headSha } = facts.input;
  const name2 = repoUrl && headSha ? `[${mdCode(row.path)}](${mdUrl(blobUrl(repoUrl, headSha, row.path))})` : mdCode(row.path);
  const status = row.previousPath !== void 0 ? `${row.status} from ${mdCode(row.previousPath)}` : row.status;
  return `| ${name2} | ${status} | ${count2(row.direct)} | ${count2(row.total)} | ${count2(row.deepest)} | ${count2(row.importTime)} | ${count2(row.lazyOrTypeOnly)} |`;
}
function outsideNote(facts, budget) {
  const { outside: outside2 } = facts.confidence;
  if (!outside2.length) return void 0;
  const lines = outside2.map((o) => `- ${mdCode(o.change.path)}: ${mdText(describeOutside(o.why))}`);
  return [`Changed but not in the graph (${count2(outside2.length)}):`, "", ...fitLines(lines, budget, (n) => `- \u2026and ${count2(n)} more`)].join("\n");
}
function rings(facts) {
  if (!facts.ringCounts.length) return void 0;
  const { bar, labels } = ringBar(facts.ringCounts);
  return `**Files by ring:** \`${bar}\` ${labels.join(" \xB7 ")}`;
}
function whereItLands(facts, budget) {
  if (!facts.affected.length) return void 0;
  const top2 = facts.folders.slice(0, TOP_FOLDERS2).map(([folder2, n]) => `| ${mdCode(folder2 === "." ? "./" : `${folder2}/`)} | ${count2(n)} | ${(100 * n / facts.affected.length).toFixed(1)}% |`);
  const lines = ["### Where it lands", "", "| Folder | Affected files | Share of the radius |", "|---|--:|--:|", ...fitLines(top2, budget, (n) => `| \u2026and ${count2(n)} more | | |`)];
  if (facts.folders.length > TOP_FOLDERS2) lines.push(`| \u2026and ${plural(facts.folders.length - TOP_FOLDERS2, "more folder")} | | |`);
  lines.push("", facts.tests.length ? `**${plural(facts.tests.length, "test file")}** in the blast radius.` : "**No test file** is in the blast radius: nothing in the test suite imports this change, directly or through others.");
  if (facts.tests.length) {
    lines.push(
      "",
      `<details><summary>Affected test files (${count2(facts.tests.length)})</summary>`,
      "",
      ...fitLines(facts.tests.map((t) => `- ${mdCode(t)}`), budget, (n) => `- \u2026and ${count2(n)} more (report.json has them all)`),
      "",
      "</details>"
    );
  }
  return lines.join("\n");
}
function why(facts, budget) {
  if (!facts.chains.length) return void 0;
  const lines = facts.chains.map((chain) => {
    const links = shortenChain(chain).map(
      (link, i2) => "hidden" in link ? ` \u2192 \u2026${plural(link.hidden, "more file")}\u2026` : `${i2 === 0 ? "" : arrow(link.kind)}${mdCode(link.path)}`
    );
    return `- ring ${count2(chain.length - 1)}: ${links.join("")}`;
  });
  const kinds = new Set(facts.chains.flat().map((link) => link.kind));
  const legend = ["`a \u2192 b`: a imports b", ...kindLegend(facts.input.analysis.graph.kinds, kinds)].join("; ");
  const shown = fitLines(lines, budget, (n) => `- \u2026and ${plural(n, "more chain")}`);
  return ["### Why", "", `The farthest files, each with the chain of imports that reaches the change (${legend}):`, "", ...shown].join("\n");
}
function kindLegend(specs, shown) {
  const legend = specs.filter((spec) => spec.kind !== "import" && shown.has(spec.kind)).map((spec) => `\`\u2192(${spec.kind})\`: ${spec.meaning}`);
  return shown.has("removed") ? [...legend, "`\u2192(removed)`: imports a file this change removes"] : legend;
}
function arrow(kind) {
  return kind === "import" || kind === void 0 ? " \u2192 " : ` \u2192(${kind}) `;
}
function diagram(facts) {
  const drawn = mermaidDiagram(facts.input.analysis.graph, facts.rows.map((r) => r.path), facts.affected);
  if (!drawn) return void 0;
  const lines = [
    "### Rings 1 and 2",
    "",
    "Arrows point from a file to the files that import it; large rings are folded into one node per folder.",
    "",
    drawn.block
  ];
  if (drawn.edgesNotDrawn) lines.push("", `${plural(drawn.edgesNotDrawn, "arrow")} not drawn, to keep the diagram readable.`);
  return lines.join("\n");
}
function fullList(facts, budget) {
  if (!facts.affected.length || budget < 500) return void 0;
  const lines = [];
  const byRing = [];
  for (const file of facts.affected) (byRing[file.ring - 1] ??= []).push(file);
  for (const [i2, files] of byRing.entries()) {
    if (!files) continue;
    lines.push({ text: `
**Ring ${count2(i2 + 1)}** (${plural(files.length, "file")})
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
  const body2 = fitLines(lines, budget - head.length - tail.length, (n) => `
\u2026and ${plural(n, "more file")} (report.json has them all)`);
  return [head, ...body2, tail].join("\n");
}
function gone(facts, budget) {
  if (!facts.gone.length) return void 0;
  const lines = [];
  for (const file of facts.gone) {
    const importers = file.stillImportedBy;
    lines.push(
      `- ${mdCode(file.path)} (${file.status}): ` + (importers.length ? `still imported in ${plural(importers.length, "place")}, which will fail to import:` : "no import names it any more.")
    );
    for (const u of importers) lines.push(`  - ${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`);
  }
  return ["### Removed and renamed files", "", ...fitLines(lines, budget, (n) => `- \u2026and ${count2(n)} more lines (report.json has them all)`)].join("\n");
}
function confidence(facts, budget) {
  const c = facts.confidence;
  const lines = ["### Confidence", ""];
  if (!c.graphFiles) lines.push("- \u26A0\uFE0F **The graph is empty**: no file could be read, so no number here says anything about this change.");
  else lines.push(`- The graph read ${plural(c.graphFiles, "file")} and ${plural(facts.graphEdges, "import")} between them.`);
  if (c.graphFiles && c.unreadTotal > c.graphFiles) {
    lines.push(`- \u26A0\uFE0F The graph holds fewer files than the ${count2(c.unreadTotal)} files of languages it does not read: most of this repository is invisible to it.`);
  }
  if (c.blindChanged) lines.push(`- \u26A0\uFE0F ${plural(c.blindChanged, "changed file")} of code the graph does not measure (listed under the table): the radius may be larger.`);
  const listed = (title, items) => {
    lines.push(`- ${title}`);
    lines.push("  <details><summary>List</summary>", "", ...fitLines(items.map((i2) => `  - ${i2}`), budget / 4, (n) => `  - \u2026and ${count2(n)} more`), "", "  </details>");
  };
  if (c.unresolvedLocal.length) {
    listed(
      `${plural(c.unresolvedLocal.length, "import")} of this repository's modules did not resolve to a file (a missing module, or a name set up at run time); their edges are missing.`,
      c.unresolvedLocal.map((u) => `${mdCode(u.from)} line ${u.line}: ${mdCode(u.specifier)}`)
    );
  }
  if (c.partial.length) {
    listed(`${plural(c.partial.length, "file has", "files have")} a syntax error; the imports above it still count.`, c.partial.map((p) => `${mdCode(p.path)} line ${p.line}`));
  }
  if (c.skipped.length) listed(`${plural(c.skipped.length, "file was", "files were")} skipped.`, c.skipped.map((s) => `${mdCode(s.path)}: ${mdText(s.reason)}`));
  if (c.dynamic.length) {
    listed(
      `${plural(c.dynamic.length, "dynamic import")} (${facts.input.analysis.graph.dynamicMeanings.join("; ")}) seen but not followed.`,
      c.dynamic.map((d) => `${mdCode(d.from)} line ${d.line}: ${mdCode(d.specifier)}`)
    );
  }
  const unread = Object.entries(c.unread);
  if (unread.length) {
    lines.push(`- Not read (no language support yet): ${unread.map(([ending, n]) => `${count2(n)} ${mdCode(`.${ending}`)}`).join(", ")} files; imports in and between them are not in the graph.`);
  }
  return lines.join("\n");
}
function footer(facts) {
  const { headSha, repoUrl, analysisMs, now, version, rerun } = facts.input;
  const head = headSha ? repoUrl ? `[${mdCode(headSha.slice(0, 7))}](${mdUrl(`${repoUrl.replace(/\/+$/u, "")}/commit/${headSha}`)})` : mdCode(headSha.slice(0, 7)) : "the working tree";
  const how = rerun?.workflowUrl ? `[Run workflow](${mdUrl(rerun.workflowUrl)})` : "Actions \u2192 Run workflow (workflow_dispatch)";
  const pr = rerun?.prNumber !== void 0 ? ` with \`pr-number\` ${rerun.prNumber}` : " with `pr-number`";
  const again = rerun ? ` \xB7 re-run: ${how}${pr}` : "";
  return [
    "---",
    `<sub>Head ${head} \xB7 graph of ${plural(facts.graphFiles, "file")} and ${plural(facts.graphEdges, "import")} \xB7 analysed in ${(analysisMs / 1e3).toFixed(1)} s on ${now.toISOString().slice(0, 16).replace("T", " ")} UTC \xB7 blast-radius ${mdText(version)}${again}</sub>`
  ].join("\n");
}

// src/report/markdown-report.ts
function renderMarkdown(facts, profile) {
  for (let budget = profile.listBudget; ; budget = Math.floor(budget / 2)) {
    const small = budget < 1e3;
    const before = [
      profile.firstLine,
      headline(facts),
      notes(facts),
      snapshot(facts),
      changedTable(facts, budget),
      outsideNote(facts, budget),
      rings(facts),
      whereItLands(facts, budget),
      why(facts, budget),
      small ? void 0 : diagram(facts)
    ];
    const after = [gone(facts, budget), confidence(facts, budget), footer(facts)];
    const fixed = bytes(join8([...before, ...after]));
    if (fixed > profile.limit - 2e3 && !small) continue;
    const list = fullList(facts, profile.limit - fixed - 100);
    return join8([...before, list, ...after]) + "\n";
  }
}
function join8(parts2) {
  return parts2.filter((p) => p !== void 0).join("\n\n");
}

// src/report/comment.ts
var COMMENT_LIMIT = 6e4;
function commentMarker(workingDirectory) {
  return `<!-- blast-radius:${workingDirectory.replaceAll("--", "-\u200B-")} -->`;
}
function renderComment(facts) {
  return renderMarkdown(facts, { firstLine: commentMarker(facts.input.workingDirectory), limit: COMMENT_LIMIT, listBudget: 6e3 });
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
    graph: { files: facts.graphFiles, edges: facts.graphEdges, ms: input.analysis.graph.stats.ms },
    analysisMs: Math.round(input.analysisMs),
    risk: { ...facts.risk, thresholds: facts.thresholds },
    changes: input.analysis.changes.map(({ path, status, previousPath }) => ({ path, status, ...previousPath !== void 0 && { previousPath } })),
    changed: facts.rows,
    affected: { total: facts.affected.length, importTime: facts.importTimeTotal, ringCounts: facts.ringCounts },
    folders: facts.folders.map(([folder2, files]) => ({ folder: folder2, files })),
    tests: facts.tests,
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
      unread: c.unread
    },
    impact: impactJson(input.analysis.impact)
  };
}

// src/report/reporters.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();

// src/report/text-report.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
var SHOWN = 8;
function renderText(facts, style) {
  const { input } = facts;
  const out2 = [...headline2(facts, style)];
  for (const note of input.notes ?? []) out2.push(...wrapParts([style.yellow("Note:"), ...visible(note).split(" ").map((w) => elide(w, TEXT_WIDTH - 2))], " "));
  out2.push("", ...table(facts, style));
  out2.push(...outside(facts, style));
  if (facts.ringCounts.length) {
    const { bar, labels } = ringBar(facts.ringCounts);
    out2.push("", ...wrapParts([`Files by ring: ${bar}`, ...labels], " \xB7 "));
  }
  out2.push(...landing(facts, style), ...chains(facts, style), ...gone2(facts, style), ...confidence2(facts, style));
  const { headSha, analysisMs, version } = input;
  out2.push(
    "",
    style.dim(
      `Head ${headSha ? headSha.slice(0, 12) : "the working tree"} \xB7 graph of ${plural(facts.graphFiles, "file")}, ${plural(facts.graphEdges, "import")} \xB7 ${(analysisMs / 1e3).toFixed(1)} s \xB7 blast-radius ${elide(version, 20)}`
    )
  );
  return out2.join("\n") + "\n";
}
function headline2(facts, style) {
  const { rows, affected, risk } = facts;
  const changes = facts.input.analysis.changes.length;
  const source = rows.length === changes ? plural(changes, "changed file") : `${plural(rows.length, "changed file")} in the graph (of ${count2(changes)})`;
  const colour = risk.level === "unknown" || risk.level === "very high" || risk.level === "high" ? style.red : risk.level === "moderate" ? style.yellow : style.green;
  const lines = [
    style.bold(`Blast radius: ${source} \u2192 ${plural(affected.length, "file")} (${shareOf(affected.length, facts)} of ${count2(facts.graphFiles)})`),
    ...wrapParts([`Risk: ${colour(riskWord(risk))}:`, ...risk.why.split(" ")], " ")
  ];
  if (risk.level === "unknown") lines.push(style.red("This does not mean the change is safe: the graph cannot see it."));
  if (affected.length) {
    lines.push(`${count2(facts.importTimeTotal)} load the change at import time; ${count2(affected.length - facts.importTimeTotal)} only through ${laterKinds(facts)} imports.`);
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
    const numbers = [row.direct, row.total, row.deepest, row.importTime, row.lazyOrTypeOnly].map((n) => count2(n).padStart(COLUMN_WIDTH));
    lines.push(elide(row.path, pathWidth - 1).padEnd(pathWidth) + row.status.padStart(COLUMN_WIDTH) + numbers.join(""));
  }
  if (rows.length > SHOWN * 4) lines.push(style.dim(`\u2026and ${plural(rows.length - SHOWN * 4, "more changed file")} (see --format json)`));
  return lines;
}
function outside(facts, style) {
  const { outside: outside2 } = facts.confidence;
  if (!outside2.length) return [];
  const lines = ["", style.bold(`Changed but not in the graph (${count2(outside2.length)})`)];
  for (const o of outside2.slice(0, SHOWN)) {
    const colour = o.why.kind === "not-code" ? style.dim : style.yellow;
    lines.push(`  ${elide(o.change.path, TEXT_WIDTH - 2)}`, colour(`    ${elide(describeOutside(o.why), TEXT_WIDTH - 4)}`));
  }
  if (outside2.length > SHOWN) lines.push(style.dim(`  \u2026and ${count2(outside2.length - SHOWN)} more`));
  return lines;
}
function landing(facts, style) {
  if (!facts.affected.length) return [];
  const lines = ["", style.bold("Where it lands")];
  for (const [folder2, n] of facts.folders.slice(0, SHOWN)) lines.push(`  ${count2(n).padStart(7)}  ${elide(folder2 === "." ? "./" : `${folder2}/`, TEXT_WIDTH - 11)}`);
  if (facts.folders.length > SHOWN) lines.push(style.dim(`  \u2026and ${plural(facts.folders.length - SHOWN, "more folder")}`));
  lines.push(facts.tests.length ? `${plural(facts.tests.length, "test file")} in the blast radius` : style.yellow("No test file is in the blast radius."));
  for (const test of facts.tests.slice(0, SHOWN)) lines.push(`  ${elide(test, TEXT_WIDTH - 2)}`);
  if (facts.tests.length > SHOWN) lines.push(style.dim(`  \u2026and ${count2(facts.tests.length - SHOWN)} more (see --format json)`));
  return lines;
}
function chains(facts, style) {
  if (!facts.chains.length) return [];
  const lines = ["", style.bold("Why: the farthest files, each importing the next")];
  for (const chain of facts.chains) {
    lines.push(`  ring ${count2(chain.length - 1)}`);
    for (const [i2, link] of shortenChain(chain).entries()) {
      if ("hidden" in link) lines.push(style.dim(`    \u2192 \u2026${plural(link.hidden, "more file")}\u2026`));
      else {
        const step = i2 === 0 ? "  " : link.kind === "import" ? "\u2192 " : `\u2192 ${style.yellow(`(${link.kind})`)} `;
        lines.push(`    ${step}${elide(link.path, TEXT_WIDTH - 20)}`);
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
    if (n > SHOWN) lines.push(style.dim(`      \u2026and ${count2(n - SHOWN)} more`));
  }
  if (facts.gone.length > SHOWN) lines.push(style.dim(`  \u2026and ${plural(facts.gone.length - SHOWN, "more file")}`));
  return lines;
}
function confidence2(facts, style) {
  const c = facts.confidence;
  const lines = ["", style.bold("Confidence")];
  if (!c.graphFiles) lines.push(style.red("  The graph is empty: no number here says anything about this change."));
  if (c.graphFiles && c.unreadTotal > c.graphFiles) lines.push(style.yellow(`  The graph holds fewer files than the ${count2(c.unreadTotal)} it does not read.`));
  if (c.blindChanged) lines.push(style.yellow(`  ${plural(c.blindChanged, "changed file")} of code not measured: the radius may be larger.`));
  const gaps = [
    [c.unresolvedLocal.length, `${plural(c.unresolvedLocal.length, "import")} of this repository's modules did not resolve`],
    [c.partial.length, `${plural(c.partial.length, "file")} with a syntax error (imports above it count)`],
    [c.skipped.length, `${plural(c.skipped.length, "file")} skipped`],
    [c.dynamic.length, `${plural(c.dynamic.length, "dynamic import")} (${facts.input.analysis.graph.dynamicMeanings.join("; ").replaceAll("`", "")}) not followed`]
  ];
  for (const [n, text] of gaps) if (n) lines.push(`  ${text}`);
  const unread = Object.entries(c.unread);
  if (unread.length) lines.push(...wrapParts(["  Not read:", ...unread.map(([e, n]) => `${count2(n)} .${visible(e)}`)], " "));
  if (lines.length === 2) lines.push(style.green("  No gaps: every local import resolved, every file parsed."));
  return lines;
}

// src/report/reporters.ts
var REPORTERS = {
  text: (facts, style) => renderText(facts, style),
  markdown: (facts) => renderComment(facts),
  json: (facts) => JSON.stringify(reportJson(facts)) + "\n"
};
function isReportFormat(name2) {
  return Object.hasOwn(REPORTERS, name2);
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
    test: "tsc --noEmit && NODE_OPTIONS=--experimental-vm-modules jest",
    demo: "node dist/cli.js impact shop/models/product.py --repo examples/shop",
    "check-django": "bash scripts/check-django.sh",
    fuzz: "FUZZ_COUNT=${FUZZ_COUNT:-100000} NODE_OPTIONS=--experimental-vm-modules jest __tests__/reliability/fuzz",
    bench: "npm run bundle && node scripts/bench.mjs"
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
    three: "^0.187.0",
    "tree-sitter-python": "^0.25.0",
    "web-tree-sitter": "^0.27.2",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@jest/globals": "^30.5.2",
    "@octokit/openapi-types": "^29.0.1",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/jest": "^30.0.0",
    "@types/jsdom": "^30.0.0",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/three": "^0.187.0",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    jest: "^30.5.2",
    jsdom: "^29.1.1",
    mermaid: "^11.17.2",
    "playwright-core": "^1.65.1",
    prettier: "^3.10.1",
    "ts-jest": "^29.4.15",
    typescript: "5.9",
    "typescript-eslint": "^8.74.0"
  }
};

// src/core/version.ts
var VERSION = package_default.version;

// src/cli/commands/diff.ts
async function diffCommand(args2, io) {
  if (args2.positionals.length) throw new UsageError(`diff takes no file names (got ${args2.positionals.join(" ")}); use --base and --head`);
  const format = formatOf(args2);
  const started = performance.now();
  let range;
  try {
    range = await resolveRange(args2.repoDir, { base: args2.base, head: args2.head });
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
  const changes = await changedFiles(args2.repoDir, range);
  const analysis = await withHeadTree(args2.repoDir, range, (dir) => analyzeRepository(dir, changes, buildOptions(args2, io)));
  const input = {
    analysis,
    workingDirectory: range.prefix || ".",
    version: VERSION,
    analysisMs: performance.now() - started,
    now: /* @__PURE__ */ new Date(),
    ...range.head !== void 0 && { headSha: range.head }
  };
  const facts = reportFacts(input);
  if (args2.out) {
    const out2 = resolve2(io.cwd, args2.out);
    await mkdir4(out2, { recursive: true });
    await writeSnapshot(out2, analysis.graph, analysis.impact);
    const beside = { ...facts, input: { ...input, snapshot: { imageUrl: "snapshot.png", viewUrl: "snapshot.html" } } };
    await writeFile4(join9(out2, "report.md"), renderComment(beside));
    await writeFile4(join9(out2, "report.json"), JSON.stringify(reportJson(facts), null, 2) + "\n");
  }
  io.stdout.write(REPORTERS[format](facts, styleFor(io.stdout, io.env)));
}
function formatOf(args2) {
  const format = args2.format ?? (args2.json ? "json" : "text");
  if (!isReportFormat(format)) {
    const names = Object.keys(REPORTERS);
    throw new UsageError(`--format: expected ${names.slice(0, -1).join(", ")} or ${names.at(-1)}, got ${format}`);
  }
  if (args2.json && format !== "json") throw new UsageError(`--json and --format ${format} disagree`);
  return format;
}

// src/cli/cache-dir.ts
init_define_BLAST_RADIUS_FACTS_DIGESTS();
import { createHash as createHash4 } from "node:crypto";
import { homedir } from "node:os";
import { join as join10 } from "node:path";
function defaultCacheDir(repoDir, env) {
  const base = env.XDG_CACHE_HOME || join10(homedir(), ".cache");
  const id = createHash4("sha1").update(repoDir).digest("hex").slice(0, 16);
  return join10(base, "blast-radius", id);
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
  --head REF   diff: the commit to analyse, checked out in a temporary worktree
  --format F   diff: text (default), markdown (the PR comment) or json
  --cache DIR  where each file's extracted imports are kept between runs, by content
               (default: $XDG_CACHE_HOME or ~/.cache, under blast-radius/)
  --no-cache   read and parse every file, and keep nothing
  --max-file-size SIZE
               files larger than this are skipped and listed (default 2MB; e.g. 500KB, 10MB)
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
  help: { type: "boolean", short: "h" }
};
var COMMANDS = {
  graph: graphCommand,
  impact: impactCommand,
  diff: diffCommand
};
async function main(argv, io) {
  try {
    const [name2, ...rest] = argv;
    if (!name2 || name2 === "--help" || name2 === "-h") {
      io[name2 ? "stdout" : "stderr"].write(USAGE);
      return name2 ? 0 : 2;
    }
    const command = COMMANDS[name2];
    if (!command) throw new UsageError(`unknown command '${name2}'

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
    const repoDir = resolve3(io.cwd, parsed.values.repo ?? ".");
    if (!await stat(repoDir).then((s) => s.isDirectory(), () => false)) {
      throw new UsageError(`--repo: not a folder: ${parsed.values.repo ?? "."}`);
    }
    await command(
      {
        repoDir,
        positionals: parsed.positionals,
        json: Boolean(parsed.values.json),
        out: parsed.values.out,
        threads: io.env.BLAST_RADIUS_THREADS ? Number(io.env.BLAST_RADIUS_THREADS) || 1 : void 0,
        maxFileBytes: parsed.values["max-file-size"] === void 0 ? void 0 : sizeOption(parsed.values["max-file-size"]),
        cacheDir: parsed.values["no-cache"] ? void 0 : resolve3(io.cwd, parsed.values.cache ?? defaultCacheDir(repoDir, io.env)),
        base: parsed.values.base,
        head: parsed.values.head,
        format: parsed.values.format
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
    io.stderr.write(`blast-radius: internal error: ${error.stack ?? error}
`);
    return 1;
  }
}
function sizeOption(text) {
  try {
    return parseSize(text);
  } catch (error) {
    throw new UsageError(`--max-file-size: ${error.message}`);
  }
}

// src/cli.ts
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
});
