//! The `alinea` command line: parses arguments, calls the `alinea` library, renders and
//! writes. No text work of its own.
//!
//! Exit statuses: 0 success (also when standard output is closed early, as by `| head`),
//! 1 failure (bad input, I/O), 2 usage error (from clap).

#![allow(clippy::print_stdout, clippy::print_stderr)]

mod args;
mod commands;
mod corpus;
mod demo;
mod output;
mod plan;

use clap::Parser;

use crate::args::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let started = std::time::Instant::now();
    let outcome = run(&cli);
    if cli.verbose {
        eprintln!(
            "alinea: {} took {:.3} s",
            cli.command.name(),
            started.elapsed().as_secs_f64()
        );
    }
    let code = match outcome {
        Ok(()) => 0,
        Err(_) if output::stdout_closed() => 0,
        Err(err) if output::is_broken_pipe(&err) => 0,
        Err(err) => {
            eprintln!("alinea: error: {err:#}");
            1
        }
    };
    std::process::exit(code);
}

fn run(cli: &Cli) -> anyhow::Result<()> {
    let max = cli.max_bytes;
    match &cli.command {
        Command::Segment(a) => commands::segment::run(a, max),
        Command::Detect(a) => commands::detect::run(a, max),
        Command::Align(a) => commands::align::run(a, max, cli.quiet),
        Command::Diff(a) => commands::diff::run_diff(a, max),
        Command::History(a) => commands::diff::run_history(a, max),
        Command::Batch(a) => commands::batch::run(a, max, cli.quiet),
        Command::Check(a) => commands::check::run(a, max, cli.quiet),
        Command::Eval(cmd) => commands::eval::run(cmd, max),
        Command::Demo(a) => demo::run(a, cli.quiet),
    }
}
