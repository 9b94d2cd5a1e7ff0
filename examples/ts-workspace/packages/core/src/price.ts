import type { Money } from './money'

export function price(items: readonly Money[]): Money {
  return { cents: items.reduce((sum, item) => sum + item.cents, 0), currency: items[0]?.currency ?? 'EUR' }
}
