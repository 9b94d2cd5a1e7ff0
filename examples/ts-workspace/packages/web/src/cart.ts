import { price, type Money } from '@demo/core'
import { format } from '@web/format'

export function total(items: readonly Money[]): string {
  return format(price(items))
}

export async function checkout(items: readonly Money[]): Promise<string> {
  // Loaded only when someone checks out.
  const { pay } = await import('./payment')
  return pay(price(items))
}
