//! Counting a prompt's tokens for PROMPT_TOKEN_BUDGET, for the upstream's
//! tokenizer family (tiktoken's `o200k_base` or `cl100k_base`), without the
//! tokenizer itself.
//!
//! tiktoken's vocabularies cost 5 to 8 MB of binary, a quarter of a second to
//! load and about 45 MB of memory (o200k, measured with `tiktoken-rs` 0.12), and
//! encoding runs at about 5 MB/s: too much to count every prompt of every message
//! of a server that may never talk to OpenAI. So prompts are counted the way
//! tiktoken splits them before its byte-pair merges — words (with the space
//! before them), runs of up to three digits, runs of punctuation, line breaks —
//! and each piece is given the tokens it takes at most in practice: one for a
//! word up to a length, one more per few letters past it, accented letters
//! costing extra, a token per one and a half letters of a code mixing letters and
//! digits (or inner capitals), every byte of an emoji or a symbol a token.
//!
//! The estimate is meant to be above the true count. Measured against
//! `tiktoken-rs` (`tests/api/summaries.rs`) on every prompt the shipped templates
//! render for the sample conversations and the analyzer's labelled utterances,
//! English and French, at every length (1.4 million tokens): o200k 1.03 to 1.17
//! times the true count (1.10 overall), cl100k 1.09 to 1.37 (1.25); emoji, CJK,
//! Cyrillic, hashes, ids, base64 and JSON are above it too. A single short line
//! can come out about 10 % under; a whole prompt never did. [`Budget`] keeps a
//! further [`MARGIN`] of the budget free on top of that.

use std::sync::Arc;

pub use self::known::KnownPart;
use crate::config::TokenizerChoice;
use crate::domain::Utterance;

/// The share of PROMPT_TOKEN_BUDGET kept free for the estimate's error.
pub const MARGIN: f64 = 0.05;

/// How many tokens a piece takes, for one tokenizer family.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Weights {
    /// Letters a word takes in one token.
    word: usize,
    /// Letters per extra token past `word`.
    per_extra: f64,
    /// Extra tokens per accented (non-ASCII Latin) letter.
    accent: f64,
    /// Extra tokens per capital letter after a word's first.
    capital: f64,
    /// Punctuation characters per token.
    punctuation: f64,
    /// Tokens per letter of another script (CJK, Cyrillic…).
    other_script: f64,
}

const O200K: Weights = Weights {
    word: 12,
    per_extra: 2.0,
    accent: 0.5,
    capital: 0.0,
    punctuation: 2.0,
    other_script: 1.0,
};

const CL100K: Weights = Weights {
    word: 6,
    per_extra: 5.0,
    accent: 0.25,
    capital: 0.0,
    punctuation: 2.0,
    other_script: 2.0,
};

/// Counts tokens for one tokenizer family.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TokenCounter {
    weights: Weights,
}

impl TokenCounter {
    /// A counter for `family` (`Auto` counts as `cl100k`, the larger count).
    #[must_use]
    pub fn new(family: TokenizerChoice) -> Self {
        let weights = match family {
            TokenizerChoice::O200k => O200K,
            TokenizerChoice::Cl100k | TokenizerChoice::Auto => CL100K,
        };
        Self { weights }
    }

    /// The estimated tokens of `text` (see the module documentation). It walks
    /// the text piece by piece in place: every prompt of every message is
    /// counted, so no copy of it is made.
    #[must_use]
    pub fn count(&self, text: &str) -> usize {
        ceil(self.raw(text))
    }

    /// The unrounded estimate of `text`. Every piece weighs a multiple of a
    /// quarter token, so sums of these are exact: the raw estimate of a text is
    /// the sum of its parts' wherever they split at a piece boundary.
    #[must_use]
    pub fn raw(&self, text: &str) -> f64 {
        let w = &self.weights;
        let mut total = 0.0;
        let mut rest = text;
        while let Some(&first) = rest.as_bytes().first() {
            let (len, tokens) = if first.is_ascii() {
                piece(rest, char::from(first), w)
            } else {
                rest.chars()
                    .next()
                    .map_or((rest.len(), 0.0), |c| piece(rest, c, w))
            };
            total += tokens;
            rest = &rest[len..];
        }
        total
    }

    /// [`TokenCounter::count`] of `text`, reusing the raw estimates of `lines`
    /// (each with its [`TokenCounter::raw`]) where `text` holds them, in order,
    /// each on a line of its own (see [`known::find_lines`]). The count is the
    /// same as `count(text)` whatever `lines` holds.
    #[must_use]
    pub fn count_with_lines<'a>(
        &self,
        text: &str,
        lines: impl IntoIterator<Item = (&'a str, f64)>,
    ) -> usize {
        let mut found = Vec::new();
        known::find_lines(text, lines, &mut found);
        self.count_known(text, &mut found)
    }

