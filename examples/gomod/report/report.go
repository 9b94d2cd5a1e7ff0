// Package report prints the stock.
package report

import (
	"fmt"
	"io"

	"example.com/gomod/internal/money"
	"example.com/gomod/store"
)

// Write prints each item and the value of the whole stock.
func Write(w io.Writer, s *store.Store) {
	var total money.Cents
	for _, item := range s.Items() {
		value := item.Price * money.Cents(item.Count)
		total += value
		fmt.Fprintf(w, "%-10s %3d × %s\n", item.Name, item.Count, item.Price)
	}
	fmt.Fprintf(w, "total %s\n", total)
}
