//! An alignment held on the Rust side: beads, summary and renderings are produced on
//! request, so a caller who wants only the summary or the TMX does not pay for turning
//! every bead into Python objects.

use alinea::report::json::{align_record, bead_json};
use alinea::report::{render_alignment, AlignFormat};
use alinea::AlignedPair;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::convert::{list_to_py, to_py};
use crate::error::AlineaError;

/// Two translations aligned (the native half of `alinea.Alignment`).
#[pyclass(frozen, module = "alinea._alinea", name = "NativeAlignment")]
pub struct NativeAlignment {
    pub(crate) pair: AlignedPair,
}

#[pymethods]
impl NativeAlignment {
    /// Every bead as a dict, exactly a line of `alinea align --format jsonl`.
    fn beads<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let report = self.pair.report();
        list_to_py(
            py,
            self.pair
                .alignment
                .beads()
                .iter()
                .map(|b| bead_json(&report, b)),
        )
    }

    /// The document figures of a `batch align` record (languages, sentence and bead
    /// counts, flagged beads, coverage, mean confidence, relatedness, budget_hit).
    fn summary<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let mut record = align_record(None, 0, &self.pair.report(), false);
        if let Some(m) = record.as_object_mut() {
            for k in ["id", "line", "error"] {
                m.shift_remove(k);
            }
        }
        Ok(to_py(py, &record)?.downcast_into::<PyDict>()?)
    }

    /// The alignment rendered as the CLI's `--format` (`ladder`, `jsonl`, `tsv`, `tmx`,
    /// `html`) renders it.
    fn render(&self, py: Python<'_>, format: &str) -> PyResult<String> {
        let format = match format {
            "ladder" => AlignFormat::Ladder,
            "jsonl" => AlignFormat::Jsonl,
            "tsv" => AlignFormat::Tsv,
            "tmx" => AlignFormat::Tmx,
            "html" => AlignFormat::Html,
            other => {
                return Err(PyValueError::new_err(format!(
                    "unknown format {other:?}: use ladder, jsonl, tsv, tmx or html"
                )))
            }
        };
        let out = py.allow_threads(|| {
            let mut buf = Vec::new();
            render_alignment(&self.pair.report(), format, &mut buf).map(|()| buf)
        });
        let buf = out.map_err(|e| AlineaError::new_err(format!("cannot render: {e}")))?;
        String::from_utf8(buf).map_err(|e| AlineaError::new_err(e.to_string()))
    }

    /// The source sentences, in order (bead indices point into this list).
    #[getter]
    fn src_sentences(&self) -> Vec<String> {
        self.pair.src.sentences.clone()
    }

    /// The target sentences, in order.
    #[getter]
    fn tgt_sentences(&self) -> Vec<String> {
        self.pair.tgt.sentences.clone()
    }

    /// The source side's name (a path, or the name given to a text).
    #[getter]
    fn src_name(&self) -> String {
        self.pair.src.name.clone()
    }

    /// The target side's name.
    #[getter]
    fn tgt_name(&self) -> String {
        self.pair.tgt.name.clone()
    }
}
