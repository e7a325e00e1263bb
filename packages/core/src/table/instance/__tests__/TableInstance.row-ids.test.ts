import { describe, expect, it } from 'vitest'
import { GridKitError } from '../../../errors/GridKitError'
import { createTable } from '../../factory/create-table'

interface Item {
  id: number | string
  name: string
}

function tableOf(items: Item[], getRowId: (item: Item) => unknown) {
  return createTable<Item>({
    data: items,
    columns: [{ accessorKey: 'name' }],
    getRowId: getRowId as (item: Item) => string,
  })
}

describe('row ids are strings everywhere (issue 9)', () => {
  it('numeric ids become strings: getRow, selection and row.id all use "5"', () => {
    const table = createTable<Item>({
      data: [
        { id: 5, name: 'five' },
        { id: 7, name: 'seven' },
      ],
      columns: [{ accessorKey: 'name' }],
      getRowId: (item) => item.id,
    })
    expect(table.getRow('5')?.original.name).toBe('five')
    expect(table.getCoreRowModel().rows.map((row) => row.id)).toEqual(['5', '7'])
    table.toggleRowSelected('5')
    expect(table.getRow('5')?.getIsSelected()).toBe(true)
    expect(table.getSelectedRowModel().rows.map((row) => row.original.name)).toEqual(['five'])
  })

  it('duplicate ids: getRow finds the first in data order, and selecting the id selects every such row', () => {
    const table = tableOf(
      [
        { id: 'a', name: 'first' },
        { id: 'b', name: 'other' },
        { id: 'a', name: 'second' },
      ],
      (item) => item.id,
    )
    expect(table.getRow('a')?.original.name).toBe('first')
    table.toggleRowSelected('a')
    expect(table.getSelectedRowModel().rows.map((row) => row.original.name)).toEqual([
      'first',
      'second',
    ])
  })

  it("an empty id is a valid id ('')", () => {
    const table = tableOf(
      [
        { id: '', name: 'blank' },
        { id: 'x', name: 'x' },
      ],
      (item) => item.id,
    )
    expect(table.getRow('')?.original.name).toBe('blank')
    table.toggleRowSelected('')
    expect(table.getState().rowSelection).toEqual({ '': true })
  })

  it('an id that is neither string nor number throws INVALID_ROW_ID naming getRowId and the index', () => {
    const table = tableOf(
      [
        { id: 1, name: 'one' },
        { id: 2, name: 'two' },
      ],
      (item) => (item.id === 2 ? { id: 2 } : item.id),
    )
    // Ids are computed on first use: building the rows does not call getRowId.
    expect(table.getRowModel().rows[0]?.id).toBe('1')
    let error: unknown
    try {
      table.getRow('1')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(GridKitError)
    expect((error as GridKitError).code).toBe('INVALID_ROW_ID')
    expect((error as GridKitError).message).toContain('"getRowId"')
    expect((error as GridKitError).message).toContain('index 1')
  })
})

describe('row ids are computed on first use (issue 13: 1M-row builds)', () => {
  it('building the row models calls getRowId for no row; reading an id calls it once for that row', () => {
    let calls = 0
    const table = createTable<Item>({
      data: Array.from({ length: 1000 }, (_, i) => ({ id: i, name: `n${i}` })),
      columns: [{ accessorKey: 'name' }],
      getRowId: (item) => {
        calls++
        return item.id
      },
    })
    table.setSorting([{ id: 'name', desc: true }])
    const page = table.getRowModel().rows
    expect(calls).toBe(0)
    expect(page.map((row) => row.id)).toEqual([
      '999',
      '998',
      '997',
      '996',
      '995',
      '994',
      '993',
      '992',
      '991',
      '990',
    ])
    expect(page.map((row) => row.id)).toHaveLength(10)
    expect(calls).toBe(10)
    expect(table.getRow('5')?.original.name).toBe('n5')
    expect(calls).toBe(1000)
  })

  it('rows of replaced data keep their own ids, each computed once, and a row holds no id field', () => {
    let calls = 0
    const table = createTable<Item>({
      data: [{ id: 'a', name: 'first' }],
      columns: [{ accessorKey: 'name' }],
      getRowId: (item) => {
        calls++
        return item.id
      },
    })
    const [old] = table.getCoreRowModel().rows
    expect(old?.id).toBe('a')
    table.setData([{ id: 'b', name: 'second' }])
    const [fresh] = table.getCoreRowModel().rows
    expect(fresh?.id).toBe('b')
    expect([old?.id, fresh?.id, old?.id, fresh?.id]).toEqual(['a', 'b', 'a', 'b'])
    expect(calls).toBe(2)
    // index, original and the host: the id lives with the model's host (issue 13, 1M rows).
    expect(Object.keys(fresh as object)).toHaveLength(3)
  })
})
