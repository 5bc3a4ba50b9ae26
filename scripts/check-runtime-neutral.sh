#!/bin/sh
# The runtime product serves code generated from any OpenAPI document (issue #16 §1): no word of one API may
# remain in it. Wix's configuration (credentials, error body, rate) lives in WixMedia.
set -eu
runtime="${1:-Sources/OpenAPIClientKit}"
if grep -rni 'wix' "$runtime"; then
    echo "error: $runtime names Wix (above); move Wix specifics to Sources/WixMedia" >&2
    exit 1
fi
echo "$runtime is API-neutral"
