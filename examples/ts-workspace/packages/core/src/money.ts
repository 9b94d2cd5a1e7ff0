export interface Money {
  readonly cents: number
  readonly currency: 'EUR' | 'USD'
}

export const money = (cents: number, currency: Money['currency'] = 'EUR'): Money => ({ cents, currency })
