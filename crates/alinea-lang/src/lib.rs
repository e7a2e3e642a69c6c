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
//! A word-frequency model ([`wordmodel`](crate), 20,000 words of each of 33 languages from
//! `wordfreq`, CC BY-SA 4.0, compiled into the crate) does the bulk of the work: it is exact
//! on short lines and between close relatives, where whatlang's trigrams guess. whatlang
//! (all 70 of its languages) is consulted only when its vote could change the outcome,
//! and is the only evidence for the languages the word model lacks. Letters only one
//! language of a group writes (`script`) add a little. See [`Detector`] for the scoring
//! rule and [`Run`] for the smoothing of documents.
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

pub use alinea_text::Lang;
pub use detector::{
    identify_unrestricted, parse_languages, supported_languages, Detection, Detector,
    DetectorBuilder,
};
pub use document::{same_family, DocLang, LineLang, MIN_DOCUMENT_CONFIDENCE, MIN_LINE_CONFIDENCE};
pub use error::LangError;
pub use runs::Run;
