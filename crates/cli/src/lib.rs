//! The `alinea` command line: argument parsing and wiring, no text work of its own.

/// Runs the command line and returns the process exit code.
pub fn main_entry() -> i32 {
    0
}
