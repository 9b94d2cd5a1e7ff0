/** The file's bytes did not hold what their layout says: the whole cache is then ignored. */
export class DamagedCache extends Error {}

/** An append-only byte buffer that grows by doubling, with the cache's unsigned LEB128 integers. */
export class ByteWriter {
  private buffer = Buffer.allocUnsafe(1 << 16)
  private at = 0

  /** Starts over in the same buffer (what `result` gave before is overwritten). */
  reset(): void {
    this.at = 0
  }

  byte(value: number): void {
    this.room(1)
    this.buffer[this.at++] = value
  }

  /** A whole number from 0 to 2^53 − 1, seven bits a byte, low bits first. */
  uint(value: number): void {
    this.room(8)
    while (value >= 0x80) {
      this.buffer[this.at++] = (value % 0x80) | 0x80
      value = Math.floor(value / 0x80)
    }
    this.buffer[this.at++] = value
  }

  float(value: number): void {
    this.room(8)
    this.buffer.writeDoubleLE(value, this.at)
    this.at += 8
  }

  bytes(source: Uint8Array): void {
    this.room(source.length)
    this.buffer.set(source, this.at)
    this.at += source.length
  }

  /** A string as its UTF-8 length in bytes, then those bytes. */
  text(value: string): void {
    const length = Buffer.byteLength(value, 'utf8')
    this.uint(length)
    this.room(length)
    this.at += this.buffer.write(value, this.at, 'utf8')
  }

  /** Appends source[start, end), without making a view of it. */
  copy(source: Buffer, start: number, end: number): void {
    this.room(end - start)
    source.copy(this.buffer, this.at, start, end)
    this.at += end - start
  }

  /** The bytes written so far (a view: copy it before writing more if it must stay as it is). */
  result(): Buffer {
    return this.buffer.subarray(0, this.at)
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return
    let size = this.buffer.length * 2
    while (size < this.at + bytes) size *= 2
    const grown = Buffer.allocUnsafe(size)
    this.buffer.copy(grown, 0, 0, this.at)
    this.buffer = grown
  }
}

/** Reads what ByteWriter wrote; every read past the end, or an integer too long, throws DamagedCache. */
export class ByteReader {
  constructor(
    readonly buffer: Buffer,
    public at = 0,
    private readonly end = buffer.length,
  ) {}

  get done(): boolean {
    return this.at >= this.end
  }

  /** How many bytes are left to read. */
  get left(): number {
    return this.end - this.at
  }

  byte(): number {
    if (this.at >= this.end) throw new DamagedCache('ends early')
    return this.buffer[this.at++]!
  }

  uint(): number {
    // Most integers are below 128, one byte: read without the loop.
    const first = this.at < this.end ? this.buffer[this.at]! : 0x80
    if (first < 0x80) {
      this.at++
      return first
    }
    let value = 0
    let scale = 1
    for (;;) {
      const b = this.byte()
      value += (b & 0x7f) * scale
      if (b < 0x80) return value
      scale *= 0x80
      if (scale > 2 ** 49) throw new DamagedCache('an integer runs too long')
    }
  }

  float(): number {
    if (this.at + 8 > this.end) throw new DamagedCache('ends early')
    const value = this.buffer.readDoubleLE(this.at)
    this.at += 8
    return value
  }

  /** Moves past the next `length` bytes. */
  skip(length: number): void {
    if (this.at + length > this.end) throw new DamagedCache('ends early')
    this.at += length
  }

  /** The next `length` bytes, as a view. */
  take(length: number): Buffer {
    if (this.at + length > this.end) throw new DamagedCache('ends early')
    const taken = this.buffer.subarray(this.at, this.at + length)
    this.at += length
    return taken
  }
}
