//! The `alinea` command line: argument parsing and wiring, no text work of its own.
//!
//! Exit statuses: 0 success, 1 failure (bad input, I/O), 2 usage error (from clap).

#![allow(clippy::print_stdout, clippy::print_stderr)]

pub mod args;
pub mod commands;
pub mod corpus;
pub mod demo;
pub mod output;
pub mod pipeline;

use clap::Parser;

use crate::args::{Cli, Command};

/// Runs the command line and returns the process exit code.
pub fn main_entry() -> i32 {
    let cli = Cli::parse();
    let started = std::time::Instant::now();
    let outcome = run(&cli);
    if cli.verbose {
        eprintln!(
            "alinea: {} took {:.3} s",
            command_name(&cli.command),
            started.elapsed().as_secs_f64()
        );
    }
    match outcome {
        Ok(()) => 0,
        Err(err) if output::is_broken_pipe(&err) => 0,
        Err(err) => {
            eprintln!("alinea: error: {err:#}");
            1
        }
    }
}

fn command_name(c: &Command) -> &'static str {
    match c {
        Command::Segment(_) => "segment",
        Command::Detect(_) => "detect",
        Command::Align(_) => "align",
        Command::Diff(_) => "diff",
        Command::History(_) => "history",
        Command::Batch(_) => "batch",
        Command::Eval(_) => "eval",
        Command::Demo(_) => "demo",
    }
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    match &cli.command {
        Command::Segment(a) => commands::segment::run(a, cli.max_bytes),
        Command::Detect(a) => commands::detect::run(a, cli.max_bytes),
        Command::Align(a) => commands::align::run(a, cli.max_bytes),
        Command::Diff(a) => commands::diff::run_diff(a, cli.max_bytes),
        Command::History(a) => commands::diff::run_history(a, cli.max_bytes),
        Command::Batch(a) => commands::batch::run(a, cli.max_bytes, cli.quiet),
        Command::Eval(cmd) => {
            let report = commands::eval::run(cmd, cli.max_bytes)?;
            print!("{report}");
            Ok(())
        }
        Command::Demo(a) => demo::run(a, cli.quiet),
    }
}
