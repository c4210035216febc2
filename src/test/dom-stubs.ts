/** What jsdom lacks and the app's components use (imported by *.test.tsx only). */

/** jsdom lacks `document.fonts` (Mantine's autosize textarea listens to it). */
export function stubDocumentFonts() {
  if (typeof document !== 'undefined' && !('fonts' in document)) {
    Object.defineProperty(document, 'fonts', { configurable: true, value: { addEventListener() {}, removeEventListener() {}, ready: Promise.resolve() } });
  }
}
