/**
 * A query parameter (REST) or argument (GraphQL) that is malformed or out of range. Both doors
 * turn it into a client error naming the parameter: never a silent clamp, never a 500.
 */
export class InvalidParameterError extends Error {
  constructor(
    readonly parameter: string,
    readonly reason: string,
  ) {
    super(`${parameter}: ${reason}`);
    this.name = 'InvalidParameterError';
  }
}
