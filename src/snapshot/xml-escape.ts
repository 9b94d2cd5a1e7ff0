import { spelledOut, visible } from '../format/escape.js'

/**
 * The characters UTF-8 carries and XML 1.0 cannot hold, once `visible` has spelled out the controls: one of them in a
 * file name made resvg refuse the whole card. (A lone surrogate never reaches the file: encoding makes it U+FFFD.)
 */
const NOT_XML = /[\ufffe\uffff]/gu

/** Text as SVG and HTML show it: invisible characters spelled out (as in the report), and those XML cannot hold. */
export function svgText(text: string): string {
  return visible(text).replace(NOT_XML, spelledOut)
}

/** Text for SVG and HTML: svgText, markup characters as entities. */
export function escapeXml(text: string): string {
  return svgText(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
