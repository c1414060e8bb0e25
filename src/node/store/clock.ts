// Time source for the stores, replaceable in tests.
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
