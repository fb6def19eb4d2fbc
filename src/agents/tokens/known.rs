//! Parts of a prompt whose token estimate is already known (a template's fixed
//! lines, each context line), and the sums that reuse them.
//!
//! A part's estimate adds up with the rest of the text when the part stands on
//! lines of its own (see [`stands_alone`]): the pieces of the text are then the
//! pieces before it, its own, and the pieces after it. So a prompt's estimate is
//! the known parts' estimates plus the estimates of the gaps between them, and
//! since no piece weighs more tokens than it has bytes, the known parts plus the
//! gaps' lengths in bytes is a bound above it that costs no scan at all.

/// `len` bytes of a text from byte `at`, whose raw estimate is `raw`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KnownPart {
    /// Where the part starts, in bytes.
    pub at: usize,
    /// Its length in bytes.
    pub len: usize,
    /// Its raw (unrounded) estimate.
    pub raw: f64,
}

/// Whether the `len` bytes of `text` from `at` stand on lines of their own, so
/// that their estimate adds up: at the start of the text or after a line break,
/// at its end or before one, neither starting nor ending with white space. Then
/// the piece before them ends at `at` (a run of white space stops at its first
/// letter), their own pieces are those of the part alone, and their last piece
/// ends with them (a line break continues no word, number or punctuation run,
/// and no space before it is left to join the next word).
#[must_use]
pub fn stands_alone(text: &str, at: usize, len: usize) -> bool {
    let bytes = text.as_bytes();
    let end = at + len;
    len > 0
        && end <= bytes.len()
        && (at == 0 || bytes[at - 1] == b'\n')
        && (end == bytes.len() || bytes[end] == b'\n')
        && !bytes[at].is_ascii_whitespace()
        && !bytes[end - 1].is_ascii_whitespace()
}

/// The known parts' estimates plus `gap` of each stretch of `text` between
/// them. `known` is sorted by position; a part that does not stand alone, or
/// that overlaps the one before it, is counted as part of a gap instead.
pub fn sum(text: &str, known: &mut [KnownPart], gap: impl Fn(&str) -> f64) -> f64 {
    known.sort_unstable_by_key(|part| part.at);
    let (mut total, mut pos) = (0.0, 0);
    for part in known.iter() {
        if part.at < pos || !stands_alone(text, part.at, part.len) {
            continue;
        }
        total += gap(&text[pos..part.at]) + part.raw;
        pos = part.at + part.len;
    }
    total + gap(&text[pos..])
}

/// How many of the known lines are searched for before the first is found.
const SEARCHED_LINES: usize = 2;

/// Adds to `found` the `lines` (each with its raw estimate) that `text` holds
/// in order, each on a line of its own: one line found, the next ones are
/// looked for right after it. A line not where expected ends the search, and so
/// do [`SEARCHED_LINES`] lines not found at all (a prompt showing other
/// renderings of the messages costs a few searches, not one per line).
pub fn find_lines<'a>(
    text: &str,
    lines: impl IntoIterator<Item = (&'a str, f64)>,
    found: &mut Vec<KnownPart>,
) {
    let mut next: Option<usize> = None;
    for (tried, (line, raw)) in lines.into_iter().enumerate() {
        let fits = |at: usize| stands_alone(text, at, line.len()) && text[at..].starts_with(line);
        let at = match next {
            None if tried == SEARCHED_LINES => return,
            None => text
                .match_indices(line)
                .map(|(at, _)| at)
                .find(|&at| fits(at)),
            Some(at) => Some(at).filter(|&at| fits(at)),
        };
        match at {
            Some(at) => {
                found.push(KnownPart {
                    at,
                    len: line.len(),
                    raw,
                });
                next = Some(at + line.len() + 1);
            }
            None if next.is_some() => return,
            None => {}
        }
    }
}
