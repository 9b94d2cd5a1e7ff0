package store

// Size is exported for the external test only.
func Size(s *Store) int { return len(s.items) }
