import { money } from '@demo/core'
import { checkout, total } from './cart'

jest.mock('./payment', () => ({ pay: async () => 'mocked' }))

test('the total of a cart', () => {
  expect(total([money(150), money(250)])).toBe('4.00 EUR')
})

test('checkout pays through the payment module', async () => {
  expect(await checkout([money(100)])).toBe('mocked')
})
