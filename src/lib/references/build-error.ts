/**
 * The error the plugins throw to stop the build: ContentErrors (src/lib/errors)
 * (every problem, formatted, in the message), with a `toString()` that leaves
 * the details out. Astro's error overlay guesses "Browser APIs are not available
 * on the server" for any error whose toString() mentions "document", which
 * these messages do; with a short toString() it shows our hint instead.
 */
import { ContentErrors, type ContentError } from '../errors/content-error.ts';

export class ContentBuildError extends ContentErrors {
  readonly hint = 'Each problem above names the file, line and column to fix.';

  constructor(errors: ContentError[]) {
    super(errors);
    this.name = 'ContentErrors';
  }

  override toString(): string {
    return `${this.name}: ${this.errors.length} content problem${this.errors.length === 1 ? '' : 's'}`;
  }
}
