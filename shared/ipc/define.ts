import type { z } from 'zod';

/**
 * A channel pairs the schema its input must pass (the renderer is untrusted) with the type its
 * output has. The output type exists only for the compiler: `returns<T>()` carries it.
 */
export interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  output: Phantom<O>;
}

declare const phantom: unique symbol;
export interface Phantom<T> {
  readonly [phantom]?: T;
}

export const returns = <T>(): Phantom<T> => ({});

export const channel = <I extends z.ZodType, O>(
  input: I,
  output: Phantom<O>,
): ChannelSpec<I, O> => ({
  input,
  output,
});
