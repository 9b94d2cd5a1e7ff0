import type { Money } from '@demo/core'

export async function pay(amount: Money): Promise<string> {
  return `paid ${amount.cents}`
}
