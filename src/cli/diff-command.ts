import type { Command } from 'commander';

/** `policy-parse diff A B` (the implementation is loaded only when the command runs). */
export function registerDiff(program: Command): void {
  void program;
}
