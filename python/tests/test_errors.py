"""Errors are Python exceptions carrying the CLI's message for the same failure."""

from pathlib import Path

import pytest

import alinea
from conftest import SEEDS

EN = SEEDS / "havana_2019_ru_en.txt"


def test_exception_hierarchy():
    assert issubclass(alinea.InputError, alinea.AlineaError)
    assert issubclass(alinea.LanguageError, alinea.AlineaError)
    assert issubclass(alinea.AlineaError, Exception)


@pytest.mark.parametrize(
    "content, words",
    [
        (b"ab\x00cd", "looks like binary data (NUL byte at offset 2)"),
        (b"caf\xe9 au lait", "invalid UTF-8 at byte offset 3"),
        (b"  \n\t\n", "contains no text"),
    ],
    ids=["binary", "latin1", "empty"],
)
def test_bad_files_give_the_cli_message(cli, tmp_path, content, words):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    expected = cli.error("align", bad, EN)
    assert words in expected
    for call in (lambda: alinea.align(bad, EN), lambda: alinea.segment(bad),
                 lambda: alinea.diff(bad, EN)):
        with pytest.raises(alinea.InputError) as e:
            call()
        assert str(e.value) == expected
    with pytest.raises(alinea.InputError) as e:
        alinea.align(content, EN)  # the same bytes in memory, named "src"
    assert str(e.value) == expected.replace(str(bad), "src")


def test_missing_file_gives_the_cli_message(cli, tmp_path):
    missing = tmp_path / "nope.txt"
    expected = cli.error("segment", missing)
    with pytest.raises(alinea.InputError) as e:
        alinea.segment(missing)
    assert str(e.value) == expected
    assert "cannot read" in expected


def test_unknown_language_code_gives_the_cli_message(cli):
    expected = cli.error("align", "--src-lang", "xx", EN)
    with pytest.raises(alinea.LanguageError) as e:
        alinea.align(EN, src_lang="xx")
    assert str(e.value) == expected
    with pytest.raises(alinea.LanguageError):
        alinea.segment("Some text.", languages=["en", "qq"])


def test_one_language_file_gives_the_cli_message(cli):
    one = SEEDS / "a_68_98_fa.txt"
    expected = cli.error("align", one)
    with pytest.raises(alinea.LanguageError) as e:
        alinea.align(one)
    assert str(e.value) == expected


def test_presplit_empty_line_gives_the_cli_message(cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("One.\n\nTwo.\n", encoding="utf-8")
    b.write_text("Un.\nDeux.\n", encoding="utf-8")
    expected = cli.error("align", "--presplit", a, b)
    with pytest.raises(alinea.InputError) as e:
        alinea.align(a, b, presplit=True)
    assert str(e.value) == expected


def test_in_memory_errors():
    with pytest.raises(alinea.InputError, match="^src is empty$"):
        alinea.align("   ", "Un.")
    with pytest.raises(alinea.InputError, match="more than the limit of 4"):
        alinea.segment("A longer text.", max_bytes=4)
    with pytest.raises(alinea.InputError, match="at least two versions, got 1"):
        alinea.history(["One."])
    with pytest.raises(alinea.InputError, match="--presplit needs two files"):
        alinea.align("One.", presplit=True)


def test_wrong_types_are_type_errors():
    with pytest.raises(TypeError, match="expected str"):
        alinea.segment(42)
    with pytest.raises(TypeError):
        alinea.diff(None, "text")
