import { describe, expect, it } from 'vitest'
import { createTable } from '../create-monitored-table'
import { collectGarbage } from '../../memory/__tests__/collectGarbage'

// Rows are made on first read (issue 13): a row model the app keeps after setData holds the
// old core build (it can still make every row), except a page whose rows were read.
function make(n: number, tag: string) {
  return Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}`, v: i % 97 }))
}

function keepAfterSetData(keep: 'core' | 'page') {
  let data: { id: string; v: number }[] | undefined = make(5000, 'a')
  const dataRef = new WeakRef(data)
  const table = createTable({
    data,
    columns: [{ accessorKey: 'v' }],
    getRowId: (o) => o.id,
    features: { performance: { memory: { leakDetection: 'sampled', gracePeriodMs: 0 } } },
  })
  data = undefined
  const page = table.getRowModel()
  expect(page.rows).toHaveLength(10)
  const kept = keep === 'core' ? table.getCoreRowModel() : page
  table.setData(make(10, 'b'))
  return { table, dataRef, kept: [kept] }
}

describe('a row model kept by the app after setData', () => {
  it('a kept core row model, its rows never read, is reported as every row of the build', async () => {
    const { table, kept } = keepAfterSetData('core')
    await collectGarbage()
    await collectGarbage()
    expect(table.metrics.detectMemoryLeaks()).toMatchObject([{ count: 5000, estimated: false }])
    expect(kept).toHaveLength(1)
  })

  it('a kept page model whose rows were read holds its rows, not the whole old data array', async () => {
    const { dataRef, kept } = keepAfterSetData('page')
    await collectGarbage()
    await collectGarbage()
    expect(dataRef.deref()).toBeUndefined()
    expect(kept).toHaveLength(1)
  })
})

describe('a disabled monitor registers nothing a table releases', () => {
  it('neither rows nor columns', async () => {
    const table = createTable({
      data: make(100, 'a'),
      columns: [{ accessorKey: 'v' }],
      features: { performance: { memory: { leakDetection: 'full', gracePeriodMs: 0 } } },
    })
    const kept = [table.getRowModel().rows, table.getAllColumns()]
    table.metrics.setEnabled(false)
    table.setColumns([{ accessorKey: 'v' }, { accessorKey: 'id' }])
    table.metrics.setEnabled(true)
    await collectGarbage()
    await collectGarbage()
    expect(table.metrics.detectMemoryLeaks()).toEqual([])
    expect(kept).toHaveLength(2)
  })
})
