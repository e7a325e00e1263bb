// The list of vitest projects. Vitest 4 reads projects from `test.projects`;
// vitest.config.ts imports this list so there is one place to add a package.
export const projects = ['packages/core', 'packages/bench']

export default projects
