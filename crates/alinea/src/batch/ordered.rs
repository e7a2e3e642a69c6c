//! An ordered parallel map over a stream, with a bounded window.
//!
//! One reader thread produces items, `threads` workers turn them into results, and the
//! calling thread hands the results to a [`Sink`] in input order. At most `window` items
//! are anywhere between the reader and the sink at once (queued, being worked on, or
//! waiting for an earlier item to finish), so memory stays flat however long the input
//! is, and a slow document delays the output without stalling the other workers until
//! the window is full.
//!
//! Workers are plain threads, each with its own context (a detector, an aligner on a
//! one-thread rayon pool). They are not rayon tasks on purpose: a worker blocks on
//! channels, and a rayon thread that blocks inside a join can steal another worker's
//! loop and deadlock the window.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, RecvTimeoutError};
use std::sync::Mutex;
use std::time::Duration;

/// A failure of the pipeline itself (not of an item).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// A thread could not be started.
    #[error("cannot start a thread: {0}")]
    Thread(String),
    /// A channel closed while the pipeline still needed it.
    #[error("internal error: a channel of the batch pipeline closed")]
    Channel,
    /// The reader thread panicked.
    #[error("internal error: the reader thread panicked")]
    ReaderPanicked,
}

/// Where results go, in input order.
pub trait Sink<R, E> {
    /// Takes the next result.
    ///
    /// # Errors
    ///
    /// Whatever stops the pipeline (a closed pipe).
    fn put(&mut self, result: R) -> Result<(), E>;
    /// Nothing more is ready right now: a good time to flush.
    ///
    /// # Errors
    ///
    /// As [`Sink::put`].
    fn idle(&mut self) -> Result<(), E>;
}

/// Hands items to the pipeline; returned `false` means the pipeline stopped (the sink
/// failed) and the reader should stop too.
pub type Emit<'a, I> = dyn FnMut(I) -> bool + 'a;

