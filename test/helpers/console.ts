/** Records console.warn calls until restored, so tests can count warnings instead of printing them. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}
