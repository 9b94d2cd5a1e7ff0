// The oracle for Go extraction: Go's own parser (go/parser, ImportsOnly, as go/build reads a file's
// header) on each file named on stdin, one JSON line per file: its package clause, its imports with
// the line of each path, and the line of the first error, if any. A line of input is a path, or a
// path, a tab and a byte count: go/build hands the parser only the header its import reader found,
// and the count says where that ends.
package main

import (
	"bufio"
	"encoding/json"
	"go/parser"
	"go/scanner"
	"go/token"
	"os"
	"strconv"
	"strings"
)

type result struct {
	File      string   `json:"file"`
	Package   string   `json:"package"`
	Imports   [][2]any `json:"imports"`
	ErrorLine int      `json:"errorLine,omitempty"`
	Failure   string   `json:"failure,omitempty"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := json.NewEncoder(os.Stdout)
	for in.Scan() {
		name, limit, cut := strings.Cut(in.Text(), "\t")
		r := result{File: name, Imports: [][2]any{}}
		src, err := os.ReadFile(name)
		if n, _ := strconv.Atoi(limit); err == nil && cut && n <= len(src) {
			src = src[:n]
		}
		if err != nil {
			r.Failure = err.Error()
		} else {
			fset := token.NewFileSet()
			f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
			if list, ok := err.(scanner.ErrorList); ok && len(list) > 0 {
				r.ErrorLine = list[0].Pos.Line
			} else if err != nil {
				r.Failure = err.Error()
			}
			if f != nil && f.Name != nil {
				r.Package = f.Name.Name
				for _, spec := range f.Imports {
					path, _ := strconv.Unquote(spec.Path.Value)
					r.Imports = append(r.Imports, [2]any{path, fset.Position(spec.Path.Pos()).Line})
				}
			}
		}
		out.Encode(r)
	}
}
