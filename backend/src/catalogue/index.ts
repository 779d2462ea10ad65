export * from './tables';
export * from './functions';
export * from './routes';
export * from './wiring';
export * from './keeper-rows';
export * from './product-metrics';
