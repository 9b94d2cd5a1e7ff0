import { visible } from '../format/escape.js'

/** Text for SVG and HTML: invisible characters spelled out (as in the report), markup characters as entities. */
export function escapeXml(text: string): string {
  return visible(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
