//! The text foundation of alinea: reading documents, the normalized matching view,
//! paragraphs rebuilt from hard-wrapped PDF text, their structure (labels, headings,
//! footnotes, document symbols, preamble and operative parts) and sentences.
//!
//! Every unit keeps a [`Span`] of byte offsets into the original decoded text, so that
//! reports quote the user's own text while matching works on the normalized view.

#![deny(missing_docs)]

mod bytescan;
pub mod dangling;
pub mod dialogue;
pub mod document;
pub mod fxhash;
pub mod invariants;
pub mod label;
pub mod lang;
pub mod lines;
pub mod normalize;
pub mod read;
pub mod reflow;
pub mod script;
pub mod sentence;
pub mod span;
pub mod structure;
pub mod symbols;
pub mod token;

pub use document::{Document, Paragraph, PresplitError, Sentence};
pub use label::{Label, LabelKind};
pub use lang::{Lang, LangError};
pub use read::{decode, read_bytes_limited, read_path, read_path_limited, ReadError, Source};
pub use sentence::split_sentences;
pub use span::Span;
pub use structure::{ParaKind, Part};
