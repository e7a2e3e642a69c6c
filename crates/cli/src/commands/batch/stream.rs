//! The record-stream mode (`--jsonl`): one JSON record per input line, one JSON result
//! per input line, in input order. The schemas are documented on the `batch` module.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use alinea::batch::lines::{Line, LineReader};
use alinea::batch::ordered::{self, Emit, Sink};
use alinea::batch::record::Answers;
use alinea::batch::Worker;
use anyhow::{bail, Context, Result};

use super::{message, progress, Job};
use crate::output::{stdout, Stdout};

/// Runs a record stream from `path` (`-`: standard input) to standard output.
pub(super) fn run(job: &Job, path: &Path, summary_only: bool) -> Result<()> {
    let from_stdin = path.as_os_str() == "-";
    let name = if from_stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let (input, base): (Box<dyn BufRead + Send>, PathBuf) = if from_stdin {
        (Box::new(BufReader::new(io::stdin())), PathBuf::new())
    } else {
        if path.is_dir() {
            bail!("{name}: is a directory; give a file of JSON records");
        }
        let file = File::open(path).with_context(|| format!("{name}: cannot open"))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        (Box::new(BufReader::new(file)), base)
    };
    let limit = job.settings.max_bytes_limit();
    let shown = name.clone();
    let read = move |emit: &mut Emit<'_, (u64, Line)>| -> Result<()> {
        let mut lines = LineReader::new(input, limit);
        let mut n = 0u64;
        while let Some(line) = lines
            .next_line()
            .with_context(|| format!("{shown}: cannot read the records"))?
        {
            n += 1;
            if !emit((n, line)) {
                break;
            }
        }
        Ok(())
    };
    let init = || Worker::new(&job.settings, job.mode).map_err(|e| message(&e.into()));
    let answers = Answers {
        mode: job.mode,
        base,
        defaults: (job.src_lang, job.tgt_lang),
        limit,
        details: !summary_only,
    };
    let work = |worker: &mut Result<Worker, String>, (n, line): (u64, Line)| {
        answers.answer(worker.as_ref().map_err(String::as_str), n, &line)
    };
    let mut sink = Results {
        out: stdout(),
        bar: progress(None, job.quiet),
        records: 0,
        failed: 0,
    };
    ordered::run(job.threads, job.window, read, init, work, &mut sink)?;
    sink.bar.finish_and_clear();
    if !job.quiet && sink.failed > 0 {
        eprintln!(
            "alinea: {} of {} records failed (see their `error` field)",
            sink.failed, sink.records
        );
    }
    Ok(())
}

/// Writes results to standard output, flushing whenever nothing else is ready.
struct Results {
    out: io::BufWriter<Stdout>,
    bar: indicatif::ProgressBar,
    records: usize,
    failed: usize,
}

impl Sink<(String, bool), anyhow::Error> for Results {
    fn put(&mut self, (line, failed): (String, bool)) -> Result<()> {
        self.records += 1;
        self.failed += usize::from(failed);
        self.out.write_all(line.as_bytes())?;
        self.out.write_all(b"\n")?;
        self.bar.inc(1);
        Ok(())
    }

    fn idle(&mut self) -> Result<()> {
        self.out.flush()?;
        Ok(())
    }
}
