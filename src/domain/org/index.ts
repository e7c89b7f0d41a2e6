export * from './org-lookup';
export * from './org-types';
export * from './parse-org-file';
