import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { initWasm, Resvg } from '@resvg/resvg-wasm'
import { wasmFile } from '../core/wasm-file.js'
import { halvePixels, type Pixels } from './halve-pixels.js'
import { assemblePng, encodeRows, type PngPart } from './png-encode.js'

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

/** The card's PNGs: at comment width (800 px), and at twice the pixels for high-density screens. */
export interface CardPngs {
  readonly png: Uint8Array
  readonly png2x: Uint8Array
}

/** One band of the card (a strip of its rows) as parts of both PNGs: what a render process gives back. */
export interface BandPngs {
  readonly png: PngPart
  readonly png2x: PngPart
}

/** A band of the cards from its SVG at 2x (snapshotSvg at scale 2): one render, its pixels halved for the 1x card (halve-pixels.ts). */
export async function renderBand(svg2x: string): Promise<BandPngs> {
  const pixels = await renderPixels(svg2x)
  return { png: encodeRows(halvePixels(pixels)), png2x: encodeRows(pixels) }
}

/** Both cards from their bands, top to bottom. */
export function assembleCards(bands: readonly BandPngs[]): CardPngs {
  return { png: assemblePng(bands.map((band) => band.png)), png2x: assemblePng(bands.map((band) => band.png2x)) }
}

/** Both cards from the SVG of the whole 2x card, rendered here as one band. */
export async function renderCardPngs(svg2x: string): Promise<CardPngs> {
  return assembleCards([await renderBand(svg2x)])
}

/** Rasterizes SVG in WASM (no browser, no native addon); the PNGs encode the pixels compactly (png-encode.ts). The SVG must paint an opaque background. */
async function renderPixels(svg: string): Promise<Pixels> {
  const fontBuffers = await loadRenderer()
  const resvg = new Resvg(svg, {
    font: { fontBuffers, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  })
  try {
    const image = resvg.render()
    try {
      return { width: image.width, height: image.height, rgba: image.pixels }
    } finally {
      image.free()
    }
  } finally {
    resvg.free()
  }
}
