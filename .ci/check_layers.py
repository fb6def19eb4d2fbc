#!/usr/bin/env python3
"""Checks that imports between callshadow's top-level modules run one way.

Each top-level module of `src/` (a folder such as `src/agents/`, or a file such as
`src/state.rs`) may only name the crate modules listed for it in LAYERS, by
`crate::x`, `use crate::{x, ..}` or `super::` paths that climb out of it. Comments
are ignored; test code inside `src/` is checked like the rest. A module missing
from LAYERS is an error too, so a new module must be placed in a layer.

    .ci/check_layers.py              # checks ./src, exit 1 on a forbidden import
    .ci/check_layers.py --self-test  # checks the checker on small examples

The layers (README, "Layout"): `domain` and `config` at the bottom; `analyzer` on
`domain`; `llm` a leaf on `config`; `session` on `domain` and `config`; `agents`
on those below; `error` (what clients see) above them; the edge on anything.
"""

import re
import sys
import tempfile
from pathlib import Path

BOTTOM = {"domain", "config"}
# `metrics` is at the edge: it reads the whole state (connections, sessions,
# circuits) at each scrape; the layers below record their own series through the
# `metrics` crate's global recorder and never import it.
EDGE = {"ws", "api", "serve", "state", "startup", "cli", "metrics", "console", "replay"}
LAYERS = {
    "domain": set(),
    "config": set(),
    "telemetry": {"config"},
    "analyzer": {"domain"},
    "llm": {"config"},
    "session": {"domain", "config"},
    "access": {"config"},
    "agents": {"domain", "analyzer", "llm", "config"},
    "error": {"domain", "config", "analyzer", "llm", "session", "agents", "access"},
}
ANYTHING = None
for edge in EDGE:
    LAYERS[edge] = ANYTHING

CRATE_PATH = re.compile(r"\bcrate::(\{|\w+)")
SUPER_PATH = re.compile(r"\b((?:super::)+)(\{|\w+)")


def strip_comments_and_strings(line):
    """The line without its `//` comment and with string contents emptied."""
    out, in_string, escaped, i = [], False, False, 0
    while i < len(line):
        c = line[i]
        if in_string:
            if escaped:
                escaped = False
            elif c == "\\":
                escaped = True
            elif c == '"':
                in_string = False
                out.append(c)
        elif c == '"':
            in_string = True
            out.append(c)
        elif line.startswith("//", i):
            break
        else:
            out.append(c)
        i += 1
    return "".join(out)


def group_names(text, start):
    """The first path segment of each item of the `{...}` group opening at `start`."""
    depth, item, names = 0, "", []
    for c in text[start:]:
        if c == "{":
            depth += 1
            if depth == 1:
                continue
        elif c == "}":
            depth -= 1
            if depth == 0:
                break
        if depth == 1 and c == ",":
            names.append(item)
            item = ""
        else:
            item += c
    names.append(item)
    firsts = [re.split(r"::|\s", n.strip())[0] for n in names]
    return [f for f in firsts if f and f not in ("self", "*")]


def module_path(src, file):
    """The module path of `file`, such as ['agents', 'remote'] or ['state']."""
    parts = list(file.relative_to(src).with_suffix("").parts)
    if parts[-1] == "mod":
        parts.pop()
    return parts


def targets(line, path):
    """The top-level crate modules `line` names, from code at module `path`."""
    found = []
    for match in CRATE_PATH.finditer(line):
        if match.group(1) == "{":
            found += group_names(line, match.start(1))
        else:
            found.append(match.group(1))
    for match in SUPER_PATH.finditer(line):
        climbs = match.group(1).count("super::")
        # Each `super` climbs one level from `path`; only a climb past the
        # top-level module names another one.
        if climbs < len(path):
            continue
        if match.group(2) == "{":
            found += group_names(line, match.start(2))
        else:
            found.append(match.group(2))
    return found


INLINE_MOD = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*\{")


def file_problems(file, path, allowed):
    """Forbidden imports of one file whose module path is `path`."""
    problems, depth, inline = [], 0, []
    layer = path[0]
    for number, raw in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
        line = strip_comments_and_strings(raw)
        opened = INLINE_MOD.match(line)
        if opened:
            inline.append((opened.group(1), depth))
        here = path + [name for name, _ in inline]
        for target in targets(line, here):
            if target != layer and target not in allowed:
                problems.append(
                    f"{file}:{number}: `{layer}` may not import `{target}` "
                    f"(allowed: {', '.join(sorted(allowed)) or 'nothing'})"
                )
        depth += line.count("{") - line.count("}")
        while inline and depth <= inline[-1][1]:
            inline.pop()
    return problems


def check(src):
    """Every forbidden import under `src`, as messages."""
    problems = []
    for file in sorted(src.rglob("*.rs")):
        path = module_path(src, file)
        if path in (["lib"], ["main"]):
            continue
        layer = path[0]
        if layer not in LAYERS:
            problems.append(f"{file}: module `{layer}` is in no layer (add it to LAYERS)")
        elif LAYERS[layer] is not ANYTHING:
            problems += file_problems(file, path, LAYERS[layer])
    return problems


def self_test():
    """The checker finds forbidden imports in every form, and only those."""
    cases = {
        "llm/client.rs": "use crate::agents::render::prompt_value;\n",
        "llm/deep/inner.rs": "use super::super::super::session::Session;\n",
        "analyzer/mod.rs": "use crate::{domain::Signal, llm::error::LlmError};\n",
        "domain/x.rs": "fn f() { crate::config::Settings::default(); }\n",
        "session/mod.rs": "pub use super::agents::experiment::Experiment;\n",
        "analyzer/inner.rs": "mod tests {\n    use super::super::super::llm::X;\n}\n",
        "newlayer.rs": "fn f() {}\n",
    }
    fine = {
        "agents/ok.rs": "use crate::{domain::Suggestion, llm::client::LlmClient};\nuse super::render;\n",
        "llm/ok.rs": "// crate::agents is named in a comment only\nconst URL: &str = \"http://crate::agents\";\n",
        "llm/nested.rs": "mod tests {\n    use super::super::breaker::CircuitBreaker;\n}\nuse super::retry;\n",
        "ws/edge.rs": "use crate::agents::orchestrator::Orchestrator;\n",
        "domain/ok.rs": "use super::message::Utterance;\n",
    }
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp)
        for name, text in {**cases, **fine}.items():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            (src / name).write_text(text)
        problems = check(src)
    for name in cases:
        assert any(name in p for p in problems), f"not caught: {name}\n{problems}"
    for name in fine:
        assert not any(name in p for p in problems), f"false alarm: {name}\n{problems}"
    print(f"check_layers self-test: {len(cases)} forbidden imports caught, no false alarm")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return 0
    src = Path(__file__).resolve().parent.parent / "src"
    problems = check(src)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} forbidden import(s): imports must run one way (README, Layout)")
        return 1
    print("imports run one way: every module imports only from the layers below it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
