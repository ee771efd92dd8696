/** Ids of the generic scales any framework may use (see `generic.ts`); kept apart so the
 * framework schema can check scale references without importing the scales themselves. */
export const genericScaleIds: readonly string[] = ['agreement-5', 'frequency-5', 'percent-100'];
