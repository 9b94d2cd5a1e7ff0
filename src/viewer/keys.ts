/** What the keyboard does, so the viewer works without a mouse. */
export interface KeyActions {
  play(): void
  ring(delta: number): void
  turn(dx: number, dy: number): void
  frameChange(): void
  escape(): void
  search(): void
}

/** The keys, as the help line lists them: Space play, + and − rings, arrows turn, F the change, / search, Esc close. */
export function wireKeys(actions: KeyActions): void {
  window.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null
    // Typing in the search box, or a focused button or list entry taking its own Enter and Space, wins.
    if (
      target &&
      (target.tagName === 'INPUT' || ((event.key === ' ' || event.key === 'Enter') && target.matches('button, [role=button]')))
    ) {
      if (event.key === 'Escape') target.blur()
      return
    }
    const turns: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] }
    const handled = (() => {
      if (event.key === ' ' || event.key === 'p') return (actions.play(), true)
      if (event.key === '+' || event.key === '=') return (actions.ring(1), true)
      if (event.key === '-' || event.key === '−') return (actions.ring(-1), true)
      if (event.key === 'f') return (actions.frameChange(), true)
      if (event.key === 'Escape') return (actions.escape(), true)
      if (event.key === '/') return (actions.search(), true)
      const turn = turns[event.key]
      if (turn) return (actions.turn(...turn), true)
      return false
    })()
    if (handled) event.preventDefault()
  })
}
