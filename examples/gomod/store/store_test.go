package store_test

import (
	"testing"

	"example.com/gomod/store"
)

func TestPut(t *testing.T) {
	s := store.New()
	s.Put(store.Item{Name: "tea", Price: 350, Count: 2})
	if store.Size(s) != 1 {
		t.Fatal("one item expected")
	}
}
