//! Python values to [`alinea::Input`]: `str` is the text itself, `bytes` (or
//! `bytearray`) are undecoded bytes checked as a file's would be, and an `os.PathLike`
//! is a file read with the CLI's reader.

use std::path::PathBuf;

use alinea::Input;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

/// `obj` as an input named `name` in messages (files are named by their path).
pub fn to_input(obj: &Bound<'_, PyAny>, name: &str) -> PyResult<Input> {
    if let Ok(s) = obj.downcast::<PyString>() {
        return Ok(Input::text(name, s.to_cow()?.into_owned()));
    }
    if let Ok(b) = obj.downcast::<PyBytes>() {
        return Ok(Input::bytes(name, b.as_bytes().to_vec()));
    }
    if let Ok(b) = obj.downcast::<PyByteArray>() {
        return Ok(Input::bytes(name, b.to_vec()));
    }
    let os = obj.py().import("os")?;
    match os.call_method1("fspath", (obj,)) {
        Ok(p) => {
            if let Ok(b) = p.downcast::<PyBytes>() {
                let s = String::from_utf8_lossy(b.as_bytes()).into_owned();
                return Ok(Input::path(PathBuf::from(s)));
            }
            Ok(Input::path(p.extract::<PathBuf>()?))
        }
        Err(_) => Err(PyTypeError::new_err(format!(
            "{name}: expected str (the text), bytes or an os.PathLike (a file), got {}",
            obj.get_type().name()?
        ))),
    }
}