    /// [`TokenCounter::count`] of `text`, reusing the estimates of its `known`
    /// parts: the same count whatever they are, as long as each part's estimate
    /// is that of the text it covers (a part that does not stand on lines of its
    /// own is counted in place).
    #[must_use]
    pub fn count_known(&self, text: &str, known: &mut [KnownPart]) -> usize {
        ceil(known::sum(text, known, |gap| self.raw(gap)))
    }

    /// The counters of both families, in the order of [`TokenCounter::family`].
    #[must_use]
    pub fn families() -> [Self; 2] {
        [
            Self::new(TokenizerChoice::Cl100k),
            Self::new(TokenizerChoice::O200k),
        ]
    }

    /// Which tokenizer family this counter is for (a key for cached estimates,
    /// and the index of its counter in [`TokenCounter::families`]).
    #[must_use]
    pub fn family(&self) -> u8 {
        u8::from(self.weights == O200K)
    }
}

/// A raw estimate rounded up to whole tokens.
fn ceil(total: f64) -> usize {
    // The total is a small, non-negative number.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "bounded above by the text's length"
    )]
    let count = total.ceil() as usize;
    count
}

/// The piece `text` starts with (its first character is `c`): its length in
/// bytes, and its tokens. Pieces of ASCII characters (nearly all of a prompt)
/// are scanned byte by byte.
fn piece(text: &str, c: char, w: &Weights) -> (usize, f64) {
    let bytes = text.as_bytes();
    if c.is_ascii_alphanumeric()
        && let Some(piece) = ascii_alphanumeric(bytes, w)
    {
        piece
    } else if is_latin_letter(c) || c.is_ascii_digit() {
        let len = run_of(text, |c| is_latin_letter(c) || c.is_ascii_digit());
        (len, alphanumeric(&text[..len], w))
    } else if c == ' ' {
        let len = ascii_run(bytes, |b| b == b' ');
        let joins_next = len == 1
            && text[len..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        (len, if joins_next { 0.0 } else { 1.0 })
    } else if c.is_ascii_whitespace() {
        (ascii_run(bytes, |b| b.is_ascii_whitespace()), 1.0)
    } else if c.is_ascii() {
        let len = ascii_run(bytes, |b| b.is_ascii() && is_punctuation(char::from(b)));
        (len, (as_f64(len) / w.punctuation).ceil())
    } else if c.is_alphabetic() {
        (c.len_utf8(), w.other_script)
    } else {
        (c.len_utf8(), as_f64(c.len_utf8()))
    }
}

/// Bytes at the start of `text` whose characters all satisfy `keep`.
fn run_of(text: &str, keep: impl Fn(char) -> bool) -> usize {
    text.char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(text.len(), |(at, _)| at)
}

/// Bytes at the start of `bytes` that satisfy `keep`, which only ASCII
/// characters can (so the run ends on a character boundary).
fn ascii_run(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    bytes.iter().position(|&b| !keep(b)).unwrap_or(bytes.len())
}

/// The letters and digits `bytes` starts with, when they are all ASCII: their
/// length and tokens, as [`alphanumeric`] counts them, in one pass for a plain
/// word; `None` when a non-ASCII character follows, which may be a letter of
/// the same run.
fn ascii_alphanumeric(bytes: &[u8], w: &Weights) -> Option<(usize, f64)> {
    let (mut len, mut digits, mut capitals) = (0, 0, 0);
    while let Some(&b) = bytes.get(len) {
        if b.is_ascii_uppercase() {
            capitals += usize::from(len > 0);
        } else if b.is_ascii_digit() {
            digits += 1;
        } else if !b.is_ascii_lowercase() {
            break;
        }
        len += 1;
    }
    if bytes.get(len).is_some_and(|b| !b.is_ascii()) {
        return None;
    }
    if digits == 0 && capitals <= 1 {
        // A plain word (no accented letter in ASCII): `alphanumeric`'s one part.
        return Some((len, word(len, w) + as_f64(capitals) * w.capital));
    }
    let code = digits < len || capitals > 1;
    let mut total = 0.0;
    for part in bytes[..len].chunk_by(|a, b| a.is_ascii_digit() == b.is_ascii_digit()) {
        total += if part[0].is_ascii_digit() {
            (as_f64(part.len()) / 3.0).ceil()
        } else if code {
            (as_f64(part.len()) / 1.5).ceil()
        } else {
            word(part.len(), w) + as_f64(capitals) * w.capital
        };
    }
    Some((len, total))
}

/// Tokens of a run of letters and digits: a word, a number (digits go by three),
/// or a code mixing them or with inner capitals (hashes, ids, base64), whose
/// letters go by about one and a half, and each letter or digit part at least one.
fn alphanumeric(run: &str, w: &Weights) -> f64 {
    let letters = run.chars().count();
    let digits = run.bytes().filter(u8::is_ascii_digit).count();
    let capitals = run.chars().skip(1).filter(|c| c.is_uppercase()).count();
    let code = (digits > 0 && digits < letters) || capitals > 1;
    let part = |len: usize, accents: usize, is_digits: bool| {
        if is_digits {
            (as_f64(len) / 3.0).ceil()
        } else if code {
            (as_f64(len) / 1.5).ceil()
        } else {
            word(len, w) + as_f64(accents) * w.accent + as_f64(capitals) * w.capital
        }
    };
    let mut total = 0.0;
    let (mut len, mut accents, mut in_digits) = (0, 0, false);
    for c in run.chars() {
        let is_digit = c.is_ascii_digit();
        if len > 0 && is_digit != in_digits {
            total += part(len, accents, in_digits);
            (len, accents) = (0, 0);
        }
        in_digits = is_digit;
        len += 1;
        accents += usize::from(!c.is_ascii());
    }
    if len > 0 {
        total += part(len, accents, in_digits);
    }
    total
}

/// Tokens of a word of `letters` letters.
fn word(letters: usize, w: &Weights) -> f64 {
    if letters <= w.word {
        1.0
    } else {
        1.0 + (as_f64(letters - w.word) / w.per_extra).ceil()
    }
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
}

fn is_punctuation(c: char) -> bool {
    !c.is_ascii_alphanumeric() && !c.is_ascii_whitespace()
}

fn as_f64(n: usize) -> f64 {
    f64::from(u32::try_from(n).unwrap_or(u32::MAX))
}

/// PROMPT_TOKEN_BUDGET, counted for the upstream's tokenizer family.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Budget {
    counter: TokenCounter,
    tokens: usize,
}

