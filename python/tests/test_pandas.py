"""`Alignment.to_dataframe()`: one row per bead, the columns of `Bead`, and back."""

import pytest

import alinea
from conftest import SEEDS

pd = pytest.importorskip("pandas")


def test_dataframe_round_trip(tmp_path):
    pair = alinea.align(SEEDS / "havana_2019_ru_en.txt")
    df = pair.to_dataframe()
    assert list(df.columns) == ["src", "tgt", "src_text", "tgt_text", "score", "flags", "shape", "numbers"]
    assert len(df) == len(pair.beads)
    assert [alinea.Bead(**r) for r in df.to_dict("records")] == pair.beads
    # Through a file and back, as a notebook would keep it.
    path = tmp_path / "beads.jsonl"
    df.to_json(path, orient="records", lines=True, force_ascii=False)
    back = pd.read_json(path, orient="records", lines=True)
    assert [alinea.Bead(**r) for r in back.to_dict("records")] == pair.beads
    assert back["score"].between(0, 1).all()


def test_dataframe_of_segment():
    sents = alinea.segment(SEEDS / "a_c1_77_l23_rev1_zh.txt")
    df = pd.DataFrame([s.to_dict() for s in sents])
    assert (df["end"] > df["start"]).all()
    assert df["lang"].eq("zh").sum() > len(df) // 2
