//! One module per subcommand; each turns parsed arguments into library calls and output.

pub mod align;
pub mod batch;
pub mod check;
pub mod detect;
pub mod diff;
pub mod eval;
pub mod segment;
