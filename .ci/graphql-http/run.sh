#!/usr/bin/env bash
# The GraphQL-over-HTTP conformance audit: starts the product exactly as README's run command does
# (on a fresh database file), waits until it is ready, runs graphql-http's server audits against
# http://localhost:5080/graphql and fails if any MUST fails. SHOULDs are reported, not enforced.
set -euo pipefail
cd "$(dirname "$0")/../.."
source .ci/lib.sh
echo "== graphql-http audit"
start_api

npm ci --prefix .ci/graphql-http --no-audit --no-fund --loglevel=error
node .ci/graphql-http/audit.mjs http://localhost:5080/graphql
