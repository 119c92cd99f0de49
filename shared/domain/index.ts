export * from './primitives';
export * from './records';
export * from './rules';
export * from './settings';
export * from './document';
export * from './migrations';
export * from './blank-entry';
export * from './tag-names';
