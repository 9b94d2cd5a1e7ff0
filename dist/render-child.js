import { createRequire as __blastRadiusRequire } from 'node:module'; const require = __blastRadiusRequire(import.meta.url);

// src/snapshot/render-png.ts
import { readFile } from "node:fs/promises";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// node_modules/@resvg/resvg-wasm/index.mjs
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

// src/core/wasm-file.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function wasmFile(specifier) {
  const beside = fileURLToPath(new URL(specifier.slice(specifier.lastIndexOf("/") + 1), import.meta.url));
  if (existsSync(beside)) return beside;
  return createRequire(import.meta.url).resolve(specifier);
}

// src/snapshot/halve-pixels.ts
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
    return Promise.all(FONT_FILES.map(async (file) => new Uint8Array(await readFile(fileURLToPath2(new URL(file, import.meta.url))))));
  })();
  return ready;
}
async function renderBand(svg2x) {
  const pixels = await renderPixels(svg2x);
  return { png: encodeRows(halvePixels(pixels)), png2x: encodeRows(pixels) };
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

// src/core/repo-path.ts
var SEPARATORS = process.platform === "win32" ? /[\\/]/ : /\//;
var NOT_AS_GIVEN = process.platform === "win32" ? /\\|^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/ : /^$|^\/|\/$|\/\/|(?:^|\/)\.\.?(?:\/|$)/;
function dirOf(path) {
  const slash = path.lastIndexOf("/");
  return slash < 0 ? "" : path.slice(0, slash);
}
function byCodePoint(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
  const listOf = (edge) => {
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
    kind[k] = listOf(edge);
    line[k] = edge.line ?? 0;
  }
  return { files, from, to, kindLists, kind, line };
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
    const kindIndex = new Map(this.kinds.map((spec, i) => [spec.kind, i]));
    this.files = sortedCopy(input.files, (a, b) => byCodePoint(a.path, b.path));
    this.files.forEach((f, i) => this.ids.set(f.path, i));
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
  eachEdge(visit, start = 0, end = this.files.length) {
    for (let from = start; from < Math.min(end, this.files.length); from++) this.eachEdgeFrom(from, visit);
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
    const start = [...new Set(sources)].map((path) => this.idOrThrow(path)).sort((a, b) => a - b);
    const ring = new Int32Array(this.files.length).fill(-1);
    const via = new Int32Array(this.files.length).fill(-1);
    const expanded = new Uint8Array(this.groups.length);
    const seededVia = /* @__PURE__ */ new Map();
    for (const id of start) ring[id] = 0;
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
    let frontier = start;
    for (; depth <= lastRing && (frontier.length || depth === 1 && options.seeds?.length); depth++) {
      next = [];
      for (const id of frontier) {
        for (let i = this.importerStart[id]; i < this.importerStart[id + 1]; i++)
          if (this.storedKinds[this.importerEdges[i]] & allowed) reach(this.importerIds[i], id);
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
  eachEdgeFrom(from, visit) {
    const group = this.groupOf[from];
    const grouped = group === NO_GROUP ? NO_TARGETS : this.groups[group].targets;
    const end = this.importStart[from + 1];
    let i = this.importStart[from];
    let j = 0;
    while (i < end || j < grouped.length) {
      if (grouped[j] === from) {
        j++;
        continue;
      }
      const stored = i < end ? this.storedTo[i] : Infinity;
      const paired = j < grouped.length ? grouped[j] : Infinity;
      if (stored < paired) {
        visit(from, stored, this.kindLists[this.storedList[i]], this.storedLine[i]);
        i++;
      } else if (paired < stored) visit(from, grouped[j++], this.groupKinds(group), 0);
      else {
        visit(from, stored, this.storedKindList(i, group), this.storedLine[i]);
        i++;
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
    const own = this.storedKinds[index];
    const mask = group === NO_GROUP ? own : own | 1 << this.groups[group].kind;
    return mask === own ? this.kindLists[this.storedList[index]] : this.kindsOf(mask);
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
    const total = tables.reduce((n2, table2) => n2 + table2.from.length, 0);
    const fromIds = new Int32Array(total);
    const toIds = new Int32Array(total);
    const lists = new Int32Array(total);
    const lines = new Int32Array(total);
    const listIds = /* @__PURE__ */ new Map();
    let n = 0;
    for (const table2 of tables) {
      const ids = table2.files.map((path) => this.ids.get(path) ?? -1);
      const listOf = table2.kindLists.map((list) => {
        const key = kindListKey(list);
        let id = listIds.get(key);
        if (id === void 0) listIds.set(key, id = this.kindLists.push(list) - 1);
        return id;
      });
      for (let k = 0; k < table2.from.length; k++) {
        const from = ids[table2.from[k]];
        const to = ids[table2.to[k]];
        if (from < 0 || to < 0) continue;
        fromIds[n] = from;
        toIds[n] = to;
        lists[n] = listOf[table2.kind[k]];
        lines[n++] = table2.line[k];
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
    for (const [i, spec] of this.kinds.entries()) if (kinds.has(spec.kind)) mask |= 1 << i;
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
    const start = starts[from];
    const end = starts[from + 1];
    if (end - start > INSERTION_SORT_UP_TO) {
      const keys = Float64Array.from(order.subarray(start, end), (k) => toIds[k] * fromIds.length + k).sort();
      for (let i = start; i < end; i++) order[i] = keys[i - start] % fromIds.length;
      continue;
    }
    for (let i = start + 1; i < end; i++) {
      const k = order[i];
      let j = i - 1;
      for (; j >= start && toIds[order[j]] > toIds[k]; j--) order[j + 1] = order[j];
      order[j + 1] = k;
    }
  }
  return { order, starts };
}
function sortedCopy(list, compare) {
  let k = 1;
  while (k < list.length && compare(list[k - 1], list[k]) <= 0) k++;
  return k >= list.length ? list.slice() : [...list].sort(compare);
}
function strongest(mask) {
  return 31 - Math.clz32(mask & -mask);
}

// src/impact/blast-radius.ts
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

// src/format/numbers.ts
function count(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
}
function plural(n, word, many = `${word}s`) {
  return `${count(n)} ${n === 1 ? word : many}`;
}

// src/snapshot/layout.ts
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

// src/impact/areas.ts
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

// src/snapshot/camera.ts
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

// src/snapshot/palette.ts
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

// src/snapshot/font-metrics.ts
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

// src/format/escape.ts
var INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
var spelledOut = (c) => c === "\n" ? "\\n" : c === "	" ? "\\t" : `\\u{${c.codePointAt(0).toString(16)}}`;
function visible(text2) {
  return text2.replace(INVISIBLE, spelledOut);
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

// src/snapshot/draw-order.ts
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
function snapshotSvg(scene, scale = 1, band = WHOLE_CARD) {
  return cardDrawing(scene, scale)(band);
}
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

// src/snapshot/warm-up-svg.ts
var SCALE = 0.1;
function warmUpSvg() {
  const paths = ["app/core", "app/models", "app/views", "web/urls", "web/forms", "tools/old"];
  const graph = new ImportGraph({
    kinds: [{ kind: "import", atLoad: true, meaning: "at the top of the file: loaded with it" }],
    files: paths.map((path) => ({ path, language: "warm-up", test: false })),
    edges: [
      { from: paths[1], to: paths[0], kind: "import", line: 1 },
      { from: paths[2], to: paths[1], kind: "import", line: 2 },
      { from: paths[3], to: paths[2], kind: "import", line: 3 },
      { from: paths[4], to: paths[1], kind: "import", line: 4 }
    ],
    partial: [{ path: paths[5], line: 1 }]
  });
  return snapshotSvg(buildScene(graph, blastRadius(graph, [paths[0]])), SCALE);
}

// src/snapshot/render-child.ts
for (const name of ["Request", "Response"])
  Object.defineProperty(globalThis, name, { value: void 0, configurable: true, writable: true });
var answering = false;
loadRenderer().then(() => answering ? void 0 : renderBand(warmUpSvg())).catch(() => void 0);
process.once("message", (svg2x) => {
  answering = true;
  void (async () => {
    const answer = await renderBand(svg2x).then(
      (band) => ({ band }),
      (error) => ({ error: error instanceof Error ? error.message : String(error) })
    );
    process.send?.(answer, () => {
      process.disconnect();
    });
  })();
});
