export * from './china-time';
export * from './work-calendar';
export * from './working-days';
export * from './working-time';
