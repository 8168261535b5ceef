// The store fixtures now live in tests/support/store.ts; this re-export keeps the test files not
// yet moved over (they import './support') working until they are.
export { FIXED_NOW, snapshot, testApi, type TestApi } from '../support/store'
