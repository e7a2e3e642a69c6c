//! Arguments → engines, in one step: every code a user typed is parsed and checked here,
//! before any input is read, so a typo fails fast with one message.

use alinea::{Engine, EngineBuilder, Lang};
use anyhow::{Context, Result};

use crate::args::LangFlags;

/// The engine for `--languages` and `--max-bytes`.
pub fn engine(langs: &LangFlags, max_bytes: u64) -> Result<Engine> {
    builder(langs, max_bytes)?
        .build()
        .context("cannot build the language detector")
}

/// The engine settings for `--languages` and `--max-bytes`, checked by building them
/// once, so that an unusable list is refused before any input is read (for the commands
/// that build their engines later, per worker or with more settings).
pub fn settings(langs: &LangFlags, max_bytes: u64) -> Result<EngineBuilder> {
    let b = builder(langs, max_bytes)?;
    b.build().context("cannot build the language detector")?;
    Ok(b)
}

fn builder(langs: &LangFlags, max_bytes: u64) -> Result<EngineBuilder> {
    let mut b = alinea::Engine::builder();
    b.max_bytes(max_bytes);
    if let Some(list) = &langs.languages {
        b.languages(&alinea::parse_languages(list)?);
    }
    Ok(b)
}

/// One optional language code (`--lang`, `--src-lang`, `--tgt-lang`).
pub fn lang(code: Option<&str>) -> Result<Option<Lang>> {
    Ok(code.map(alinea::parse_language).transpose()?)
}
