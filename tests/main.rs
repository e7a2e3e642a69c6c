//! End-to-end tests, compiled into one binary: the seeds through the library, and the
//! built `alinea` binary on good and bad input.
// Tests and benches report to the console; the libraries never print.
#![allow(clippy::print_stdout, clippy::print_stderr)]

mod util;

mod align_cli;
mod batch;
mod browser;
mod check_cli;
mod cli_errors;
mod demo;
mod diff_cli;
mod formats_cli;
mod output_files;
mod pdf_cli;
mod readme;
mod seeds;
mod streaming;
