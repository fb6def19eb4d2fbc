//! The features the detection model reads from one utterance: words, word pairs,
//! negated words, character 4-grams, the emotion word and the sentiment.
//!
//! Features are named by short strings (`w cher`, `b pas cher`, `n cher`,
//! `c <che`, `e annoyed`, `s negative`) and hashed with FNV-1a (`stable_hash`), so
//! the trainer (`examples/train_analyzer.rs`), which writes the names next to
//! the weights, and the server, which only hashes, agree by construction: both go
//! through [`for_each`]. One reused buffer builds the names: no allocation per
//! feature.
//!
//! The text is the detector's: folded, tokenized, fillers dropped, repeated words
//! kept once and long words one typo away from a cue word corrected. A word pair
//! never spans clause punctuation; a word within the negation window after a
//! negator (same clause, see `negation`) also gives its negated feature, so "pas
//! cher" and "cher" weigh differently.

use super::negation::NegationRules;
use super::normalize::{FoldedText, TokenKind, fold};
use crate::domain::{Sentiment, stable_hash};

/// The length of the character n-grams.
const GRAM: usize = 4;

/// What one utterance gives the model besides its words.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    /// The utterance's sentiment.
    pub sentiment: Sentiment,
    /// Its emotion word, as sent.
    pub emotion: &'a str,
}

/// Calls `each` with the hash and the name of every feature of `text`.
pub fn for_each(
    text: &FoldedText,
    negation: &NegationRules,
    side: Side<'_>,
    mut each: impl FnMut(u64, &str),
) {
    let mut name = String::with_capacity(48);
    let mut emit = |parts: &[&str]| {
        name.clear();
        for part in parts {
            name.push_str(part);
        }
        each(stable_hash(&name), &name);
    };
    let mut framed = String::with_capacity(24);
    let mut previous: Option<&str> = None;
    let mut negated_left = 0usize;
    for (index, token) in text.tokens.iter().enumerate() {
        let word = text.token_text(index);
        if token.kind == TokenKind::Boundary {
            previous = None;
            negated_left = 0;
            continue;
        }
        emit(&["w ", word]);
        if let Some(before) = previous {
            emit(&["b ", before, " ", word]);
        }
        if negated_left > 0 {
            emit(&["n ", word]);
            negated_left -= 1;
        }
        if negation.is_negator(word) {
            negated_left = negation.window();
        } else if negation.breaks_scope(word) {
            negated_left = 0;
        }
        char_grams(word, &mut framed, &mut emit);
        previous = Some(word);
    }
    let emotion = fold(side.emotion);
    emit(&["e ", emotion.trim()]);
    emit(&["s ", side.sentiment.as_str()]);
}

/// The character 4-grams of `word` framed as `<word>`, for words of 3 letters or
/// more: they carry stems and inflections ("<cher", "cher>" in "chère", "cher").
/// `framed` is a buffer reused from word to word.
fn char_grams(word: &str, framed: &mut String, emit: &mut impl FnMut(&[&str])) {
    if word.len() < GRAM - 1 || !word.is_ascii() {
        return;
    }
    framed.clear();
    framed.push('<');
    framed.push_str(word);
    framed.push('>');
    for start in 0..=framed.len() - GRAM {
        emit(&["c ", &framed[start..start + GRAM]]);
    }
}
