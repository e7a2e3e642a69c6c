//! alinea: multilingual text alignment and version comparison, as one library.
//!
//! This is the crate to add. It puts one front door over the engines
//! ([`text`](alinea_text), [`lang`](alinea_lang), [`align`](alinea_align),
//! [`diff`](alinea_diff), [`report`](alinea_report)) with the document-level calls every
//! front end makes — the `alinea` binary, its batch mode, the demo, the evaluations and
//! the Python package — so a policy (which language a document is in, whether two
//! versions get a diff or a cross-language comparison) is decided in one place:
//!
//! * [`Engine::analyze`]: bytes → an analysed document (paragraphs, structure,
//!   languages, sentences);
//! * [`Engine::align`], [`Engine::align_mixed`] (one file, two languages),
//!   [`Engine::align_presplit`]: translations → sentence beads with confidence and flags;
//! * [`Engine::compare`]: two versions → a diff, or a cross-language comparison when
//!   their languages differ;
//! * [`Engine::history`]: N versions → every paragraph's lineage;
//! * [`Engine::check`]: a translation memory (TMX, XLIFF) → its units with QA flags;
//! * [`batch`]: the same calls over many pairs, in parallel, in order.
//!
//! Results render through [`report`] (ladder, JSON Lines, TSV, TMX, Markdown, HTML).
//!
//! ```
//! use alinea::{Engine, Input, Lang};
//!
//! # fn main() -> Result<(), alinea::Error> {
//! let engine = Engine::builder().build()?;
//! let en = Input::text("en", "The Assembly met on 5 June 2019. It adopted resolution 73/27.");
//! let fr = Input::text("fr", "L'Assemblée s'est réunie le 5 juin 2019. Elle a adopté la résolution 73/27.");
//! let pair = engine.align(&en, &fr, Some(Lang::EN), Some(Lang::FR))?;
//! assert_eq!(pair.alignment.beads().len(), 2);
//! let old = Input::text("2018", "1. Calls upon Member States to cooperate.");
//! let new = Input::text("2019", "1. Calls upon all Member States to cooperate.");
//! let changes = engine.compare(&old, &new)?;
//! assert_eq!(changes.to_json()["summary"]["modified"], 1);
//! # Ok(())
//! # }
//! ```
//!
//! # Errors
//!
//! Every call returns [`Error`], whose message names the input it is about (a file
//! path, or the name given to [`Input::text`]). Nothing here prints.
#![deny(missing_docs)]

pub mod batch;
mod check;
mod engine;
mod error;
pub mod eval;
mod input;
mod policy;
mod side;

pub use alinea_align as align;
pub use alinea_diff as diff;
pub use alinea_lang as lang;
pub use alinea_report as report;
pub use alinea_text as text;

pub use alinea_text::Lang;
pub use check::{Checked, CHECK_FLAGS};
pub use engine::{
    AlignedPair, Analyzed, Compared, Comparison, Engine, EngineBuilder, LineRun, SeriesHistory,
};
pub use error::{Error, Result};
pub use input::Input;
pub use policy::{parse_language, parse_languages, sample};
pub use side::Side;
