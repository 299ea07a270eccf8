/** Theme and area ids ↔ small integers, shared by all rows of one cache. */
export class Dictionary {
  readonly values: string[] = []
  private readonly codes = new Map<string, number>()
  code(value: string): number {
    let c = this.codes.get(value)
    if (c === undefined) {
      c = this.values.length
      this.values.push(value)
      this.codes.set(value, c)
    }
    return c
  }

  /** The code of a value, or undefined when no row has it. */
  find(value: string): number | undefined {
    return this.codes.get(value)
  }
}
