// Cuts a byte stream into pieces that end at a delimiter (`</DOC>`, a newline), chunk by chunk,
// holding at most one unfinished piece: a piece that grows past the limit is dropped unread and
// reported, and the stream goes on after its delimiter. Working on bytes keeps multi-byte
// characters whole and lets each piece be decoded, and refused, on its own.

export interface Piece {
  bytes: Buffer;
  /** The piece outgrew the limit: `bytes` is empty and the piece was skipped up to its delimiter. */
  oversized?: boolean;
}

export class DelimitedSplitter {
  private carry: Buffer = Buffer.alloc(0);
  private skipping = false;

  constructor(
    private readonly delimiter: Buffer,
    private readonly maxBytes: number,
  ) {}

  /** The pieces completed by this chunk, delimiter included. */
  push(chunk: Buffer): Piece[] {
    const pieces: Piece[] = [];
    let buffer = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : chunk;
    // Look for the delimiter only where it can start: not inside the part already searched.
    let searchFrom = Math.max(0, this.carry.length - this.delimiter.length + 1);
    for (;;) {
      const at = buffer.indexOf(this.delimiter, searchFrom);
      if (at < 0) break;
      const end = at + this.delimiter.length;
      pieces.push(this.skipping ? { bytes: Buffer.alloc(0), oversized: true } : { bytes: buffer.subarray(0, end) });
      this.skipping = false;
      buffer = buffer.subarray(end);
      searchFrom = 0;
    }
    if (!this.skipping && buffer.length > this.maxBytes) {
      this.skipping = true;
    }
    // Keep only what a delimiter may still complete; while skipping, only a possible delimiter's start.
    this.carry = Buffer.from(this.skipping ? buffer.subarray(Math.max(0, buffer.length - this.delimiter.length + 1)) : buffer);
    return pieces;
  }

  /** What is left at the end of the stream: a last piece without its delimiter, if any. */
  end(): Piece | undefined {
    const rest = this.carry;
    this.carry = Buffer.alloc(0);
    if (this.skipping) return { bytes: Buffer.alloc(0), oversized: true };
    return rest.length > 0 ? { bytes: rest } : undefined;
  }
}
