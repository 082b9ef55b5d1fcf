// A copy of a string cut out of a larger one. V8 keeps the whole of a string alive behind every
// slice of it, so what outlives a parser's input or a read buffer (a name kept for a whole corpus)
// must be copied out of it.

export function detached(text: string): string;
export function detached(text: string | undefined): string | undefined;
export function detached(text: string | undefined): string | undefined {
  return text === undefined ? undefined : Buffer.from(text).toString();
}
