interface PageGlobals {
  addEventListener?: (type: string, listener: () => void) => void
  removeEventListener?: (type: string, listener: () => void) => void
  document?: {
    visibilityState?: string
    addEventListener?: (type: string, listener: () => void) => void
    removeEventListener?: (type: string, listener: () => void) => void
  }
}

/**
 * Calls `onExit` when the page may be going away: `pagehide` (closing, navigating away, the
 * back/forward cache) and `visibilitychange` to hidden (a tab switched away, often the last
 * event a mobile page gets). Returns a function that stops watching. Does nothing outside
 * browsers. Listeners are added as methods of their own targets (issue 10 §2).
 */
export function watchPageExit(onExit: () => void, scope: PageGlobals = globalThis): () => void {
  const { document } = scope
  if (typeof scope.addEventListener !== 'function' || document === undefined) return () => {}
  const onPageHide = (): void => {
    onExit()
  }
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') onExit()
  }
  scope.addEventListener('pagehide', onPageHide)
  document.addEventListener?.('visibilitychange', onVisibility)
  return () => {
    scope.removeEventListener?.('pagehide', onPageHide)
    document.removeEventListener?.('visibilitychange', onVisibility)
  }
}
