//! Panics of the PDF parser caught without their message on stderr.
//!
//! `pdf-extract` asserts and unwraps on malformed content. `catch_unwind` turns such a
//! panic into an error for the user, but Rust prints the panic's message through the
//! process-wide panic hook before unwinding starts, so the user would see a line about
//! `assertion failed` in a file they never heard of above alinea's own message. The
//! hook is process-wide and other threads may panic for real at the same time, so it
//! is not swapped around each call: one hook is installed once, stays quiet while the
//! panicking thread is inside [`catch`], and otherwise hands the panic to the hook that
//! was there before (the default one, or the application's).

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many [`catch`] calls this thread is inside (they may nest).
    static QUIET: Cell<u32> = const { Cell::new(0) };
}

static INSTALL: Once = Once::new();

/// Runs `f`, turning a panic inside it into `Err(())` without printing it.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, ()> {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    /// Leaves the quiet state however `f` ends.
    struct Leave;
    impl Drop for Leave {
        fn drop(&mut self) {
            QUIET.with(|q| q.set(q.get().saturating_sub(1)));
        }
    }
    QUIET.with(|q| q.set(q.get() + 1));
    let _leave = Leave;
    panic::catch_unwind(AssertUnwindSafe(f)).map_err(|_| ())
}
