export * from './primitives';
export * from './records';
export * from './settings';
export * from './document';
export * from './migrations';
