import { DATA_ELEMENT_ID } from '../../src/snapshot/viewer-html.js'
import type { ViewerData } from '../../src/snapshot/viewer-data.js'

/** The JSON a viewer page carries inline, read back the way the viewer reads it. */
export function inlineData(html: string): ViewerData {
  const match = html.match(new RegExp(`<script type="application/json" id="${DATA_ELEMENT_ID}">(.*?)</script>`, 's'))
  if (!match) throw new Error('no inline data')
  return JSON.parse(match[1]!) as ViewerData
}
