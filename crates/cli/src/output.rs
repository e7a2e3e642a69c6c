//! Safe output: a report is written to a temporary file beside its destination and renamed
//! into place only when complete, so an error or Ctrl-C never leaves half a report, and
//! alinea never writes over one of its own inputs.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// Where results go: standard output, or a file committed on [`Output::finish`].
pub struct Output {
    inner: Inner,
}

enum Inner {
    Stdout(BufWriter<io::Stdout>),
    File {
        dest: PathBuf,
        file: BufWriter<tempfile::NamedTempFile>,
    },
}

impl Output {
    /// Opens `path` for writing (`None` or `-` is standard output). `inputs` are the files
    /// the command reads: writing over one of them is refused.
    pub fn create(path: Option<&Path>, inputs: &[&Path]) -> Result<Output> {
        let Some(dest) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output {
                inner: Inner::Stdout(BufWriter::new(io::stdout())),
            });
        };
        refuse_input_overwrite(dest, inputs)?;
        if dest.is_dir() {
            bail!(
                "{}: is a directory; give a file name for the output",
                dest.display()
            );
        }
        let dir = match dest.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".alinea-")
            .suffix(".partial")
            .tempfile_in(&dir)
            .with_context(|| format!("{}: cannot create the output file", dest.display()))?;
        Ok(Output {
            inner: Inner::File {
                dest: dest.to_path_buf(),
                file: BufWriter::new(tmp),
            },
        })
    }

    /// The writer to render into.
    pub fn writer(&mut self) -> &mut dyn Write {
        match &mut self.inner {
            Inner::Stdout(w) => w,
            Inner::File { file, .. } => file,
        }
    }

    /// Flushes and, for a file, renames it into place.
    pub fn finish(self) -> Result<()> {
        match self.inner {
            Inner::Stdout(mut w) => w.flush().context("cannot write to standard output"),
            Inner::File { dest, file } => {
                let tmp = file
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("{}: cannot write the output", dest.display()))?;
                tmp.persist(&dest).map_err(|e| e.error).with_context(|| {
                    format!(
                        "{}: cannot move the finished output into place",
                        dest.display()
                    )
                })?;
                Ok(())
            }
        }
    }
}

fn refuse_input_overwrite(dest: &Path, inputs: &[&Path]) -> Result<()> {
    let Ok(dest_canon) = fs::canonicalize(dest) else {
        return Ok(()); // The destination does not exist yet: it cannot be an input.
    };
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        if fs::canonicalize(input).is_ok_and(|c| c == dest_canon) {
            bail!(
                "{}: refusing to write the output over an input file",
                dest.display()
            );
        }
    }
    Ok(())
}

/// Whether an error is a closed pipe on standard output (`alinea … | head`), which ends
/// the program quietly rather than as a failure.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_appears_until_finish() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.txt");
        let mut out = Output::create(Some(&dest), &[]).unwrap();
        writeln!(out.writer(), "hello").unwrap();
        assert!(!dest.exists());
        out.finish().unwrap();
        assert_eq!(fs::read_to_string(&dest).unwrap(), "hello\n");
    }

    #[test]
    fn dropped_output_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("out.txt");
        {
            let mut out = Output::create(Some(&dest), &[]).unwrap();
            writeln!(out.writer(), "partial").unwrap();
        }
        assert!(!dest.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn refuses_to_overwrite_an_input() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.txt");
        fs::write(&input, "text").unwrap();
        let err = Output::create(Some(&input), &[&input]).err().unwrap();
        assert!(err.to_string().contains("over an input"), "{err}");
        assert_eq!(fs::read_to_string(&input).unwrap(), "text");
    }
}
