//! Alignment of translations (placeholder while the engine is written).
#![deny(missing_docs)]
