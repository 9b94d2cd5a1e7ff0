#!/usr/bin/env bash
# The real-world check for Go (not in CI): real projects from Debian's source packages, each one's
# graph against `go list` (CONTRACTS.md §6; figures in docs/contracts.md). Needs apt-get source
# (deb-src lines) and Debian's golang-go. Sources are unpacked below $GO_CORPUS_DIR (default
# /tmp/blast-radius-go-corpus), never into this repository; go list runs on copies of them.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${GO_CORPUS_DIR:-/tmp/blast-radius-go-corpus}
packages=(golang-github-spf13-cobra golang-github-prometheus-client-golang golang-golang-x-tools)
mkdir -p "$corpus"
trees=()
for package in "${packages[@]}"; do
  tree=$(find "$corpus" -mindepth 1 -maxdepth 1 -type d -name "$package-*" | head -n1)
  if [ -z "$tree" ]; then
    # apt-get source unpacks with the Debian patches; where the .dsc cannot be had, the upstream tarball it fetched will do.
    (cd "$corpus" && apt-get source "$package" >/dev/null 2>&1) || true
    tree=$(find "$corpus" -mindepth 1 -maxdepth 1 -type d -name "$package-*" | head -n1)
  fi
  if [ -z "$tree" ]; then
    orig=$(find "$corpus" -maxdepth 1 -name "${package}_*.orig.tar.*" | head -n1)
    [ -n "$orig" ] || { echo "cannot fetch $package (apt-get update? deb-src lines?)" >&2; exit 2; }
    tree="$corpus/$package-upstream"
    mkdir -p "$tree" && tar -xf "$orig" -C "$tree" --strip-components=1
  fi
  trees+=("$tree")
done
GO_CORPUS=$(IFS=:; echo "${trees[*]}") NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/go/real-world __tests__/go/extraction-oracle --verbose
