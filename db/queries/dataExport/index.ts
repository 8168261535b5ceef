// Queries for the programme data export: one flat read per kind of record (see programmeRows.ts),
// grouped by what the records are about, and the count of each kind.
export * from './partnership'
export * from './meetings'
export * from './outcomes'
export * from './changes'
export * from './counts'
