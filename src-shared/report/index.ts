export * from './report';
export * from './reasons';
export * from './labels';
export * from './csv';
export * from './stored';
