/** Collects parameters and WHERE conditions for a hand-written query. */
export class SqlBuilder {
  readonly params: unknown[] = [];
  private readonly conditions: string[] = [];

  /** Adds a parameter and answers its placeholder ($n). */
  param(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  where(condition: string): this {
    this.conditions.push(condition);
    return this;
  }

  whereClause(): string {
    return this.conditions.length > 0 ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}
