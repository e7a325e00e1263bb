import { transformAsync } from '@babel/core'
import { act, render, screen } from '@testing-library/react'
import * as React from 'react'
import * as compilerRuntime from 'react/compiler-runtime'
import { describe, expect, it } from 'vitest'
import * as gridkitReact from '../index'
import { peopleColumns } from './fixture'

// An app component as a user writes it; the React Compiler memoizes everything derived from
// `table`, so it shows new rows only if the hook returns a new value after each change.
const source = `
import { createElement } from 'react'
import { useGridEnhancedTable } from '@gridkit/react'

export function SortedNames({ data, columns }) {
  const table = useGridEnhancedTable({ data, columns })
  const rows = table.getRowModel().rows
  return createElement(
    'div',
    null,
    createElement('button', { onClick: () => table.toggleSorting('name') }, 'sort'),
    createElement('ol', null, rows.map((row) => createElement('li', { key: row.id }, String(row.getValue('name'))))),
  )
}
`

interface CompilerEvent {
  kind: string
  fnName?: string | null
}

async function compile(): Promise<{ code: string; events: CompilerEvent[] }> {
  const events: CompilerEvent[] = []
  const result = await transformAsync(source, {
    filename: 'SortedNames.js',
    babelrc: false,
    configFile: false,
    plugins: [
      [
        'babel-plugin-react-compiler',
        {
          target: '19',
          panicThreshold: 'all_errors',
          logger: { logEvent: (_file: string, event: CompilerEvent) => events.push(event) },
        },
      ],
    ],
  })
  return { code: result?.code ?? '', events }
}

/** Runs the compiled module with its three imports supplied. */
function load(code: string): React.FC<{ data: unknown[]; columns: unknown[] }> {
  const body = code
    .replace(
      /^import \{ c as _c \} from "react\/compiler-runtime";$/m,
      'const { c: _c } = runtime;',
    )
    .replace(/^import \{ createElement \} from 'react';$/m, 'const { createElement } = react;')
    .replace(
      /^import \{ useGridEnhancedTable \} from '@gridkit\/react';$/m,
      'const { useGridEnhancedTable } = gridkit;',
    )
    .replace('export function SortedNames', 'function SortedNames')
  expect(body).not.toMatch(/^import /m)
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- evaluating the compiler's output is the test
  const factory = new Function('runtime', 'react', 'gridkit', `${body}\nreturn SortedNames`) as (
    ...deps: unknown[]
  ) => React.FC<{ data: unknown[]; columns: unknown[] }>
  return factory(compilerRuntime, React, gridkitReact)
}

describe('React Compiler', () => {
  it('compiles a component using the hook without bailing out, and it still updates', async () => {
    const { code, events } = await compile()
    expect(events.filter((event) => event.kind !== 'CompileSuccess')).toEqual([])
    expect(events).toContainEqual(
      expect.objectContaining({ kind: 'CompileSuccess', fnName: 'SortedNames' }),
    )
    expect(code).toContain('_c(')
    const SortedNames = load(code)
    const data = [
      { id: 0, name: 'carol', age: 1 },
      { id: 1, name: 'alice', age: 2 },
      { id: 2, name: 'bob', age: 3 },
    ]
    render(<SortedNames data={data} columns={peopleColumns} />)
    const names = () => screen.getAllByRole('listitem').map((item) => item.textContent)
    expect(names()).toEqual(['carol', 'alice', 'bob'])
    act(() => screen.getByRole('button').click())
    expect(names()).toEqual(['alice', 'bob', 'carol'])
  }, 30_000) // loading Babel and the compiler takes seconds on a busy machine
})
