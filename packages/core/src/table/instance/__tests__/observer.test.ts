import { describe, expect, it } from 'vitest'
import type { Column } from '../../columns/Column'
import type { Row } from '../../rows/Row'
import type { HandedModel, TableObserver } from '../observer'
import { personTable } from './fixture'

/** An observer on a fake clock that advances 1 ms per read, recording every call. */
function recordingObserver() {
  let clock = 0
  const calls: string[] = []
  const released: { rows: readonly Row<unknown>[]; reason: string }[] = []
  const releasedColumns: { columns: readonly Column<unknown>[]; reason: string }[] = []
  const observer: TableObserver = {
    now: () => clock++,
    onStageBuild: (stage, duration, rowCount, inputRowCount) =>
      calls.push(`stage ${stage} ${duration}ms ${inputRowCount}->${rowCount}`),
    onRowModelBuild: (duration, rowCount) => calls.push(`rowModel ${duration}ms ${rowCount}`),
    onSelectionChange: (duration, selected) => calls.push(`selection ${duration}ms ${selected}`),
    onRowsReleased: (rows, reason) => released.push({ rows, reason }),
    onColumnsReleased: (columns, reason) => releasedColumns.push({ columns, reason }),
  }
  return { observer, calls, released, releasedColumns }
}

describe('the monitoring observer', () => {
  it('times each real stage build with input and output row counts, and the whole getRowModel', () => {
    // No sorting: the sorted stage passes its input through and is neither timed nor reported.
    const table = personTable(30, {
      initialState: { columnFilters: [{ id: 'status', value: 'single' }] },
    })
    const { observer, calls } = recordingObserver()
    table.setObserver(observer)
    table.getRowModel()
    expect(calls).toEqual([
      'stage core 1ms 30->30',
      'stage filtered 1ms 30->10',
      'stage paginated 1ms 10->10',
      'rowModel 7ms 10',
    ])
    calls.length = 0
    table.getRowModel()
    expect(calls).toEqual([])
    table.setSorting([{ id: 'age', desc: true }])
    table.getRowModel()
    expect(calls).toEqual([
      'stage sorted 1ms 10->10',
      'stage paginated 1ms 10->10',
      'rowModel 5ms 10',
    ])
  })

  it('reports selection changes with their cost and the selected count', () => {
    const table = personTable(10)
    const { observer, calls } = recordingObserver()
    table.setObserver(observer)
    table.toggleRowSelected('1')
    table.getRow('2')?.toggleSelected()
    table.toggleAllRowsSelected(true)
    table.setRowSelection({})
    expect(calls.filter((call) => call.startsWith('selection'))).toEqual([
      'selection 1ms 1',
      'selection 1ms 2',
      // toggleAll built the filtered model it acts on (a pass-through here: no filter).
      'selection 1ms 10',
      'selection 1ms 0',
    ])
  })

  it('reports released rows on setData and destroy, but only if the core model was built', () => {
    const table = personTable(5)
    const { observer, released, releasedColumns } = recordingObserver()
    table.setObserver(observer)
    table.setData([])
    expect(released).toEqual([])
    const rows = table.getCoreRowModel().rows
    table.setData(rows.map((row) => row.original))
    expect(released).toEqual([{ rows, reason: 'data' }])
    table.setData([])
    expect(released).toHaveLength(1)
    const second = table.getCoreRowModel().rows
    const columns = table.getAllColumns()
    table.destroy()
    expect(released[1]).toEqual({ rows: second, reason: 'destroy' })
    expect(releasedColumns).toEqual([{ columns, reason: 'destroy' }])
  })

  it('reports released columns on setColumns', () => {
    const table = personTable(2)
    const { observer, releasedColumns } = recordingObserver()
    table.setObserver(observer)
    const before = table.getAllColumns()
    table.setColumns([{ accessorKey: 'id' }])
    expect(releasedColumns).toEqual([{ columns: before, reason: 'columns' }])
  })

  it('reports the core rows rebuilt for new columns as released, once built', () => {
    const table = personTable(3)
    const { observer, released } = recordingObserver()
    table.setObserver(observer)
    const rows = table.getCoreRowModel().rows
    table.setColumns([{ accessorKey: 'id' }, { accessorKey: 'name' }])
    expect(released).toEqual([{ rows, reason: 'columns' }])
    table.setColumns([{ accessorKey: 'id' }])
    expect(released).toHaveLength(1)
  })

  it('an observer that throws reaches onError and never breaks the table', () => {
    const errors: unknown[] = []
    const table = personTable(5, { onError: (error) => errors.push(error) })
    const boom = (): never => {
      throw new Error('observer bug')
    }
    table.setObserver({
      now: () => 0,
      onStageBuild: boom,
      onRowModelBuild: boom,
      onSelectionChange: boom,
      onRowsReleased: boom,
    })
    expect(table.getRowModel().rows).toHaveLength(5)
    table.toggleRowSelected('1')
    table.setData([])
    // core and paginated stage builds, the getRowModel, the selection change, the release.
    expect(errors).toHaveLength(2 + 1 + 1 + 1)
  })

  it('is told the model each row-model getter returns, memo hits included', () => {
    const errors: unknown[] = []
    const table = personTable(30, { onError: (error) => errors.push(error) })
    const handed: HandedModel[] = []
    table.setObserver({ now: () => 0, onRowsHanded: (model) => handed.push(model) })
    const models = [
      table.getRowModel(),
      table.getRowModel(),
      table.getPaginationRowModel(),
      table.getCoreRowModel(),
      table.getFilteredRowModel(),
      table.getSortedRowModel(),
      table.getSelectedRowModel(),
    ]
    expect(handed).toHaveLength(models.length)
    handed.forEach((model, i) => {
      expect(model).toBe(models[i])
    })
    // Rows are made when the app reads them: until then the leak detector sees none.
    const core = handed[3] as HandedModel
    expect(core.count).toBe(30)
    expect(core.peekRows()).toBeUndefined()
    expect(models[3]?.rows).toHaveLength(30)
    expect(core.peekRows()).toBe(models[3]?.rows)
    // The table's own reads (page count, a row by id) hand nothing out.
    table.getPageCount()
    table.getCanNextPage()
    table.getRow('3')
    expect(handed).toHaveLength(models.length)
    // A throwing observer reaches onError; the getter still returns its model.
    table.setObserver({
      now: () => 0,
      onRowsHanded: () => {
        throw new Error('observer bug')
      },
    })
    expect(table.getRowModel().rows).toHaveLength(10)
    expect(errors).toHaveLength(1)
  })

  it('an observer with only now() is accepted, and detaching stops all calls', () => {
    const table = personTable(5)
    table.setObserver({ now: () => 0 })
    table.toggleRowSelected('1')
    expect(table.getRowModel().rows).toHaveLength(5)
    const { observer, calls } = recordingObserver()
    table.setObserver(observer)
    table.setObserver(undefined)
    table.setSorting([{ id: 'age', desc: true }])
    table.getRowModel()
    table.toggleRowSelected('2')
    expect(calls).toEqual([])
  })
})
