"""The package and the CLI agree on the same input: same sentences, languages, beads,
renderings and comparison JSON (the seeds in data/seeds, the alignment cases in
data/align_cases)."""

from pathlib import Path

import pytest

import alinea
from conftest import DATA, SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_there_are_seeds():
    assert len(SEED_FILES) >= 5


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_segment_equals_cli(cli, path):
    ours = [s.to_dict() for s in alinea.segment(path)]
    theirs = cli.jsonl("segment", "--format", "jsonl", path)
    assert ours == theirs
    assert ours, "a seed has sentences"


def test_segment_of_text_bytes_and_path_agree():
    path = SEEDS / "havana_2019_ru_en.txt"
    by_path = alinea.segment(path)
    assert alinea.segment(path.read_bytes()) == by_path
    assert alinea.segment(path.read_text(encoding="utf-8")) == by_path
    assert alinea.segment(str(path)) != by_path, "a str is text, not a file name"


def test_segment_with_a_given_language_equals_cli(cli):
    path = SEEDS / "a_res_75_240_ar.txt"
    ours = [s.to_dict() for s in alinea.segment(path, lang="ar")]
    assert ours == cli.jsonl("segment", "--format", "jsonl", "--lang", "ar", path)
    assert {s["lang"] for s in ours} == {"ar"}


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.stem)
def test_detect_runs_equal_cli(cli, path):
    ours = [
        f"{r['lang']} {r['first_line']}-{r['last_line']} {r['confidence']:.2f}"
        for r in alinea.detect_runs(path)
    ]
    assert ours == cli.run("detect", path).stdout.splitlines()


def test_detect_lines_equal_cli(cli):
    path = SEEDS / "havana_2019_ru_en.txt"
    assert alinea.detect_lines(path) == [
        line.split()[0] for line in cli.run("detect", "--each-line", path).stdout.splitlines()
    ]


def test_detect_names_the_document_language():
    assert alinea.detect(SEEDS / "a_68_98_fa.txt") == "fa"
    assert alinea.detect(SEEDS / "a_c1_77_l23_rev1_zh.txt") == "zh"
    assert alinea.detect("The committee adopted the draft resolution without a vote.") == "en"
    assert alinea.detect("12 345 — 67 / 89", languages=["en", "fr"]) == "und"
    ru = "Совет Безопасности единогласно принял эту резолюцию сегодня."
    assert alinea.detect(ru) == "ru"
    assert alinea.detect(ru, languages="en,fr") == "und", "outside the allowed list"


def _beads(a: alinea.Alignment) -> list:
    return [b.to_dict() for b in a.beads]


def test_align_one_file_with_two_languages_equals_cli(cli):
    path = SEEDS / "havana_2019_ru_en.txt"
    ours = alinea.align(path)
    assert _beads(ours) == cli.jsonl("align", "--format", "jsonl", path)
    assert (ours.src_lang, ours.tgt_lang) == ("ru", "en")


def test_align_two_files_equals_cli(cli):
    ar, fa = SEEDS / "a_68_98_ar.txt", SEEDS / "a_68_98_fa.txt"
    ours = alinea.align(ar, fa)
    assert _beads(ours) == cli.jsonl("align", "--format", "jsonl", ar, fa)
    s = ours.summary
    assert (s["src_lang"], s["tgt_lang"]) == ("ar", "fa")
    assert s["bead_count"] == len(ours) > 50
    assert s["src_sentences"] == len(ours.src_sentences)
    assert 0.0 <= ours.src_coverage <= 1.0 and 0.0 <= ours.relatedness <= 1.0
    covered = sorted(i for b in ours.beads for i in b.src)
    assert covered == list(range(s["src_sentences"])), "beads cover every sentence once"


@pytest.mark.parametrize("case", sorted(p for p in (DATA / "align_cases").iterdir() if p.is_dir()),
                         ids=lambda p: p.name)
