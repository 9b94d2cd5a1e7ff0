#!/usr/bin/env bash
# The real-world check: Django 4.2.28's graph against the reference figures of CONTRACTS.md §4, and
# the extractor against CPython's ast on every one of its files. Needs Debian's source packages.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(bash ../shared/corpora/get-django.sh)
DJANGO_DIR=$dir NODE_OPTIONS=--experimental-vm-modules npx jest __tests__/corpus __tests__/python-names/django-names.test.ts __tests__/report/django-report.test.ts __tests__/action/django.test.ts --verbose
node dist/cli.js impact django/dispatch/dispatcher.py --repo "$dir"
