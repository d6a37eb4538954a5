/**
 * An error the pack command reports to the person running it and then exits 1 on: it carries
 * every line to print (all missing files at once, not the first only), no stack trace.
 */
export class CommandError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
    this.name = 'CommandError';
  }
}
