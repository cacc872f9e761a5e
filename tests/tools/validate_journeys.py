#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Validates YAML files against a JSON Schema from `journey schema`, with a real validator
(python3-jsonschema, Draft 2020-12, formats checked), as an editor would.

  validate_journeys.py SCHEMA FILE...          every file must validate
  validate_journeys.py --lint REPORT SCHEMA FILE...
      REPORT is `journey lint -f json` of the files: the lines the schema rejects must be exactly
      the lines where lint reports a rule that a schema can see (unknown-key, wrong-type, ...)

YAML is read as journey reads it (YAML 1.2's core schema, numbers in decimal only):
`2026-11-01` and `yes` are strings, `1e3` is a number, `0x1F` is a string. Exit 1 on a mismatch.
"""
import json
import re
import sys

import jsonschema
import yaml

# Rules whose findings a JSON Schema can also see.
SCHEMA_RULES = {"unknown-key", "wrong-type", "missing-field", "invalid-value",
                "emotion-out-of-range", "unknown-phase"}
# Fixtures about what YAML itself or size limits do: not a schema's business.
SKIP_RULES = {"yaml-syntax", "duplicate-key", "input-limit", "too-many-findings"}


class Yaml12Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core-schema scalars instead of YAML 1.1's."""


Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float",
     r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
     r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", list("-+0123456789.")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    Yaml12Loader.add_implicit_resolver(tag, re.compile(pattern), first)


def build(node, loader, path, lines):
    """The Python value of a composed node, recording the line of each path (keys as well)."""
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        out = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            key = key if isinstance(key, str) else str(key)
            lines[path + ("key", key)] = key_node.start_mark.line + 1
            out[key] = build(value_node, loader, path + (key,), lines)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [build(item, loader, path + (i,), lines) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def load(path):
    with open(path, encoding="utf-8-sig") as f:
        loader = Yaml12Loader(f.read())
    try:
        node = loader.get_single_node()
        lines = {}
        return (build(node, loader, (), lines) if node is not None else None), lines
    finally:
        loader.dispose()


def error_lines(error, lines):
    """The lines a validation error points at: unexpected keys at the key, others at the value."""
    path = tuple(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed and not k.startswith("x-")]
        return {lines.get(path + ("key", k), lines.get(path, 0)) for k in extra}
    if "propertyNames" in error.relative_schema_path:  # a key that is not allowed: at the key
        return {lines.get(path + ("key", error.instance), lines.get(path, 0))}
    if error.validator in ("anyOf", "oneOf") and error.context:
        # The alternative that got furthest (its deepest error), and every error it found.
        by_alternative = {}
        for e in error.context:
            by_alternative.setdefault(e.relative_schema_path[0], []).append(e)
        best = max(by_alternative.values(),
                   key=lambda errors: max(len(e.absolute_path) for e in errors))
        if max(len(e.absolute_path) for e in best) > len(path):
            return set().union(*(error_lines(e, lines) for e in best))
    return {lines.get(path, 0)}


def suppressed_lines(path):
    """Lines where a `# journey-lint: disable...` comment may hide a finding from lint."""
    out = set()
    with open(path, encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if re.search(r"#\s*journey-lint:\s*disable-next-line", line):
                out.add(number + 1)
            elif re.search(r"#\s*journey-lint:\s*disable", line):
                out.add(number)
    return out


def schema_errors(validator, path):
    data, lines = load(path)
    found = {}
    for error in validator.iter_errors(data):
        for line in error_lines(error, lines):
            found.setdefault(line, []).append(error.message)
    return found


def expected_lines(report):
    """Per file, the lines where lint reports a rule a schema can see; None to skip the file.
    A finding with a "file" of its own (in a catalog a journey uses) counts for that file."""
    with open(report, encoding="utf-8") as f:
        files = json.load(f)["files"]
    rules = {}
    for entry in files:
        rules.setdefault(entry["file"], set())
        for f in entry["findings"]:
            rules.setdefault(f.get("file", entry["file"]), set()).add((f["rule"], f["line"]))
    out = {}
    for path, found in rules.items():
        if any(rule in SKIP_RULES for rule, _ in found):
            out[path] = None
        else:
            out[path] = {line for rule, line in found if rule in SCHEMA_RULES}
    return out


def main(argv):
    expected = None
    if argv and argv[0] == "--lint":
        expected = expected_lines(argv[1])
        argv = argv[2:]
    with open(argv[0], encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    failed = 0
    for path in argv[1:]:
        want = expected.get(path, set()) if expected is not None else set()
        if want is None:
            print(f"{path}: skipped (about YAML itself or limits)")
            continue
        got = schema_errors(validator, path)
        for line in suppressed_lines(path):
            got.pop(line, None)
            want.discard(line)
        if set(got) != want:
            failed += 1
            for line in sorted(set(got) - want):
                print(f"{path}:{line}: the schema rejects it: {'; '.join(got[line])}")
            for line in sorted(want - set(got)):
                print(f"{path}:{line}: lint reports a schema-level finding, the schema accepts it")
        else:
            print(f"{path}: ok ({len(want)} rejected line(s), as lint)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
