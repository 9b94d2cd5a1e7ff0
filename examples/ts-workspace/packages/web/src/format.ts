import type { Money } from '@demo/core'

export const format = (amount: Money): string => `${(amount.cents / 100).toFixed(2)} ${amount.currency}`