def test_align_presplit_and_renderings_equal_cli(cli, case):
    src, tgt = case / "src.txt", case / "tgt.txt"
    ours = alinea.align(src, tgt, presplit=True)
    assert _beads(ours) == cli.jsonl("align", "--presplit", "--format", "jsonl", src, tgt)
    for fmt, render in [("tmx", ours.to_tmx), ("jsonl", ours.to_jsonl), ("tsv", ours.to_tsv),
                        ("ladder", ours.to_ladder), ("html", ours.to_html)]:
        assert render() == cli.run("align", "--presplit", "--format", fmt, src, tgt).stdout, fmt
    assert ours.to_tmx().lstrip().startswith("<?xml")


def test_align_with_given_languages_equals_cli(cli):
    path = SEEDS / "havana_2019_ru_en.txt"
    ours = alinea.align(path, src_lang="en", tgt_lang="ru")
    theirs = cli.jsonl("align", "--format", "jsonl", "--src-lang", "en", "--tgt-lang", "ru", path)
    assert _beads(ours) == theirs
    assert ours.src_lang == "en"


def test_diff_same_language_equals_cli(cli, tmp_path):
    old, new = tmp_path / "2018.txt", tmp_path / "2019.txt"
    old.write_text(
        "The General Assembly,\n\n1. Calls upon Member States to cooperate.\n\n"
        "2. Requests the Secretary-General to report.\n\n3. Decides to remain seized.\n",
        encoding="utf-8",
    )
    new.write_text(
        "The General Assembly,\n\n1. Calls upon all Member States to cooperate fully.\n\n"
        "2. Decides to remain seized.\n\n3. Invites observers to take part.\n",
        encoding="utf-8",
    )
    ours = alinea.diff(old, new)
    theirs = cli.json("diff", "--format", "json", old, new)
    assert ours == theirs
    assert ours["comparison"] == "diff"
    assert ours["summary"]["modified"] >= 1 and ours["summary"]["added"] >= 1


def test_diff_of_seeds_equals_cli(cli):
    for old, new in [
        (SEEDS / "a_68_98_ar.txt", SEEDS / "a_res_75_240_ar.txt"),
        (SEEDS / "a_68_98_ar.txt", SEEDS / "a_68_98_fa.txt"),
    ]:
        ours = alinea.diff(old, new)
        theirs = cli.json("diff", "--format", "json", old, new)
        assert ours["summary"] == theirs["summary"]
        assert ours == theirs
    assert alinea.diff(SEEDS / "a_68_98_ar.txt", SEEDS / "a_68_98_fa.txt")["comparison"] == (
        "cross-language"
    )


def test_history_equals_cli(cli, tmp_path):
    texts = [
        "1. Calls upon States to act.\n\n2. Decides to remain seized.\n",
        "1. Calls upon all States to act.\n\n2. Decides to remain seized.\n",
        "1. Calls upon all States to act now.\n\n2. Requests a report.\n\n"
        "3. Decides to remain seized.\n",
    ]
    paths = []
    for i, t in enumerate(texts):
        p = tmp_path / f"v{i + 1}.txt"
        p.write_text(t, encoding="utf-8")
        paths.append(p)
    ours = alinea.history(paths)
    assert ours == cli.json("history", "--format", "json", *paths)
    assert ours["versions"] == 3
    assert alinea.history(texts)["lineages"] == ours["lineages"]


def test_results_are_plain_python_values():
    pair = alinea.align("One. Two.", "Un. Deux.", src_lang="en", tgt_lang="fr")
    plain = (dict, list, str, int, float, bool, type(None))

    def check(v):
        assert isinstance(v, plain), type(v)
        if isinstance(v, dict):
            for k, x in v.items():
                assert isinstance(k, str)
                check(x)
        elif isinstance(v, list):
            for x in v:
                check(x)

    for b in pair.beads:
        check(b.to_dict())
    check(pair.summary)
    check(alinea.diff("a b c d", "a b x d"))
