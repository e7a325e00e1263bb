import type { EventBus } from '../../events/EventBus'
import type { TableState } from '../types/state'

/**
 * Emits one `*:change` event per changed slice, then `state:change`. Payloads are built
 * only for event types that have listeners.
 */
export function emitStateChanges(bus: EventBus, state: TableState, previous: TableState): void {
  if (state.sorting !== previous.sorting && bus.hasListeners('sorting:change')) {
    bus.emit('sorting:change', { sorting: state.sorting, previousSorting: previous.sorting })
  }
  if (
    (state.columnFilters !== previous.columnFilters ||
      state.globalFilter !== previous.globalFilter) &&
    bus.hasListeners('filtering:change')
  ) {
    bus.emit('filtering:change', {
      columnFilters: state.columnFilters,
      previousColumnFilters: previous.columnFilters,
      globalFilter: state.globalFilter,
      previousGlobalFilter: previous.globalFilter,
    })
  }
  if (state.pagination !== previous.pagination && bus.hasListeners('pagination:change')) {
    bus.emit('pagination:change', {
      pagination: state.pagination,
      previousPagination: previous.pagination,
    })
  }
  if (state.rowSelection !== previous.rowSelection && bus.hasListeners('selection:change')) {
    bus.emit('selection:change', {
      rowSelection: state.rowSelection,
      previousRowSelection: previous.rowSelection,
    })
  }
  if (bus.hasListeners('state:change')) {
    bus.emit('state:change', { state, previousState: previous })
  }
}
