import { NARROW_WINDOW } from '../snapshot/viewer-html.js'

/**
 * The legend's fold button: folded, the legend is its title and the rings' controls (the page's styles hide the rest). In a narrow
 * window (a phone's) it opens folded, and folds when a file's panel opens, so the scene and the panel have the room;
 * the button opens it again. `changed`: after each fold, for what depends on the legend's box.
 */
export function wireFold(legend: HTMLElement, button: HTMLButtonElement, changed: () => void): { foldIfNarrow: () => void } {
  const narrow = window.matchMedia(NARROW_WINDOW)
  const fold = (folded: boolean) => {
    legend.classList.toggle('folded', folded)
    button.setAttribute('aria-expanded', String(!folded))
    button.textContent = folded ? '▾' : '▴'
    button.title = folded ? 'Open the legend' : 'Fold the legend away'
    changed()
  }
  button.addEventListener('click', () => {
    fold(!legend.classList.contains('folded'))
  })
  const foldIfNarrow = () => {
    if (narrow.matches) fold(true)
  }
  fold(narrow.matches)
  return { foldIfNarrow }
}
