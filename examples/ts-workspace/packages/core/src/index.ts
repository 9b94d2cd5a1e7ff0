export * from './price'
export { money } from './money'
export type { Money } from './money'
