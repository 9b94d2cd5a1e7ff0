// Package money holds prices in cents, so that sums never round.
package money

import "fmt"

// Cents is an amount of money.
type Cents int64

func (c Cents) String() string { return fmt.Sprintf("%d.%02d", c/100, c%100) }
