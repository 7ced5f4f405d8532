/** Exit codes (textlint/knip convention). */
export const EXIT_OK = 0;
/** The run finished, but some documents failed (each is named on stderr). */
export const EXIT_DOCUMENTS_FAILED = 1;
/** Usage error or a fatal problem before or outside any single document. */
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override name = 'UsageError';
}
