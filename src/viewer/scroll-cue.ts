/**
 * Marks a scrolling panel (`more-below`, a fade at its bottom in the page's styles) while part of it lies below what
 * it shows, so a cut line reads as more to scroll to, not as the end: browsers with overlay scroll bars show none at
 * rest. Set again when the panel scrolls, the window resizes, or `update` is called after its content changed.
 */
export function scrollCue(panel: HTMLElement): { update: () => void } {
  const update = () => {
    panel.classList.toggle('more-below', panel.scrollTop + panel.clientHeight < panel.scrollHeight - 1)
  }
  panel.addEventListener('scroll', update, { passive: true })
  window.addEventListener('resize', update)
  update()
  return { update }
}
