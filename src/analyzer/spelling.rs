//! Typo tolerance: a long word one edit away from a word of the cue lexicon is
//! read as that word ("expensve", "competiter", "contarct"), so a typed or
//! mis-transcribed cue still matches.
//!
//! The vocabulary is every literal word of eight letters or more found in the cue
//! patterns, compiled once at load. Shorter words are left alone: too many short
//! real words are one edit away from a cue ("finding" and "funding"); the few
//! frequent short typos ("budjet", "tro cher") are cues of their own.
//!
//! Lookup is a symmetric-delete index: each vocabulary word is stored under
//! itself with one letter deleted, so a token's candidates come from at most
//! `len + 1` hash lookups, then an exact check keeps only one insertion, deletion,
//! substitution or swap of two neighbours. Only tokens of eight letters or more that
//! are not already cue words are looked up, and the text is rebuilt only when a
//! word was corrected: an utterance without typos costs a few hash lookups.

use std::collections::{HashMap, HashSet};

use super::normalize::{FoldedText, TokenKind, fold_accents, tokenize};

/// The shortest word corrected, and the shortest vocabulary word.
const MIN_LEN: usize = 8;

/// The cue lexicon's long words, indexed for one-edit lookups.
#[derive(Debug, Clone, Default)]
pub struct Spelling {
    words: HashSet<String>,
    list: Vec<String>,
    /// A vocabulary word with one letter deleted → indices in `list`.
    deletions: HashMap<String, Vec<usize>>,
}

impl Spelling {
    /// Builds the vocabulary from cue pattern sources.
    #[must_use]
    pub fn from_sources<'a>(sources: impl IntoIterator<Item = &'a str>) -> Self {
        let mut spelling = Self::default();
        for source in sources {
            for word in literal_words(source) {
                spelling.insert(word);
            }
        }
        spelling
    }

    fn insert(&mut self, word: String) {
        if word.len() < MIN_LEN || self.words.contains(&word) {
            return;
        }
        let index = self.list.len();
        let mut buffer = String::with_capacity(word.len());
        for position in 0..word.len() {
            delete_at(&word, position, &mut buffer);
            self.deletions
                .entry(buffer.clone())
                .or_default()
                .push(index);
        }
        self.words.insert(word.clone());
        self.list.push(word);
    }

    /// `text` with every long word one edit away from a cue word replaced by it;
    /// `text` itself when nothing needs correcting.
    #[must_use]
    pub fn correct(&self, text: FoldedText) -> FoldedText {
        let corrections: Vec<(usize, &str)> = text
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, token)| token.kind == TokenKind::Word)
            .filter_map(|(index, token)| {
                self.suggestion(&text.text[token.start..token.end])
                    .map(|word| (index, word))
            })
            .collect();
        if corrections.is_empty() {
            return text;
        }
        let mut rebuilt = String::with_capacity(text.text.len() + 8);
        let mut next = corrections.iter().peekable();
        for (index, token) in text.tokens.iter().enumerate() {
            if !rebuilt.is_empty() {
                rebuilt.push(' ');
            }
            match next.next_if(|(at, _)| *at == index) {
                Some((_, word)) => rebuilt.push_str(word),
                None => rebuilt.push_str(&text.text[token.start..token.end]),
            }
        }
        tokenize(&rebuilt)
    }

    /// The cue word `word` is a typo of, if any.
    fn suggestion(&self, word: &str) -> Option<&str> {
        if word.len() < MIN_LEN || !word.is_ascii() || self.words.contains(word) {
            return None;
        }
        let close = |index: &usize| within_one_edit(word, &self.list[*index]);
        // A letter missing from `word`: `word` is a vocabulary word minus one letter.
        if let Some(found) = self
            .deletions
            .get(word)
            .and_then(|v| v.iter().find(|i| close(i)))
        {
            return Some(&self.list[*found]);
        }
        let mut buffer = String::with_capacity(word.len());
        for position in 0..word.len() {
            delete_at(word, position, &mut buffer);
            // A letter too many in `word`.
            if let Some(found) = self.words.get(buffer.as_str())
                && within_one_edit(word, found)
            {
                return Some(found);
            }
            // A wrong letter, or two neighbours swapped.
            if let Some(found) = self
                .deletions
                .get(&buffer)
                .and_then(|v| v.iter().find(|i| close(i)))
            {
                return Some(&self.list[*found]);
            }
        }
        None
    }
}

/// Writes `word` without its byte at `position` into `buffer` (ASCII words only).
fn delete_at(word: &str, position: usize, buffer: &mut String) {
    buffer.clear();
    buffer.push_str(&word[..position]);
    buffer.push_str(&word[position + 1..]);
}

/// Whether `a` becomes `b` by one insertion, deletion, substitution or swap of two
/// neighbouring letters (ASCII), away from both ends of the word: an edit to the
/// first letter ("d'accord", "l'accord") or to the last one ("supervisors",
/// "compared", "installer") makes another real word far more often than a typo.
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let shorter = a.len().min(b.len());
    let (edited, tail) = match a.len().abs_diff(b.len()) {
        0 if shorter >= 1 && a[1..] == b[1..] => (true, shorter - 1),
        0 if shorter >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..] => {
            (true, shorter - 2)
        }
        1 if a.len() > b.len() && &a[1..] == b => (true, shorter),
        1 if b.len() > a.len() && &b[1..] == a => (true, shorter),
        _ => (false, 0),
    };
    edited && prefix >= 1 && tail >= 1
}

/// The literal words of a regex source: runs of letters and apostrophes, folded.
fn literal_words(source: &str) -> Vec<String> {
    fold_accents(source)
        .to_lowercase()
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '\''))
        .map(|word| word.trim_matches('\''))
        .filter(|word| word.len() >= MIN_LEN)
        .map(str::to_owned)
        .collect()
}
