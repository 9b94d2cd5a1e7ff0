//go:build debug

package store

import "log"

// Only in a `go build -tags debug` build; the graph keeps it all the same.
func init() { log.Println("store: debug build") }
