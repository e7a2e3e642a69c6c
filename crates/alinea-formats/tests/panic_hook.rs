//! The PDF reader silences the panics it catches from the parser, and only those: a
//! hook the application installed still sees every other panic, on this thread and on
//! others. (Its own test binary: the panic hook is process-wide.)

#[path = "pdf_writer/mod.rs"]
mod pdf_writer;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

#[cfg(feature = "pdf")]
#[test]
fn caught_parser_panics_are_silent_other_panics_reach_the_hook() {
    let seen = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&seen);
    std::panic::set_hook(Box::new(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
    }));
    let damaged = pdf_writer::pdf_of_streams(
        &[(
            String::new(),
            b"BT /F1 12 Tf 72 700 Td (x) Tj ET\n1 0 cm\n".to_vec(),
        )],
        None,
    );
    // Damaged files read on several threads at once while another thread panics.
    let readers: Vec<_> = (0..4)
        .map(|_| {
            let d = damaged.clone();
            std::thread::spawn(move || alinea_formats::extract("bad.pdf", &d, 1 << 20).is_err())
        })
        .collect();
    let panicker = std::thread::spawn(|| panic!("a real panic"));
    for r in readers {
        assert!(r.join().unwrap());
    }
    assert!(panicker.join().is_err());
    assert_eq!(
        seen.load(Ordering::SeqCst),
        1,
        "only the real panic is reported"
    );
    // Still one after another damaged file on this thread; a panic here is reported.
    assert!(alinea_formats::extract("bad.pdf", &damaged, 1 << 20).is_err());
    assert_eq!(seen.load(Ordering::SeqCst), 1);
    assert!(std::panic::catch_unwind(|| panic!("another")).is_err());
    assert_eq!(seen.load(Ordering::SeqCst), 2);
}
