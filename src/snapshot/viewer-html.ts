import { BACKGROUND, MUTED_TEXT_COLOUR, TEXT_COLOUR } from './palette.js'
import { escapeXml } from './xml-escape.js'
import type { ViewerData } from './viewer-data.js'

/** The id of the inline JSON the viewer script reads. */
export const DATA_ELEMENT_ID = 'blast-radius-data'

/**
 * Narrower than the legend and the file panel side by side (12 + 330 + 12 + 380 + 12 px): the panels go one under
 * another, and the legend folds (legend-fold.ts).
 */
export const NARROW_WINDOW = '(max-width: 745px)'

/**
 * One self-contained page: styles, the data and the bundled script inline, and a content security
 * policy that forbids every request (no fetch, no images, no fonts), so it works from disk, as a
 * single-file artifact, and can never call home.
 */
export function viewerHtml(data: ViewerData, script: string): string {
  // Inside <script>, "</script" or "<!--" in a path would end or confuse the element: escape every "<".
  const json = JSON.stringify(data).replaceAll('<', '\\u003c')
  const policy = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:"
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
<aside id="legend"><h1></h1><p class="muted" id="subtitle"></p><ul id="rows"></ul>
<div id="rings"><button id="play" title="Replay the blast radius from the change outward, ring by ring (Space)">▶ play</button><button id="fewer" title="One ring fewer (−)">−</button><button id="more" title="One ring more (+)">+</button><span id="ring-status"></span><button id="legend-toggle" aria-expanded="true"></button></div>
<h2 id="areas-heading">Areas, as the change reaches them</h2><ol id="areas"></ol>
<div id="toggles"></div><ul id="notes"></ul>
<p class="muted keys">Keys: Space play · + − rings · arrows turn · F the change · / search · Esc close</p></aside>
<div id="search"><input id="search-box" type="search" placeholder="Search files…" autocomplete="off" aria-label="Search files"><ul id="results"></ul></div>
<aside id="panel" hidden></aside>
<div id="tooltip" hidden></div>
<noscript>This viewer needs JavaScript and WebGL.</noscript>
<script type="application/json" id="${DATA_ELEMENT_ID}">${json}</script>
<script>${script.replaceAll('</script', '<\\/script')}</script>
</body>
</html>
`
}

function styles(): string {
  return `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; overflow: hidden; background: ${BACKGROUND}; color: ${TEXT_COLOUR};
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
canvas#scene { position: fixed; inset: 0; width: 100vw; height: 100vh; display: block; }
aside, #search { position: fixed; z-index: 1; background: rgba(13, 17, 23, 0.86); border: 1px solid #30363d; border-radius: 8px; padding: 12px 14px; }
#legend { top: 12px; left: 12px; width: 330px; max-height: calc(100vh - 24px); overflow: auto; }
/* More below than the window shows (scroll-cue.ts): the bottom fades, so the cut reads as one to scroll, not as the end. */
aside.more-below { -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 48px), transparent); mask-image: linear-gradient(to bottom, #000 calc(100% - 48px), transparent); }
#legend h1 { font-size: 16px; margin: 0 0 4px; overflow-wrap: anywhere; }
/* Folded (legend-fold.ts): the title and the rings' controls, where the fold button is. */
#legend-toggle { margin-left: auto; }
#legend.folded > :not(h1, #rings) { display: none; }
.muted { color: ${MUTED_TEXT_COLOUR}; margin: 0 0 8px; }
ul { list-style: none; margin: 0; padding: 0; }
#rows li { display: flex; align-items: center; gap: 8px; padding: 1px 0; }
#rows .swatch { width: 12px; height: 12px; border-radius: 50%; flex: none; }
#rows .n { margin-left: auto; font-variant-numeric: tabular-nums; }
#rings, #toggles { margin-top: 10px; display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
button { background: #21262d; color: ${TEXT_COLOUR}; border: 1px solid #30363d; border-radius: 6px; padding: 3px 9px; cursor: pointer; font: inherit; }
button:hover { background: #30363d; }
label { cursor: pointer; user-select: none; }
#notes li, #panel .note { color: #f2cc60; margin-top: 6px; }
#legend h2 { font-size: 13px; margin: 12px 0 4px; color: ${MUTED_TEXT_COLOUR}; font-weight: 600; }
#areas { list-style: none; margin: 0; padding: 0; }
#areas button { width: 100%; text-align: left; margin: 1px 0; padding: 2px 8px; overflow-wrap: anywhere; }
#areas button[aria-pressed=true] { border-color: ${TEXT_COLOUR}; }
.keys { font-size: 12px; margin-top: 10px; }
.line { color: ${MUTED_TEXT_COLOUR}; }
button:focus-visible, li:focus-visible, input:focus-visible { outline: 2px solid #4cc9f0; outline-offset: 1px; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; } }
/* Centred over the scene, or just right of the legend in a narrow window: never over it. Its results over the file panel. */
#search { top: 12px; left: max(354px, calc(50% - 180px)); width: min(360px, calc(100vw - 366px)); padding: 6px; z-index: 2; }
#search-box { width: 100%; background: #0d1117; color: ${TEXT_COLOUR}; border: 1px solid #30363d; border-radius: 6px; padding: 6px 8px; font: inherit; }
#results li, #panel li { padding: 2px 4px; cursor: pointer; border-radius: 4px; display: flex; align-items: baseline; white-space: nowrap; }
/* A path cut at its start, its file name kept (path-text.ts). */
.path { direction: rtl; text-align: left; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; }
.path > span { direction: ltr; unicode-bidi: isolate; }
.dot { flex: none; margin-right: 5px; }
#results li:hover, #panel li:hover { background: #21262d; }
#panel { top: 12px; right: 12px; width: 380px; max-height: calc(100vh - 24px); overflow: auto; }
/* Below 1144 px the search box (right of the legend, 360 px) reaches the panel's column: the panel goes under it. */
@media (max-width: 1143px) { #panel { top: 72px; max-height: calc(100vh - 84px); } }
/* Too narrow for the legend and the panel side by side: the search box across the top, the legend under it, the panel
   at the bottom (half the height at most, scrolling); with the panel open the legend ends above it, scrolling. */
@media ${NARROW_WINDOW} {
  #search { left: 12px; width: calc(100vw - 24px); }
  #legend { top: 72px; width: min(330px, calc(100vw - 24px)); max-height: calc(100vh - 84px); }
  #panel { top: auto; bottom: 12px; left: 12px; width: auto; max-height: calc(50vh - 12px); }
  body:has(#panel:not([hidden])) #legend { max-height: calc(50vh - 84px); }
}
#panel h2 { font-size: 15px; margin: 0 24px 4px 0; overflow-wrap: anywhere; }
#panel h3 { font-size: 13px; margin: 12px 0 4px; color: ${MUTED_TEXT_COLOUR}; font-weight: 600; }
#panel .close { position: absolute; top: 8px; right: 8px; padding: 0 7px; }
.kind { color: ${MUTED_TEXT_COLOUR}; font-size: 12px; margin-left: 6px; flex: none; }
.pin { position: fixed; left: 0; top: 0; pointer-events: none; font-weight: 600; font-size: 13px; color: ${TEXT_COLOUR};
  text-shadow: 0 0 3px ${BACKGROUND}, 0 0 3px ${BACKGROUND}, 0 0 6px ${BACKGROUND}; max-width: min(420px, 40vw); }
/* An area's name beside a changed file's: smaller and muted (two classes, so it wins over .pin). */
.pin.area-pin { font-weight: 500; font-size: 12px; color: ${MUTED_TEXT_COLOUR}; }
/* The whole path, wrapped where long, over every panel. */
#tooltip { position: fixed; z-index: 3; pointer-events: none; background: #161b22; border: 1px solid #30363d; border-radius: 4px; padding: 2px 6px; font-size: 12px;
  max-width: min(560px, calc(100vw - 24px)); overflow-wrap: anywhere; }
`
}
