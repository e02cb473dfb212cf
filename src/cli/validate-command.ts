import type { Command } from 'commander';

/** `policy-parse validate FILES…` (the implementation is loaded only when the command runs). */
export function registerValidate(program: Command): void {
  void program;
}
