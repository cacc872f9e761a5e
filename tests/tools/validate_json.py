#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Validates a JSON document against a JSON Schema with Debian's python3-jsonschema.

  validate_json.py SCHEMA DOCUMENT
Exit 0 when valid, 1 with every error on stderr, 77 when jsonschema is not installed.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (scripts/install-test-tools.sh)", file=sys.stderr)
    sys.exit(77)

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
with open(sys.argv[2], encoding="utf-8") as f:
    document = json.load(f)
validator = jsonschema.validators.validator_for(schema)(schema)
errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
for error in errors:
    print("/".join(str(p) for p in error.absolute_path) + ": " + error.message, file=sys.stderr)
sys.exit(1 if errors else 0)
