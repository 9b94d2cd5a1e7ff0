import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { wasmFile } from '../core/wasm-file.js'
import { encodePng } from './png-encode.js'

/** The fonts travel with the code (fonts/ beside the module, or dist/fonts/ beside the bundle), never the system's: same SVG, same bytes, on any machine. */
const FONT_FILES = ['fonts/DejaVuSans-subset.ttf', 'fonts/DejaVuSans-Bold-subset.ttf']

let ready: Promise<Uint8Array[]> | undefined

/** Loads the WASM renderer and the fonts (once; every call gives the same promise). */
export function loadRenderer(): Promise<Uint8Array[]> {
  ready ??= (async () => {
    await initWasm(await readFile(wasmFile('@resvg/resvg-wasm/index_bg.wasm')))
    return Promise.all(FONT_FILES.map(async (file) => new Uint8Array(await readFile(fileURLToPath(new URL(file, import.meta.url))))))
  })()
  return ready
}

/** Rasterizes SVG in WASM (no browser, no native addon) and encodes the pixels compactly (png-encode.ts). The SVG must paint an opaque background. */
export async function renderPng(svg: string): Promise<Uint8Array> {
  const fontBuffers = await loadRenderer()
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  })
  try {
    const image = resvg.render()
    try {
      return encodePng(image.width, image.height, image.pixels)
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}
