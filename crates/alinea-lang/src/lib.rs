//! Language identification and language runs for alinea.
//!
//! A [`Detector`] is built once, by default over every language the model knows
//! ([`supported_languages`]; an allow-list from [`parse_languages`] restricts it), and then
//! judges texts with [`Detector::detect`], batches with
//! [`Detector::detect_batch`] or its rayon twin [`Detector::detect_batch_parallel`], and
//! whole documents with [`Detector::detect_runs`], which groups consecutive paragraphs into
//! [`Run`]s of one language. [`Detector::document_language`] is the document-level policy
//! (a language, or `und` with a note); [`eval`] scores a detector on labelled files.
//!
//! ```
//! use alinea_lang::{Detector, Lang};
//!
//! # fn main() -> Result<(), alinea_lang::LangError> {
//! let detector = Detector::builder()
//!     .languages(&[Lang::EN, Lang::RU, Lang::from_code("uk").unwrap()])
//!     .build()?;
//! let d = detector.detect("Це було дуже давно.").expect("Cyrillic letters");
//! assert_eq!(d.lang().code(), "uk");
//!
//! let runs = detector.detect_runs(&[
//!     "Генеральная Ассамблея приняла резолюцию без голосования.",
//!     "2019",
//!     "The General Assembly adopted the resolution without a vote.",
//! ]);
//! // The bare number sits between two languages, so it joins the text that follows it.
//! assert_eq!(runs.len(), 2);
//! assert_eq!((runs[0].lang(), runs[0].range()), (Lang::RU, 0..1));
//! assert_eq!((runs[1].lang(), runs[1].range()), (Lang::EN, 1..3));
//! # Ok(())
//! # }
//! ```
//!
//! # Design
//!
//! whatlang's trigram profiles do the bulk of the work, but they are weak on short lines
//! and inside the groups ru/uk/bg, es/pt/ca and fa/ar/ur, and they lose English to its
//! Romance neighbours. The detector adds two kinds of evidence that need no trained data:
//! letters only one language of a group writes (`script`) and hand-written lists of the
//! commonest function words plus a few textbook inflectional endings (`words`). Scores are
//! compared only among allowed languages of the text's dominant script. See
//! [`Detector`] for the scoring rule and [`Run`] for the smoothing of documents.
//!
//! whatlang stays behind this crate's edge: the public API speaks only
//! [`alinea_text::Lang`] (ISO 639-1), so a detector upgrade never ripples into other crates.
#![deny(missing_docs)]

mod backend;
mod detector;
mod document;
mod error;
pub mod eval;
mod known;
mod runs;
mod script;
mod wordmodel;
mod words;

pub use alinea_text::Lang;
pub use detector::{
    identify_unrestricted, parse_languages, supported_languages, Detection, Detector,
    DetectorBuilder,
};
pub use document::{same_family, DocLang, MIN_DOCUMENT_CONFIDENCE};
pub use error::LangError;
pub use runs::Run;
