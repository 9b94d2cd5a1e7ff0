package store

import "sort"

// Store is the stock, by name.
type Store struct{ items map[string]Item }

func New() *Store { return &Store{items: map[string]Item{}} }

func (s *Store) Put(item Item) { s.items[item.Name] = item }

// Items lists the stock in name order.
func (s *Store) Items() []Item {
	list := make([]Item, 0, len(s.items))
	for _, item := range s.items {
		list = append(list, item)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}
