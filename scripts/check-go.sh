#!/usr/bin/env bash
# The real-world check for Go (not in CI): real projects from Debian's source packages, each one's
# graph against `go list` (CONTRACTS.md §6; figures in docs/contracts.md). Needs deb-src lines for
# `apt-get source --download-only` and Debian's golang-go. Each package's upstream tarball (.orig,
# without Debian's patches) is unpacked below $GO_CORPUS_DIR (default /tmp/blast-radius-go-corpus)
# into the folder it names, never into this repository; go list runs on copies of them.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${GO_CORPUS_DIR:-/tmp/blast-radius-go-corpus}
packages=(golang-github-spf13-cobra golang-github-prometheus-client-golang golang-golang-x-tools hugo etcd)
mkdir -p "$corpus"
trees=()
for package in "${packages[@]}"; do
  orig=$(find "$corpus" -maxdepth 1 -name "${package}_*.orig.tar.*" | head -n1)
  if [ -z "$orig" ]; then
    # Where the mirror lacks the .dsc (client_golang), apt-get fails after fetching the tarball, which will do.
    (cd "$corpus" && apt-get source --download-only "$package" >/dev/null 2>&1) || true
    orig=$(find "$corpus" -maxdepth 1 -name "${package}_*.orig.tar.*" | head -n1)
  fi
  [ -n "$orig" ] || { echo "cannot fetch $package (apt-get update? deb-src lines?)" >&2; exit 2; }
  top=$( (tar -tf "$orig" || true) | head -n1 | cut -d/ -f1)
  [ -d "$corpus/$top" ] || tar -xf "$orig" -C "$corpus"
  trees+=("$corpus/$top")
done
GO_CORPUS=$(IFS=:; echo "${trees[*]}") NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/go/real-world __tests__/go/extraction-oracle --verbose
