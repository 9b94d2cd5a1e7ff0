package report

import (
	"strings"
	"testing"

	"example.com/gomod/store"
)

func TestWrite(t *testing.T) {
	s := store.New()
	s.Put(store.Item{Name: "tea", Price: 350, Count: 2})
	var out strings.Builder
	Write(&out, s)
	if !strings.Contains(out.String(), "total 7.00") {
		t.Fatal(out.String())
	}
}
