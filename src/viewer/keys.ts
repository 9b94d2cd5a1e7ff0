/** What the keyboard does, so the viewer works without a mouse. */
export interface KeyActions {
  play(): void
  ring(delta: number): void
  turn(dx: number, dy: number): void
  frameChange(): void
  escape(): void
  search(): void
}

/** The keys, as the help line lists them (either case): Space play, + and − rings, arrows turn, F the change, / search, Esc close. */
export function wireKeys(controls: HTMLElement, actions: KeyActions): void {
  // A click on one of the `controls` (the legend's buttons and toggles) does not leave the keyboard's focus on it, and
  // takes it from the search box: a control in focus takes Space, so after a click on an area Space would leave that
  // area again instead of playing. Reached with the keyboard (Tab), a control has the focus and its own keys.
  controls.addEventListener('mousedown', (event) => {
    if (!(event.target as Element).closest('button, label, input')) return
    event.preventDefault()
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
  })
  window.addEventListener('keydown', (event) => {
    // With Ctrl, Cmd or Alt the key is the browser's (zoom, find, print) or the system's.
    if (event.ctrlKey || event.metaKey || event.altKey) return
    const target = event.target as HTMLElement | null
    // Typing in the search box wins, and so does a focused button, list entry or checkbox taking its own Enter and
    // Space; every other key still reaches the viewer.
    if (
      target &&
      (target.matches('input:not([type=checkbox])') ||
        ((event.key === ' ' || event.key === 'Enter') && target.matches('button, [role=button], input')))
    ) {
      if (event.key === 'Escape') target.blur()
      return
    }
    const turns: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
    const handled = (() => {
      if (key === ' ' || key === 'p') return (actions.play(), true)
      if (key === '+' || key === '=') return (actions.ring(1), true)
      if (key === '-' || key === '−') return (actions.ring(-1), true)
      if (key === 'f') return (actions.frameChange(), true)
      if (key === 'Escape') return (actions.escape(), true)
      if (key === '/') return (actions.search(), true)
      const turn = turns[key]
      if (turn) return (actions.turn(...turn), true)
      return false
    })()
    if (handled) event.preventDefault()
  })
}
