// Package store keeps the stock of a small shop.
package store

import "example.com/gomod/internal/money"

// Item is one product on the shelf.
type Item struct {
	Name  string
	Price money.Cents
	Count int
}
