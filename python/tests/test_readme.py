"""The README's Python examples run as written (python/README.md, and any ```python
block of the top-level README.md)."""

import re

from conftest import REPO

BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _blocks():
    out = []
    for path in (REPO / "python" / "README.md", REPO / "README.md"):
        if path.exists():
            out += [(path.name, b) for b in BLOCK.findall(path.read_text(encoding="utf-8"))]
    return out


def test_readme_examples_run():
    blocks = _blocks()
    assert blocks, "the README has a Python example"
    for name, code in blocks:
        exec(compile(code, f"<{name} example>", "exec"), {"__name__": "__readme__"})
