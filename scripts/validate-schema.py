#!/usr/bin/env python3
"""Validates an OpenAPI document with openapi-spec-validator; exits non-zero with the reason."""
import json
import sys

from openapi_spec_validator import validate

path = sys.argv[1]
with open(path, encoding="utf-8") as handle:
    document = json.load(handle)
validate(document)
operations = sum(
    1 for item in document.get("paths", {}).values() for key in item if key in
    ("get", "put", "post", "delete", "patch", "head", "options", "trace"))
print(f"{path}: valid OpenAPI {document.get('openapi')} ({operations} operations, "
      f"{len(document.get('components', {}).get('schemas', {}))} schemas)")
