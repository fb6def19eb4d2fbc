//! Server-sent events decoded in one pass: lines end with CR, LF or CRLF (also
//! across chunk boundaries), the `data:` fields of an event are joined, comments and
//! other fields are ignored, and a blank line ends an event.
//!
//! Every byte is looked at once and kept only until its line ends, so a hostile
//! stream costs linear time; how many bytes it may send is the caller's cap. Written
//! here rather than taken from `eventsource-stream`, which scans its whole buffer
//! again for a line end on every chunk and copies the rest of the buffer after every
//! line: quadratic on a long line sent in pieces, or on many short lines.

/// The UTF-8 byte order mark a stream may start with.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes a stream of bytes into the data of its events.
#[derive(Debug, Default)]
pub struct EventDecoder {
    /// The current line, not ended yet.
    line: Vec<u8>,
    /// The current event's data lines, each followed by LF.
    data: Vec<u8>,
    /// The last chunk ended with CR: an LF opening the next one belongs to it.
    after_cr: bool,
    /// The first bytes were seen (and a byte order mark dropped).
    started: bool,
}

impl EventDecoder {
    /// A decoder at the start of a stream.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Decodes `chunk`; the data of every event it completes, in order. An event
    /// with no data line gives nothing.
    pub fn feed(&mut self, chunk: &[u8]) -> Vec<String> {
        let mut rest = self.skip_prelude(chunk);
        let mut events = Vec::new();
        while let Some(end) = rest.iter().position(|b| matches!(b, b'\n' | b'\r')) {
            let (line, tail) = rest.split_at(end);
            rest = &tail[1..];
            if tail[0] == b'\r' {
                match rest.first() {
                    Some(b'\n') => rest = &rest[1..],
                    None => self.after_cr = true,
                    Some(_) => {}
                }
            }
            if self.line.is_empty() {
                self.end_line(line, &mut events);
            } else {
                self.line.extend_from_slice(line);
                let whole = std::mem::take(&mut self.line);
                self.end_line(&whole, &mut events);
                self.line = whole;
                self.line.clear();
            }
        }
        self.line.extend_from_slice(rest);
        events
    }

    /// `chunk` without a byte order mark opening the stream, or the LF of a CRLF
    /// split between two chunks.
    fn skip_prelude<'a>(&mut self, chunk: &'a [u8]) -> &'a [u8] {
        let mut rest = chunk;
        if !self.started && !rest.is_empty() {
            self.started = true;
            rest = rest.strip_prefix(BOM).unwrap_or(rest);
        }
        if self.after_cr && !rest.is_empty() {
            self.after_cr = false;
            rest = rest.strip_prefix(b"\n").unwrap_or(rest);
        }
        rest
    }

    /// Handles one whole `line`: a blank one ends the event.
    fn end_line(&mut self, line: &[u8], events: &mut Vec<String>) {
        if line.is_empty() {
            if !self.data.is_empty() {
                self.data.pop();
                events.push(String::from_utf8_lossy(&self.data).into_owned());
                self.data.clear();
            }
            return;
        }
        let (field, value) = match line.iter().position(|b| *b == b':') {
            Some(colon) => (&line[..colon], &line[colon + 1..]),
            None => (line, &[][..]),
        };
        if field == b"data" {
            let value = value.strip_prefix(b" ").unwrap_or(value);
            self.data.extend_from_slice(value);
            self.data.push(b'\n');
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn decode(chunks: &[&[u8]]) -> Vec<String> {
        let mut decoder = EventDecoder::new();
        chunks
            .iter()
            .flat_map(|chunk| decoder.feed(chunk))
            .collect()
    }

    #[test]
    fn events_are_their_data_lines_joined() {
        let stream =
            b"data: one\n\n: a comment\nevent: x\ndata:two\ndata: lines\n\nid: 3\n\ndata: end";
        assert_eq!(decode(&[stream]), vec!["one", "two\nlines"]);
    }

    #[test]
    fn every_line_ending_is_understood_even_split_between_chunks() {
        assert_eq!(
            decode(&[b"data: a\r\n\r\ndata: b\r\rdata: c\n\n"]),
            ["a", "b", "c"]
        );
        assert_eq!(
            decode(&[b"data: a\r", b"\n\r", b"\ndata: b\r", b"\r"]),
            ["a", "b"]
        );
        assert_eq!(decode(&[b"\xEF\xBB\xBFdata: bom\n\n"]), ["bom"]);
        assert_eq!(decode(&[b"da", b"ta: sp", b"lit\n", b"\n"]), ["split"]);
    }

    #[test]
    fn empty_data_and_field_only_lines_are_events_of_their_own() {
        assert_eq!(decode(&[b"data\n\ndata:\ndata:\n\n\n\n"]), ["", "\n"]);
    }

    proptest! {
        #[test]
        fn chunk_boundaries_never_change_what_is_decoded(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'\n'), Just(b'\r'), Just(b':'), Just(b' '), Just(b'd'),
                            Just(b'a'), Just(b't'), any::<u8>()], 0..400),
            cuts in proptest::collection::vec(any::<usize>(), 0..8),
        ) {
            let whole = decode(&[&bytes]);
            let mut points: Vec<usize> = cuts.iter().map(|c| c % (bytes.len() + 1)).collect();
            points.sort_unstable();
            let mut chunks = Vec::new();
            let mut from = 0;
            for point in points {
                chunks.push(&bytes[from..point]);
                from = point;
            }
            chunks.push(&bytes[from..]);
            prop_assert_eq!(decode(&chunks), whole);
        }
    }
}
