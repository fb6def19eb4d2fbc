//! Text folding and tokenizing, shared by signal detection and language detection.
//!
//! Folding lowercases, removes accents through Unicode NFD decomposition (so
//! "élevé" and "eleve" are the same word), expands the ligatures `œ` and `æ` and
//! unifies apostrophe variants (`’`, `‘`, `ʼ`, `` ` ``, `´`) to `'`.
//!
//! Tokenizing then rewrites the folded text as words separated by single spaces:
//! hyphens, slashes and other symbols separate words, apostrophes stay inside words
//! (`n'est`, `don't`), and clause punctuation (`. , ; : ! ? ( ) "`) becomes a token of
//! its own that bounds negation scope. Cue patterns are matched against this text.
//!
//! Transcripts are cleaned on the way: hesitation fillers ("um", "uh", "euh",
//! "du coup"…, see [`FILLERS`]) are dropped and a word repeated right after itself
//! ("that's that's", "pricy pricy") is kept once, so a cue matches speech as it was
//! transcribed the same as written text.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// The kind of a token in a [`FoldedText`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// A word: letters, digits and inner apostrophes.
    Word,
    /// Clause punctuation, which ends a negation's scope.
    Boundary,
}

/// One token of a [`FoldedText`], as a byte range of its `text`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the token's first byte in the folded text.
    pub start: usize,
    /// Byte offset just past the token's last byte.
    pub end: usize,
    /// Whether the token is a word or punctuation.
    pub kind: TokenKind,
}

/// A folded, tokenized utterance: tokens separated by single spaces.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FoldedText {
    /// The folded text, tokens separated by one space.
    pub text: String,
    /// The tokens, in order.
    pub tokens: Vec<Token>,
}

impl FoldedText {
    /// The text of token `index`.
    #[must_use]
    pub fn token_text(&self, index: usize) -> &str {
        self.tokens
            .get(index)
            .map_or("", |token| &self.text[token.start..token.end])
    }

    /// The index of the token that contains byte `offset`, or the first token after it.
    #[must_use]
    pub fn token_at(&self, offset: usize) -> usize {
        self.tokens.partition_point(|token| token.end <= offset)
    }

    /// The words of the text, punctuation left out.
    pub fn words(&self) -> impl Iterator<Item = &str> {
        self.tokens
            .iter()
            .filter(|token| token.kind == TokenKind::Word)
            .map(|token| &self.text[token.start..token.end])
    }
}

/// Lowercases `text`, removes its accents, expands ligatures and unifies apostrophes.
#[must_use]
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        // Nothing to decompose: the same result, without the Unicode tables.
        return text
            .bytes()
            .map(|b| {
                if b == b'`' {
                    '\''
                } else {
                    char::from(b.to_ascii_lowercase())
                }
            })
            .collect();
    }
    let mut folded = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        for lower in c.to_lowercase() {
            push_folded(&mut folded, lower);
        }
    }
    folded
}

/// Folds accents and apostrophes only, keeping case: safe on regex sources, where
/// lowercasing would change escapes such as `\W`.
#[must_use]
pub fn fold_accents(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
        push_folded(&mut folded, c);
    }
    folded
}

fn push_folded(out: &mut String, c: char) {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' | '\u{2032}' => out.push('\''),
        'œ' => out.push_str("oe"),
        'æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        _ => out.push(c),
    }
}

fn is_boundary(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | '(' | ')' | '"' | '«' | '»' | '…' | '¿' | '¡'
    )
}

/// Folds `text` (see [`fold`]) and splits it into tokens.
#[must_use]
pub fn tokenize(text: &str) -> FoldedText {
    let folded = fold(text);
    let mut out = FoldedText {
        text: String::with_capacity(folded.len() + 8),
        tokens: Vec::with_capacity(folded.len() / 4 + 1),
    };
    let mut word = String::new();
    for c in folded.chars() {
        if c.is_alphanumeric() || (c == '\'' && !word.is_empty()) {
            word.push(c);
        } else {
            flush_word(&mut out, &mut word);
            if is_boundary(c) {
                let mut buffer = [0u8; 4];
                push_token(&mut out, c.encode_utf8(&mut buffer), TokenKind::Boundary);
            }
        }
    }
    flush_word(&mut out, &mut word);
    out
}

/// Words dropped from transcripts: hesitation sounds that carry no meaning.
pub const FILLERS: [&str; 16] = [
    "um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "mm", "mmm", "euh", "euhh", "heu",
    "bah", "ehm",
];

/// Two-word fillers, dropped when both words follow each other.
const FILLER_PAIRS: [(&str, &str); 2] = [("du", "coup"), ("yeah", "no")];

fn flush_word(out: &mut FoldedText, word: &mut String) {
    let trimmed = word.trim_end_matches('\'');
    if !trimmed.is_empty() && !FILLERS.contains(&trimmed) && !repeats_last(out, trimmed) {
        if ends_filler_pair(out, trimmed) {
            pop_token(out);
        } else {
            push_token(out, trimmed, TokenKind::Word);
        }
    }
    word.clear();
}

/// Words that French repeats on purpose ("vous vous moquez", "nous nous voyons").
const REPEATABLE: [&str; 2] = ["vous", "nous"];

/// Whether `word` is the word just before it, said again.
fn repeats_last(out: &FoldedText, word: &str) -> bool {
    !REPEATABLE.contains(&word)
        && out.tokens.last().is_some_and(|last| {
            last.kind == TokenKind::Word && &out.text[last.start..last.end] == word
        })
}

/// Whether `word` completes a two-word filler with the word just before it.
fn ends_filler_pair(out: &FoldedText, word: &str) -> bool {
    out.tokens.last().is_some_and(|last| {
        let previous = &out.text[last.start..last.end];
        FILLER_PAIRS
            .iter()
            .any(|(first, second)| *first == previous && *second == word)
    })
}

fn pop_token(out: &mut FoldedText) {
    out.tokens.pop();
    let end = out.tokens.last().map_or(0, |token| token.end);
    out.text.truncate(end);
}

fn push_token(out: &mut FoldedText, token: &str, kind: TokenKind) {
    if !out.text.is_empty() {
        out.text.push(' ');
    }
    let start = out.text.len();
    out.text.push_str(token);
    out.tokens.push(Token {
        start,
        end: out.text.len(),
        kind,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`fold`] through the Unicode tables whatever the text.
    fn fold_by_tables(text: &str) -> String {
        let mut folded = String::new();
        for c in text.nfd().filter(|c| !is_combining_mark(*c)) {
            for lower in c.to_lowercase() {
                push_folded(&mut folded, lower);
            }
        }
        folded
    }

    proptest::proptest! {
        #[test]
        fn ascii_text_folds_as_through_the_tables(text in "[ -~\\t\\n]{0,200}", mixed in "(?s).{0,60}") {
            proptest::prop_assert_eq!(fold(&text), fold_by_tables(&text));
            proptest::prop_assert_eq!(fold(&mixed), fold_by_tables(&mixed));
        }
    }

    #[test]
    fn folding_lowercases_strips_accents_and_unifies_apostrophes() {
        assert_eq!(fold("It`S ÉTÉ l’œuvre"), "it's ete l'oeuvre");
        assert_eq!(fold("Don`t PANIC"), "don't panic");
    }
}
