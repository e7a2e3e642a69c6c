"""Shared fixtures: the repository's data and the `alinea` binary the package is
compared with (``ALINEA_BIN``; default the release build, else the debug build)."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "data"
SEEDS = DATA / "seeds"


def _binary() -> Path:
    env = os.environ.get("ALINEA_BIN")
    if env:
        return Path(env)
    for profile in ("release", "debug"):
        p = REPO / "target" / profile / "alinea"
        if p.exists():
            return p
    pytest.exit("no alinea binary: set ALINEA_BIN or run cargo build", returncode=1)


class Cli:
    """Runs the binary and returns its output."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def run(self, *args, check=True) -> subprocess.CompletedProcess:
        p = subprocess.run(
            [str(self.path), *map(str, args)],
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        if check and p.returncode != 0:
            raise AssertionError(f"alinea {' '.join(map(str, args))} failed: {p.stderr}")
        return p

    def jsonl(self, *args) -> list:
        return [json.loads(line) for line in self.run(*args).stdout.splitlines() if line]

    def json(self, *args):
        return json.loads(self.run(*args).stdout)

    def error(self, *args) -> str:
        """The message of a failing command, without the `alinea: error: ` prefix."""
        p = self.run(*args, check=False)
        assert p.returncode == 1, (p.returncode, p.stderr)
        line = p.stderr.strip().splitlines()[-1]
        prefix = "alinea: error: "
        assert line.startswith(prefix), line
        return line[len(prefix) :]


@pytest.fixture(scope="session")
def cli() -> Cli:
    path = _binary()
    assert path.exists(), f"{path} does not exist"
    return Cli(path)
