#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Validates files against the schemas of `journey schema` with a real validator (Debian's
# python3-jsonschema, draft 2020-12, formats checked), as an editor would:
# - every example, template and test journey that lint finds no schema-level problem in validates,
#   and in the lint fixtures the schema rejects exactly the lines where lint reports unknown-key,
#   wrong-type, missing-field, invalid-value, emotion-out-of-range or unknown-phase;
# - every built-in model validates against the model schema;
# - every test catalog validates against the catalog schema, but where lint reports a schema-level
#   finding in it (lint reports findings in catalogs at their own lines);
# - a complete configuration validates against the configuration schema and broken ones do not.
#   tests/schema/check-schemas.sh BINARY
# Exit 77 (ctest: skipped) when python3-jsonschema is missing outside CI; a failure in CI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
journey=${1:?usage: check-schemas.sh BINARY}
python=/usr/bin/python3
if ! "$python" -c 'import jsonschema, yaml; jsonschema.Draft202012Validator' 2>/dev/null; then
  echo "check-schemas: python3-jsonschema or python3-yaml missing; run scripts/install-test-tools.sh"
  [ "${CI:-}" = true ] && exit 1
  exit 77
fi
validate=("$python" "$root/tests/tools/validate_journeys.py")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"
for kind in journey model config catalog; do "$journey" schema "$kind" -o "$work/$kind.json"; done

shopt -s nullglob
# What journey init writes for every model and language, as written and with its examples.
mkdir -p "$work/init"
for model in $("$journey" models | awk '/^[a-z]/ {print $1}'); do
  for lang in en nl; do
    new="$work/init/$model.$lang.journey.yaml"
    "$journey" init "$new" --model "$model" --lang "$lang" --today 2026-11-29 --no-schema 2>/dev/null
    sed 's/^      # /      /' "$new" > "$work/init/$model.$lang.examples.journey.yaml"
  done
done
valid=(examples/*.journey.yaml "$work"/init/*.journey.yaml tests/data/render/*.journey.yaml
       tests/data/diff/*.journey.yaml tests/data/catalog/*.journey.yaml)
"${validate[@]}" "$work/journey.json" "${valid[@]}"
fixtures=(tests/data/rules/*.journey.yaml tests/data/cli/*.journey.yaml)
"$journey" lint -f json --today 2026-11-23 "${fixtures[@]}" > "$work/lint.json" || true
"${validate[@]}" --lint "$work/lint.json" "$work/journey.json" "${fixtures[@]}"
"${validate[@]}" "$work/model.json" templates/models/*.yaml
catalogs=(tests/data/rules/catalogs/*.yaml tests/data/catalog/catalog/*.yaml)
"$journey" lint -f json --today 2026-11-23 tests/data/rules/*.journey.yaml \
  tests/data/catalog/*.journey.yaml > "$work/catalog-lint.json" || true
"${validate[@]}" --lint "$work/catalog-lint.json" "$work/catalog.json" "${catalogs[@]}"

cat > "$work/good.journeylint.yaml" <<'YAML'
rules: {phase-without-kpi: off, emotion-drop: error, stale-review: false}
model-paths: [models]
overrides:
  - files: ["legacy/**"]
    rules: {stale-review: info}
  - files: "*.draft.journey.yaml"
diff: {changes: {emotion-decreased: regression, touchpoint-reordered: off}}
score: {weights: {coverage: 2, phase-coverage: 1.5}, minimums: {total: 60, friction: 5}}
x-team: marketing
YAML
"${validate[@]}" "$work/config.json" "$work/good.journeylint.yaml"
mkdir -p "$work/models"
status=0
"$journey" lint -q -c "$work/good.journeylint.yaml" examples > /dev/null || status=$?
[ "$status" -ne 2 ] || { echo "check-schemas: journey refuses the configuration the schema accepts"; exit 1; }
for bad in "rules: {phase-without-kpii: off}" "rules: {emotion-drop: loud}" \
           "overrides: [{rules: {emotion-drop: off}}]" "diff: {changes: {emotion-went-down: off}}" \
           "score: {minimums: {total: 160}}" "modelpaths: [models]"; do
  echo "$bad" > "$work/bad.journeylint.yaml"
  if "${validate[@]}" "$work/config.json" "$work/bad.journeylint.yaml" > /dev/null; then
    echo "check-schemas: the configuration schema accepts a broken configuration: $bad"
    exit 1
  fi
  "$journey" lint -c "$work/bad.journeylint.yaml" examples > /dev/null 2>&1 && {
    echo "check-schemas: journey accepts the configuration the schema rejects: $bad"
    exit 1
  }
done
echo "check-schemas: every schema agrees with journey"
