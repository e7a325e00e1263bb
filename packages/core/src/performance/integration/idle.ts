/** Runs a task later. */
export type TaskScheduler = (task: () => void) => void

/** Runs a task later; returns a function that cancels it. */
export type CancellableScheduler = (task: () => void) => () => void

interface IdleGlobals {
  requestIdleCallback?: (callback: () => void) => number
  cancelIdleCallback?: (handle: number) => void
  document?: { visibilityState?: string }
}

// Globals are read at call time and called as plain functions (`this` undefined), never kept
// as a property of an object: browsers throw "Illegal invocation" when a Window method runs
// with another `this` (issue 10 §2).
const scope = (): IdleGlobals => globalThis

/**
 * Runs `task` when the thread is idle: `requestIdleCallback` where the runtime has it, a
 * macrotask otherwise (Node's timer is unref'd, so it never holds a process open).
 */
export const scheduleWhenIdle: CancellableScheduler = (task) => {
  const { requestIdleCallback: requestIdle, cancelIdleCallback: cancelIdle } = scope()
  if (typeof requestIdle === 'function' && typeof cancelIdle === 'function') {
    const id = requestIdle(() => {
      task()
    })
    return () => {
      cancelIdle(id)
    }
  }
  const handle = setTimeout(task, 0)
  if (typeof handle === 'object' && typeof handle.unref === 'function') handle.unref()
  return () => {
    clearTimeout(handle)
  }
}

/** Runs `task` in a microtask, after the synchronous work in progress. */
export const scheduleMicrotask: TaskScheduler = (task) => {
  queueMicrotask(task)
}

/** Whether the page is hidden (a background tab, a minimised window); false outside browsers. */
export function isPageHidden(): boolean {
  return scope().document?.visibilityState === 'hidden'
}