/// Runs the pipeline to the end of the input, or until the sink or the reader fails.
///
/// `read` runs on its own thread and calls `emit` once per item. `init` builds each
/// worker's context on the worker's thread; `work` must not panic (callers catch panics
/// per item so one bad document cannot stop the others).
///
/// # Errors
///
/// The first error of the reader or the sink, or a [`PipelineError`].
pub fn run<I, R, C, E>(
    threads: usize,
    window: usize,
    read: impl FnOnce(&mut Emit<'_, I>) -> Result<(), E> + Send + 'static,
    init: impl Fn() -> C + Sync,
    work: impl Fn(&mut C, I) -> R + Sync,
    sink: &mut dyn Sink<R, E>,
) -> Result<(), E>
where
    I: Send + 'static,
    R: Send,
    E: From<PipelineError> + Send + 'static,
{
    let threads = threads.max(1);
    let window = window.max(1);
    // Credits bound the window: the reader takes one per item, the sink gives it back.
    let (credit_tx, credit_rx) = sync_channel::<()>(window);
    for _ in 0..window {
        credit_tx.send(()).map_err(|_| PipelineError::Channel)?;
    }
    let (job_tx, job_rx) = sync_channel::<(u64, I)>(window);
    let (res_tx, res_rx) = sync_channel::<(u64, R)>(window);

    // The reader is not scoped: if the sink fails (a closed pipe), the program must be
    // able to end while the reader still waits for input that may never come.
    let reader = std::thread::Builder::new()
        .name("alinea-batch-reader".into())
        .spawn(move || {
            let mut seq = 0u64;
            let mut emit = |item: I| -> bool {
                if credit_rx.recv().is_err() || job_tx.send((seq, item)).is_err() {
                    return false;
                }
                seq += 1;
                true
            };
            read(&mut emit)
        })
        .map_err(|e| PipelineError::Thread(e.to_string()))?;

    let job_rx = Mutex::new(job_rx);
    // Set when the sink fails, for workers waiting on a reader that may be blocked on
    // its input and so never close the job channel.
    let stop = AtomicBool::new(false);
    let sunk = std::thread::scope(|s| -> Result<(), E> {
        // Owned by this closure so that they drop, and unblock everyone, when it returns.
        let (res_rx, credit_tx) = (res_rx, credit_tx);
        for n in 0..threads {
            let res_tx = res_tx.clone();
            let (job_rx, init, work, stop_w) = (&job_rx, &init, &work, &stop);
            std::thread::Builder::new()
                .name(format!("alinea-batch-{n}"))
                .spawn_scoped(s, move || {
                    let mut ctx = init();
                    loop {
                        let next = job_rx
                            .lock()
                            .unwrap_or_else(|p| p.into_inner())
                            .recv_timeout(Duration::from_millis(50));
                        let (seq, item) = match next {
                            Ok(job) => job,
                            Err(RecvTimeoutError::Timeout) if !stop_w.load(Ordering::Relaxed) => {
                                continue
                            }
                            Err(_) => break,
                        };
                        if res_tx.send((seq, work(&mut ctx, item))).is_err() {
                            break;
                        }
                    }
                })
                .map_err(|e| {
                    stop.store(true, Ordering::Relaxed);
                    PipelineError::Thread(e.to_string())
                })?;
        }
        drop(res_tx);
        let written = (|| -> Result<(), E> {
            let mut pending: BTreeMap<u64, R> = BTreeMap::new();
            let mut next = 0u64;
            let mut put_ready =
                |pending: &mut BTreeMap<u64, R>, sink: &mut dyn Sink<R, E>| -> Result<(), E> {
                    while let Some(r) = pending.remove(&next) {
                        next += 1;
                        sink.put(r)?;
                        // The reader may already have stopped; a lost credit then does not matter.
                        let _ = credit_tx.send(());
                    }
                    Ok(())
                };
            while let Ok((seq, r)) = res_rx.recv() {
                pending.insert(seq, r);
                // Take whatever else is ready, so the sink is told "idle" only when
                // nothing is.
                while let Ok((seq, r)) = res_rx.try_recv() {
                    pending.insert(seq, r);
                }
                put_ready(&mut pending, &mut *sink)?;
                sink.idle()?;
            }
            put_ready(&mut pending, &mut *sink)?;
            sink.idle()
        })();
        if written.is_err() {
            stop.store(true, Ordering::Relaxed);
        }
        written
    });
    sunk?;
    match reader.join() {
        Ok(read_result) => read_result,
        Err(_) => Err(PipelineError::ReaderPanicked.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug)]
    struct Stop(String);

    impl From<PipelineError> for Stop {
        fn from(e: PipelineError) -> Stop {
            Stop(e.to_string())
        }
    }

    impl std::fmt::Display for Stop {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(&self.0)
        }
    }

    struct Collect(Vec<u64>, usize);

    impl Sink<u64, Stop> for Collect {
        fn put(&mut self, r: u64) -> Result<(), Stop> {
            if self.0.len() == self.1 {
                return Err(Stop("full".into()));
            }
            self.0.push(r);
            Ok(())
        }
        fn idle(&mut self) -> Result<(), Stop> {
            Ok(())
        }
    }

    #[test]
    fn keeps_input_order_with_uneven_work() {
        let mut sink = Collect(Vec::new(), usize::MAX);
        run(
            4,
            8,
            |emit: &mut Emit<'_, u64>| {
                for i in 0..500 {
                    if !emit(i) {
                        break;
                    }
                }
                Ok(())
            },
            || (),
            |_, i| {
                // Later items often finish first.
                std::thread::sleep(std::time::Duration::from_micros((500 - i) % 7 * 50));
                i * 2
            },
            &mut sink,
        )
        .unwrap();
        assert_eq!(sink.0, (0..500).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn a_failing_sink_stops_everything() {
        let mut sink = Collect(Vec::new(), 10);
        let err = run(
            2,
            4,
            |emit: &mut Emit<'_, u64>| {
                for i in 0.. {
                    if !emit(i) {
                        break;
                    }
                }
                Ok(())
            },
            || (),
            |_, i| i,
            &mut sink,
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "full");
        assert_eq!(sink.0, (0..10).collect::<Vec<_>>());
    }

    #[test]
    fn reader_errors_surface() {
        let mut sink = Collect(Vec::new(), usize::MAX);
        let err = run(
            2,
            4,
            |emit: &mut Emit<'_, u64>| {
                emit(1);
                Err(Stop("bad input".into()))
            },
            || (),
            |_, i| i,
            &mut sink,
        )
        .unwrap_err();
        assert_eq!(err.to_string(), "bad input");
        assert_eq!(sink.0, vec![1]);
    }
}
