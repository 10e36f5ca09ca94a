// vitest globalSetup: compiles src/ to dist/ once so CLI tests run the real `silkalign` command.
// Type errors do not stop the build here; `npm run typecheck` reports them.
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
      stdio: 'pipe',
    });
  } catch {
    // tsc still emits on type errors; the typecheck step reports them.
  }
}
