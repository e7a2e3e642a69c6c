//! Language identification for alinea (placeholder while the detector is written).
#![deny(missing_docs)]
