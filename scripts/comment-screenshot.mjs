// docs/images/comment-django-dispatcher.png: the example comment of docs/report-example.md as a
// reviewer first sees it, collapsed. A GFM render (markdown-it with raw HTML, as GitHub allows in a
// comment) styled with GitHub's own CSS (github-markdown-css, light), in a column as wide as a PR
// comment's, photographed by Debian's chromium through playwright-core.
//
//   node scripts/comment-screenshot.mjs [docs/report-example.md] [docs/images/comment-django-dispatcher.png]
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import MarkdownIt from 'markdown-it'
import { chromium } from 'playwright-core'

const [source = 'docs/report-example.md', out = 'docs/images/comment-django-dispatcher.png'] = process.argv.slice(2)
/** GitHub's comment body column on a wide screen, with the comment box's border and padding. */
const COLUMN_PX = 830
const text = readFileSync(source, 'utf8')
const start = text.indexOf('<!-- blast-radius:')
if (start < 0) throw new Error(`${source} holds no comment (no <!-- blast-radius: marker)`)
const css = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8')
const body = new MarkdownIt({ html: true, linkify: true }).render(text.slice(start))
const page = `<!doctype html><meta charset="utf-8"><style>${css}
  body { margin: 0; background: #fff }
  .comment { width: ${COLUMN_PX}px; box-sizing: border-box; border: 1px solid #d1d9e0; border-radius: 6px; margin: 8px }
  .markdown-body { padding: 16px }
</style><div class="comment"><article class="markdown-body">${body}</article></div>`

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] })
try {
  const tab = await browser.newPage({ viewport: { width: COLUMN_PX + 16, height: 600 }, deviceScaleFactor: 1 })
  // Nothing leaves the machine: the page is one string, and any request it would make is refused.
  await tab.route('**/*', (route) => route.abort())
  await tab.setContent(page)
  await tab.locator('.comment').screenshot({ path: out })
  console.log(`${out}: ${COLUMN_PX} px wide, from ${source}`)
} finally {
  await browser.close()
}
