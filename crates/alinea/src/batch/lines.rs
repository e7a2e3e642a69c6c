//! Reading a manifest or a record stream line by line, with a ceiling on line length so
//! that one runaway line (a file without line breaks, binary data) cannot take all memory.

use std::io::{self, BufRead};

/// One line of input.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The line's bytes, without `\n` or `\r\n`.
    Bytes(Vec<u8>),
    /// The line was longer than the limit; its length in bytes (it was skipped).
    TooLong(u64),
}

impl Line {
    /// A line already split off its input (a record a driver holds, a Spark row), with
    /// the treatment [`LineReader`] gives a line it reads: one trailing `\r` removed,
    /// and refused when longer than `limit` bytes.
    pub fn from_bytes(mut bytes: Vec<u8>, limit: u64) -> Line {
        let len = bytes.len() as u64;
        if len > limit {
            return Line::TooLong(len);
        }
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
        Line::Bytes(bytes)
    }
}

/// Reads lines of at most `limit` bytes each.
pub struct LineReader<R> {
    inner: R,
    limit: u64,
}

impl<R: BufRead> LineReader<R> {
    /// A reader refusing lines longer than `limit` bytes.
    pub fn new(inner: R, limit: u64) -> LineReader<R> {
        LineReader { inner, limit }
    }

    /// The next line, or `None` at the end of the input.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        let mut buf = Vec::new();
        let mut len = 0u64;
        let mut seen = false;
        loop {
            let chunk = match self.inner.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                if !seen {
                    return Ok(None);
                }
                break;
            }
            seen = true;
            let (part, used, done) = match chunk.iter().position(|&b| b == b'\n') {
                Some(i) => (&chunk[..i], i + 1, true),
                None => (chunk, chunk.len(), false),
            };
            len += part.len() as u64;
            if len <= self.limit {
                buf.extend_from_slice(part);
            } else if !buf.is_empty() {
                buf = Vec::new(); // Give the memory back now, not at the end of the line.
            }
            self.inner.consume(used);
            if done {
                break;
            }
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
            len -= 1;
        }
        if len > self.limit {
            return Ok(Some(Line::TooLong(len)));
        }
        Ok(Some(Line::Bytes(buf)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &[u8], limit: u64) -> Vec<Line> {
        // A tiny buffer, so that lines cross buffer boundaries.
        let mut r = LineReader::new(io::BufReader::with_capacity(3, input), limit);
        let mut v = Vec::new();
        while let Some(l) = r.next_line().unwrap() {
            v.push(l);
        }
        v
    }

    #[test]
    fn splits_lines_and_strips_crlf() {
        let b = |s: &str| Line::Bytes(s.as_bytes().to_vec());
        assert_eq!(
            all(b"ab\r\n\ncdefg\nlast", 100),
            vec![b("ab"), b(""), b("cdefg"), b("last")]
        );
        assert_eq!(all(b"", 100), vec![]);
        assert_eq!(all(b"one\n", 100), vec![b("one")]);
    }

    #[test]
    fn a_line_held_is_treated_as_a_line_read() {
        for (input, limit) in [
            (&b"ab\r"[..], 100),
            (b"abc", 100),
            (b"abcdef\r", 5),
            (b"", 5),
        ] {
            let mut with_newline = input.to_vec();
            with_newline.push(b'\n');
            assert_eq!(
                Line::from_bytes(input.to_vec(), limit),
                all(&with_newline, limit).remove(0),
                "{input:?}"
            );
        }
    }

    #[test]
    fn long_lines_are_skipped_not_kept() {
        let b = |s: &str| Line::Bytes(s.as_bytes().to_vec());
        assert_eq!(
            all(b"short\nmuch too long\nok\n", 5),
            vec![b("short"), Line::TooLong(13), b("ok")]
        );
    }
}
