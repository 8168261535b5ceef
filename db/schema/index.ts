export * from './programmes'
export * from './directory'
export * from './sites'
export * from './meetings'
