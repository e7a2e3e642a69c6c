//! Output that behaves like every Unix tool's.
//!
//! * A report for a **regular file** (or a path that does not exist yet) is written to a
//!   temporary file beside its destination and renamed into place only when complete, so
//!   an error, Ctrl-C or SIGKILL never leaves half a report. A symlink is resolved first
//!   and the rename happens beside its target, so the link stays a link. An existing file
//!   keeps its mode; a new one gets `0666 & !umask`, as `>` in a shell would give it.
//! * **Character devices, FIFOs, sockets and `/dev/fd/N`** are written directly: renaming
//!   over `/dev/null` would replace the device with a file, and a FIFO's reader would get
//!   nothing.
//! * alinea never writes over one of its own inputs, whether named directly, through a
//!   symlink or as a hard link (same device and inode).
//! * Standard output that closes early (`alinea … | head`) ends the program quietly with
//!   status 0: every write to it goes through [`stdout`], which remembers the closed pipe.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{bail, Context, Result};

static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);

/// Whether a write to standard output found the pipe closed.
pub fn stdout_closed() -> bool {
    STDOUT_CLOSED.load(Ordering::Relaxed)
}

/// Standard output, remembering a closed pipe (see the module docs).
pub struct Stdout(io::Stdout);

/// A buffered handle on standard output.
pub fn stdout() -> BufWriter<Stdout> {
    BufWriter::new(Stdout(io::stdout()))
}

impl Stdout {
    fn note<T>(r: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &r {
            if e.kind() == io::ErrorKind::BrokenPipe {
                STDOUT_CLOSED.store(true, Ordering::Relaxed);
            }
        }
        r
    }
}

impl Write for Stdout {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        Stdout::note(self.0.write(buf))
    }
    fn flush(&mut self) -> io::Result<()> {
        Stdout::note(self.0.flush())
    }
}

/// Where results go: standard output, a special file, or a regular file committed on
/// [`Output::finish`].
pub struct Output {
    inner: Inner,
}

enum Inner {
    Stdout(BufWriter<Stdout>),
    Direct {
        dest: PathBuf,
        file: BufWriter<File>,
    },
    Atomic {
        dest: PathBuf,
        file: BufWriter<tempfile::NamedTempFile>,
        mode: u32,
    },
}

impl Output {
    /// Opens `path` for writing (`None` or `-` is standard output). `inputs` are the files
    /// the command reads: writing over one of them is refused.
    pub fn create(path: Option<&Path>, inputs: &[&Path]) -> Result<Output> {
        let Some(dest) = path.filter(|p| p.as_os_str() != "-") else {
            return Ok(Output {
                inner: Inner::Stdout(stdout()),
            });
        };
        refuse_input_overwrite(dest, inputs)?;
        let shown = dest.display();
        let target = resolve_links(dest)?;
        match fs::metadata(&target) {
            Ok(m) if m.is_dir() => {
                bail!("{shown}: is a directory; give a file name for the output")
            }
            Ok(m) if is_special(&m.file_type()) || is_fd_path(&target) => {
                let file = OpenOptions::new()
                    .write(true)
                    .open(&target)
                    .with_context(|| format!("{shown}: cannot open for writing"))?;
                return Ok(Output {
                    inner: Inner::Direct {
                        dest: dest.to_path_buf(),
                        file: BufWriter::new(file),
                    },
                });
            }
            _ => {}
        }
        let mode = match fs::metadata(&target) {
            Ok(m) => m.permissions().mode() & 0o7777,
            Err(_) => 0o666 & !umask(),
        };
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let tmp = tempfile::Builder::new()
            .prefix(".alinea-")
            .suffix(".partial")
            .tempfile_in(&dir)
            .with_context(|| format!("{shown}: cannot create the output file"))?;
        Ok(Output {
            inner: Inner::Atomic {
                dest: target,
                file: BufWriter::new(tmp),
                mode,
            },
        })
    }

    /// The writer to render into.
    pub fn writer(&mut self) -> &mut dyn Write {
        match &mut self.inner {
            Inner::Stdout(w) => w,
            Inner::Direct { file, .. } => file,
            Inner::Atomic { file, .. } => file,
        }
    }

    /// Flushes and, for a regular file, renames it into place with its mode.
    pub fn finish(self) -> Result<()> {
        match self.inner {
            Inner::Stdout(mut w) => w.flush().context("cannot write to standard output"),
            Inner::Direct { dest, mut file } => file
                .flush()
                .with_context(|| format!("{}: cannot write the output", dest.display())),
            Inner::Atomic { dest, file, mode } => {
                let tmp = file
                    .into_inner()
                    .map_err(|e| e.into_error())
                    .with_context(|| format!("{}: cannot write the output", dest.display()))?;
                fs::set_permissions(tmp.path(), fs::Permissions::from_mode(mode))
                    .with_context(|| format!("{}: cannot set the mode", dest.display()))?;
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

fn is_special(t: &fs::FileType) -> bool {
    t.is_char_device() || t.is_block_device() || t.is_fifo() || t.is_socket()
}

/// `/dev/fd/N`, `/dev/stdout` and the like name an open descriptor, not a file to replace.
fn is_fd_path(p: &Path) -> bool {
    p.starts_with("/dev/fd") || p.starts_with("/proc/self/fd") || p.starts_with("/dev/std")
}

/// The file a path finally names: symlinks followed (also dangling ones, whose target
/// will be created), so the rename replaces the target and leaves the link in place.
fn resolve_links(dest: &Path) -> Result<PathBuf> {
    let mut p = dest.to_path_buf();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                if is_fd_path(&p) {
                    return Ok(p);
                }
                let link = fs::read_link(&p)
                    .with_context(|| format!("{}: cannot read the link", dest.display()))?;
                p = match p.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(p),
        }
    }
    bail!("{}: too many levels of symbolic links", dest.display())
}

/// The process's umask, from `/proc/self/status` (Linux); the common 022 elsewhere.
fn umask() -> u32 {
    fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022)
}

fn refuse_input_overwrite(dest: &Path, inputs: &[&Path]) -> Result<()> {
    let Ok(d) = fs::metadata(dest) else {
        return Ok(()); // The destination does not exist yet: it cannot be an input.
    };
    if !d.is_file() {
        return Ok(()); // Devices and pipes are not files alinea reads back.
    }
    for input in inputs {
        if input.as_os_str() == "-" {
            continue;
        }
        if fs::metadata(input).is_ok_and(|m| m.dev() == d.dev() && m.ino() == d.ino()) {
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
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|e| e.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}