impl Budget {
    /// A budget of `tokens` counted with `counter`.
    #[must_use]
    pub fn new(tokens: usize, counter: TokenCounter) -> Self {
        Self { counter, tokens }
    }

    /// PROMPT_TOKEN_BUDGET.
    #[must_use]
    pub fn tokens(&self) -> usize {
        self.tokens
    }

    /// The estimated tokens a prompt may take: the budget less [`MARGIN`].
    #[must_use]
    pub fn limit(&self) -> usize {
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a share of a usize"
        )]
        let limit = (as_f64(self.tokens) * (1.0 - MARGIN)).floor() as usize;
        limit
    }

    /// The estimated tokens of `text`.
    #[must_use]
    pub fn count(&self, text: &str) -> usize {
        self.counter.count(text)
    }

    /// Which tokenizer family the budget is counted for ([`TokenCounter::family`]).
    #[must_use]
    pub fn family(&self) -> u8 {
        self.counter.family()
    }

    /// [`Budget::excess`] of a prompt whose `known` parts' estimates are known
    /// (its template's fixed lines) and that holds the context lines of
    /// `messages` (each line's estimate made once and kept beside its message).
    #[must_use]
    pub fn excess_of_prompt(
        &self,
        prompt: &str,
        mut known: Vec<KnownPart>,
        messages: &[Arc<Utterance>],
    ) -> usize {
        let family = self.counter.family();
        let lines = messages.iter().filter_map(|m| {
            let line = m.rendered.made_context_line()?;
            Some((
                line,
                m.rendered.context_tokens(family, || self.counter.raw(line)),
            ))
        });
        known::find_lines(prompt, lines, &mut known);
        self.excess_known(prompt, &mut known)
    }

    /// [`Budget::excess`] of `text` whose `known` parts' estimates are known.
    /// No piece weighs more tokens than it has bytes, so when the known parts
    /// and the other bytes fit, the text fits and is not scanned at all.
    #[must_use]
    pub fn excess_known(&self, text: &str, known: &mut [KnownPart]) -> usize {
        let bound = ceil(known::sum(text, known, |gap| as_f64(gap.len())));
        if bound <= self.limit() {
            return 0;
        }
        self.counter
            .count_known(text, known)
            .saturating_sub(self.limit())
    }

    /// By how many estimated tokens `text` is over the limit (0: it fits).
    #[must_use]
    pub fn excess(&self, text: &str) -> usize {
        self.count(text).saturating_sub(self.limit())
    }
}

pub mod known;
#[cfg(test)]
mod tests;
