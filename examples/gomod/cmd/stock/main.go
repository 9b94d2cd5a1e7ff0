// Command stock prints a sample stock.
package main

import (
	"os"

	"example.com/gomod/report"
	"example.com/gomod/store"
)

func main() {
	s := store.New()
	s.Put(store.Item{Name: "tea", Price: 350, Count: 2})
	s.Put(store.Item{Name: "honey", Price: 899, Count: 1})
	report.Write(os.Stdout, s)
}
