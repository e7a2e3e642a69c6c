//! `alinea batch`: many documents at once (placeholder; being written).

use anyhow::{bail, Result};
use clap::Args;

/// `alinea batch`.
#[derive(Debug, Args)]
pub struct BatchArgs {
    /// `align` or `diff`.
    pub mode: String,
    /// The manifest (`-` with --jsonl reads records from standard input).
    pub manifest: std::path::PathBuf,
}

/// Runs the command.
pub fn run(_args: &BatchArgs, _max_bytes: u64, _quiet: bool) -> Result<()> {
    bail!("alinea batch is not available yet")
}
