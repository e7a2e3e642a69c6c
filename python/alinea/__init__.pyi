import os
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Union

Document = Union[str, bytes, bytearray, os.PathLike[str]]
Languages = Union[None, str, Sequence[str]]

class AlineaError(Exception): ...
class InputError(AlineaError): ...
class LanguageError(AlineaError): ...

class Sentence:
    para: int
    sent: int
    start: int
    end: int
    text: str
    lang: Optional[str]
    label: Optional[str]
    kind: str
    part: Optional[str]
    def __init__(
        self,
        para: int,
        sent: int,
        start: int,
        end: int,
        text: str,
        lang: Optional[str],
        label: Optional[str],
        kind: str,
        part: Optional[str],
    ) -> None: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Bead:
    src: List[int]
    tgt: List[int]
    src_text: str
    tgt_text: str
    score: float
    flags: List[str]
    shape: str
    numbers: Optional[Dict[str, List[str]]]
    def __init__(
        self,
        src: List[int],
        tgt: List[int],
        src_text: str,
        tgt_text: str,
        score: float,
        flags: List[str],
        shape: str,
        numbers: Optional[Dict[str, List[str]]] = ...,
    ) -> None: ...
    def to_dict(self) -> Dict[str, Any]: ...

class Alignment:
    @property
    def beads(self) -> List[Bead]: ...
    @property
    def summary(self) -> Dict[str, Any]: ...
    @property
    def src_lang(self) -> str: ...
    @property
    def tgt_lang(self) -> str: ...
    @property
    def src_coverage(self) -> float: ...
    @property
    def tgt_coverage(self) -> float: ...
    @property
    def mean_confidence(self) -> float: ...
    @property
    def relatedness(self) -> float: ...
    @property
    def flagged(self) -> int: ...
    @property
    def src_sentences(self) -> List[str]: ...
    @property
    def tgt_sentences(self) -> List[str]: ...
    def __len__(self) -> int: ...
    def __iter__(self) -> Iterator[Bead]: ...
    def to_tmx(self) -> str: ...
    def to_jsonl(self) -> str: ...
    def to_tsv(self) -> str: ...
    def to_html(self) -> str: ...
    def to_ladder(self) -> str: ...
    def to_dataframe(self) -> Any: ...

def segment(
    text: Document,
    lang: Optional[str] = None,
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
) -> List[Sentence]: ...
def detect(
    text: Document, languages: Languages = None, *, max_bytes: Optional[int] = None
) -> str: ...
def detect_runs(
    text: Document, languages: Languages = None, *, max_bytes: Optional[int] = None
) -> List[Dict[str, Any]]: ...
def detect_lines(
    text: Document, languages: Languages = None, *, max_bytes: Optional[int] = None
) -> List[str]: ...
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
) -> Alignment: ...
def diff(
    old: Document,
    new: Document,
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
) -> Dict[str, Any]: ...
def history(
    versions: Sequence[Document],
    *,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
) -> Dict[str, Any]: ...
def batch(
    records: Iterable[Union[str, bytes, bytearray]],
    mode: str = "align",
    *,
    line_numbers: Optional[Iterable[int]] = None,
    base_dir: Optional[Union[str, os.PathLike[str]]] = None,
    summary_only: bool = False,
    src_lang: Optional[str] = None,
    tgt_lang: Optional[str] = None,
    languages: Languages = None,
    max_bytes: Optional[int] = None,
    threads: int = 1,
) -> List[str]: ...
