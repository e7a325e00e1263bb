// The part of @babel/core the React Compiler test uses (the package ships no types).
declare module '@babel/core' {
  export function transformAsync(
    code: string,
    options: Record<string, unknown>,
  ): Promise<{ code?: string | null } | null>
}
