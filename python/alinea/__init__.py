"""alinea: multilingual text segmentation, language identification, translation
alignment and version comparison — the engine of the ``alinea`` command, in Python.

Every function takes a document as ``str`` (the text itself), ``bytes`` (undecoded:
UTF-8, or UTF-8/UTF-16 with a BOM, checked as the CLI checks a file) or an
``os.PathLike`` such as ``pathlib.Path`` (a file, read by the CLI's reader), and returns
plain Python values: the same fields, and the same values, as the CLI's JSON output for
the same input. The GIL is released while alinea works, so threads run in parallel.

>>> import alinea
>>> en = "The Assembly met on 5 June 2019. It adopted resolution 73/27."
>>> fr = "L'Assemblée s'est réunie le 5 juin 2019. Elle a adopté la résolution 73/27."
>>> pair = alinea.align(en, fr, src_lang="en", tgt_lang="fr")
>>> [(b.src, b.tgt) for b in pair.beads]
[([0], [0]), ([1], [1])]
>>> alinea.diff("1. Calls upon Member States to cooperate.",
...             "1. Calls upon all Member States to cooperate.")["summary"]["modified"]
1
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

from . import _alinea
from ._alinea import AlineaError, InputError, LanguageError

__all__ = [
    "AlineaError",
    "InputError",
    "LanguageError",
    "Sentence",
    "Bead",
    "Alignment",
    "segment",
    "detect",
    "detect_runs",
    "detect_lines",
    "align",
    "diff",
    "history",
    "batch",
]

Document = Union[str, bytes, bytearray, "os.PathLike[str]"]
Languages = Union[None, str, Sequence[str]]


def _langs(languages: Languages) -> Optional[str]:
    """The allow-list as the CLI's ``--languages`` takes it (comma-separated codes)."""
    if languages is None or isinstance(languages, str):
        return languages
    return ",".join(languages)


@dataclass(frozen=True)
class Sentence:
    """One sentence, as a line of ``alinea segment --format jsonl``.

    ``start`` and ``end`` are byte offsets into the decoded text (UTF-8), ``para`` the
    paragraph index, ``sent`` the sentence index in the document, ``label`` the
    paragraph's label (``"1."``, ``"(a)"``) if any, ``kind`` its kind (``body``,
    ``heading``, …), ``part`` its part of the document (``preamble``, ``operative``) if
    known.
    """

    para: int
    sent: int
    start: int
    end: int
    text: str
    lang: Optional[str]
    label: Optional[str]
    kind: str
    part: Optional[str]

    def to_dict(self) -> Dict[str, Any]:
        """The sentence as the CLI's JSON object."""
        return asdict(self)


@dataclass(frozen=True)
class Bead:
    """One bead of an alignment, as a line of ``alinea align --format jsonl``: the
    source and target sentence indices, their text, the confidence ``score`` (0–1) and
    the ``flags`` raised (``number_mismatch``, ``length_ratio``, ``omission``, …).
    ``numbers`` is set on a ``number_mismatch`` bead only: the numbers found on one side
    only, as written (``{"src_only": [...], "tgt_only": [...]}``)."""

    src: List[int]
    tgt: List[int]
    src_text: str
    tgt_text: str
    score: float
    flags: List[str]
    shape: str
    numbers: Optional[Dict[str, List[str]]] = None

    def __post_init__(self) -> None:
        # A DataFrame round trip gives a missing `numbers` back as NaN.
        if isinstance(self.numbers, float):
            object.__setattr__(self, "numbers", None)

    def to_dict(self) -> Dict[str, Any]:
        """The bead as the CLI's JSON object (``numbers`` only when it is set)."""
        d = asdict(self)
        if d["numbers"] is None:
            del d["numbers"]
        return d


class Alignment:
    """Two translations aligned: ``beads``, the document figures (``summary``,
    ``src_coverage``, ``tgt_coverage``, ``relatedness``, …) and renderings.

    >>> pair = alinea.align("One. Two.", "Un. Deux.", src_lang="en", tgt_lang="fr")
    >>> len(pair), pair.summary["bead_count"]
    (2, 2)
    """

    def __init__(self, native: "_alinea.NativeAlignment") -> None:
        self._native = native
        self._beads: Optional[List[Bead]] = None
        self._summary: Optional[Dict[str, Any]] = None

    @property
    def beads(self) -> List[Bead]:
        """The beads, in document order; they cover every sentence of both sides."""
        if self._beads is None:
            self._beads = [Bead(**b) for b in self._native.beads()]
        return self._beads

    @property
    def summary(self) -> Dict[str, Any]:
        """The document figures of a ``alinea batch align`` record: ``src_lang``,
        ``tgt_lang``, ``src_sentences``, ``tgt_sentences``, ``bead_count``,
        ``flagged``, ``src_coverage``, ``tgt_coverage``, ``mean_confidence``,
        ``relatedness``, ``budget_hit``."""
        if self._summary is None:
            self._summary = self._native.summary()
        return dict(self._summary)

    @property
    def src_lang(self) -> str:
        return self.summary["src_lang"]

    @property
    def tgt_lang(self) -> str:
        return self.summary["tgt_lang"]

    @property
    def src_coverage(self) -> float:
        """Share of the source text in confident two-sided beads."""
        return self.summary["src_coverage"]

    @property
    def tgt_coverage(self) -> float:
        """Share of the target text in confident two-sided beads."""
        return self.summary["tgt_coverage"]

    @property
    def mean_confidence(self) -> float:
        return self.summary["mean_confidence"]

    @property
    def relatedness(self) -> float:
        """Evidence (0–1) that the two documents translate each other at all."""
        return self.summary["relatedness"]

    @property
    def flagged(self) -> int:
        """Number of beads with at least one flag."""
        return self.summary["flagged"]

    @property
    def src_sentences(self) -> List[str]:
        return self._native.src_sentences

    @property
    def tgt_sentences(self) -> List[str]:
        return self._native.tgt_sentences

    def __len__(self) -> int:
        return len(self.beads)

    def __iter__(self) -> Iterator[Bead]:
        return iter(self.beads)

    def __repr__(self) -> str:
        s = self.summary
        return (
            f"<alinea.Alignment {s['src_lang']}-{s['tgt_lang']}: {s['bead_count']} beads, "
            f"{s['flagged']} flagged, coverage {s['src_coverage']}/{s['tgt_coverage']}>"
        )

    def to_tmx(self) -> str:
        """The alignment as TMX 1.4b, as ``alinea align --format tmx`` writes it."""
        return self._native.render("tmx")

    def to_jsonl(self) -> str:
        """One JSON object per bead, as ``alinea align --format jsonl`` writes them."""
        return self._native.render("jsonl")

    def to_tsv(self) -> str:
        """Tab-separated sentence pairs, as ``alinea align --format tsv`` writes them."""
        return self._native.render("tsv")

    def to_html(self) -> str:
        """A self-contained HTML page, as ``alinea align --format html`` writes it."""
        return self._native.render("html")

    def to_ladder(self) -> str:
        """The ladder format, as ``alinea align --format ladder`` writes it."""
        return self._native.render("ladder")

    def to_dataframe(self) -> "Any":
        """The beads as a pandas DataFrame, one row per bead, the columns of
        :class:`Bead`. Needs pandas (``pip install alinea[pandas]``)."""
        try:
            import pandas as pd
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("Alignment.to_dataframe() needs pandas: pip install pandas") from e
        cols = list(Bead.__dataclass_fields__)
        return pd.DataFrame([asdict(b) for b in self.beads], columns=cols)


def segment(
    text: Document,
    lang: Optional[str] = None,
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
) -> List[Sentence]:
    """Splits a document into paragraphs and sentences, as ``alinea segment``.

    ``lang`` gives every paragraph that language instead of detecting it; ``languages``
    restricts the detector to these codes (``--languages``).

    >>> [s.text for s in alinea.segment("It rained. We stayed in.", lang="en")]
    ['It rained.', 'We stayed in.']
    """
    return [Sentence(**r) for r in _alinea.segment(text, lang, _langs(languages), max_bytes)]


def detect(
    text: Document, languages: Languages = None, *, max_bytes: Optional[int] = None
) -> str:
    """The language a document is written in (ISO 639-1 code), ``"und"`` when it cannot
    be told or is none of ``languages``.

    >>> alinea.detect("Le Conseil de sécurité a adopté la résolution à l'unanimité.")
    'fr'
    """
    return _alinea.detect(text, _langs(languages), max_bytes)


def detect_runs(
    text: Document, languages: Languages = None, *, max_bytes: Optional[int] = None
) -> List[Dict[str, Any]]:
    """The document's language runs, as ``alinea detect`` prints them: dicts with
    ``lang``, ``first_line``, ``last_line`` (1-based, inclusive) and ``confidence``."""
    return _alinea.detect_runs(text, _langs(languages), max_bytes)


def detect_lines(
    text: Document, languages: Languages = None, *, max_bytes: Optional[int] = None
) -> List[str]:
    """One language code per line (``"und"`` where it cannot be told), as
    ``alinea detect --each-line``."""
    return _alinea.detect_lines(text, _langs(languages), max_bytes)


def align(
    src: Document,
    tgt: Optional[Document] = None,
    src_lang: Optional[str] = None,
    tgt_lang: Optional[str] = None,
    presplit: bool = False,
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
    threads: Optional[int] = None,
    dictionary: Optional[Document] = None,
) -> Alignment:
    """Aligns two translations sentence by sentence, as ``alinea align``.

    With ``tgt=None``, ``src`` is one document holding both languages. ``presplit``
    takes both as one sentence per line (line numbers are the sentence indices). A
    language left ``None`` is detected. ``threads`` sets the search's threads (default:
    all cores; ``1`` when many Python threads align at once), ``dictionary`` a
    ``source<TAB>target`` word list.
    """
    native = _alinea.align(
        src, tgt, src_lang, tgt_lang, presplit, _langs(languages), max_bytes, threads, dictionary
    )
    return Alignment(native)


def diff(
    old: Document,
    new: Document,
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
) -> Dict[str, Any]:
    """Compares two versions of one text: exactly the JSON of
    ``alinea diff --format json`` (``comparison``, ``summary``, ``changes`` for a
    same-language diff; ``pairs`` and anchors for a cross-language comparison)."""
    return _alinea.diff(old, new, _langs(languages), max_bytes)


def history(
    versions: Sequence[Document],
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
) -> Dict[str, Any]:
    """Follows every paragraph through a series of versions (oldest first): exactly the
    JSON of ``alinea history --format json``."""
    return _alinea.history(list(versions), _langs(languages), max_bytes)


def _record_bytes(record: Union[str, bytes, bytearray]) -> bytes:
    """A record as the bytes of its line (a str is written out as UTF-8, lone
    surrogates from undecodable input passed through as their bytes)."""
    if isinstance(record, str):
        return record.encode("utf-8", "surrogateescape")
    return bytes(record)


def batch(
    records: Iterable[Union[str, bytes, bytearray]],
    mode: str = "align",
    *,
    line_numbers: Optional[Iterable[int]] = None,
    base_dir: Optional[Union[str, "os.PathLike[str]"]] = None,
    summary_only: bool = False,
    src_lang: Optional[str] = None,
    tgt_lang: Optional[str] = None,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
    threads: int = 1,
) -> List[str]:
    """Answers JSON records as ``alinea batch MODE --jsonl -`` does: one result line
    (JSON text, byte for byte the CLI's) per record, in order. This is the record stream
    of ``scale/README.md`` without the binary, for Spark ``mapPartitions``, Ray or any
    driver holding the records.

    ``mode`` is ``"align"`` or ``"diff"``; each record is one JSON object (a line of the
    records file, without its newline). A bad record gets an error result, never an
    exception. ``line_numbers`` gives each record's ``line`` (default 1, 2, …),
    ``base_dir`` the folder relative ``*_path`` fields are read from (default: the
    working directory), ``threads`` how many records are worked on at once.

    >>> import json
    >>> out = alinea.batch(['{"id": "a", "src_text": "One. Two.", "tgt_text": "Un. Deux."}',
    ...                     '{"id": "b"}'], summary_only=True)
    >>> [json.loads(r)["error"] is None for r in out]
    [True, False]
    """
    data = [_record_bytes(r) for r in records]
    numbers = list(range(1, len(data) + 1)) if line_numbers is None else list(line_numbers)
    if len(numbers) != len(data):
        raise ValueError(f"{len(data)} records but {len(numbers)} line numbers")
    return _alinea.batch(
        list(zip(data, numbers)),
        mode,
        None if base_dir is None else os.fspath(base_dir),
        summary_only,
        src_lang,
        tgt_lang,
        _langs(languages),
        max_bytes,
        threads,
    )
