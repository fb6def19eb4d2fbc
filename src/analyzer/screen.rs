//! A one-pass screen over the detector's cue regexes: which of them can match a
//! text at all, so that the others are not run.
//!
//! The cue regexes run on lazily built automata. A text seen before walks states
//! already built and cached; a new text, which is what every message of a call is,
//! walks states spread over megabytes of automata (seventeen of them), and most of
//! the seventeen match nothing. Every match of a regex starts with one of its
//! prefix literals (what `regex-syntax`'s extractor lists), so one Aho-Corasick
//! pass over the text with every regex's prefixes tells which regexes can match;
//! on the call-speech sets about four of seventeen remain. A regex whose prefixes
//! cannot be listed (a leading class too wide, an optional first word, too many
//! alternatives) is never screened out. The screen only skips work: every regex
//! that would match is still run (a test checks it on every data set).

use aho_corasick::{AhoCorasick, AhoCorasickKind};
use regex::Regex;
use regex_syntax::hir::literal::{ExtractKind, Extractor};

/// The longest prefix kept per alternative. Longer prefixes screen more finely
/// but make the automaton bigger; 8 was the fastest of 4, 6, 8 and 12
/// (BENCHMARKS.md, "The cue screen").
const PREFIX_LEN: usize = 8;
/// More prefixes than this for one regex and it is not screened.
const MAX_PREFIXES: usize = 20_000;
/// Classes wider than this end a prefix (`[a-z]` is 26 letters).
const MAX_CLASS: usize = 40;
/// Slots the screen's bit set holds; regexes past them are always run.
const SLOTS: usize = 64;

/// A regex's place in the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Slot(usize);

/// The regexes that may match one text.
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidates(u64);

impl Candidates {
    /// Whether the regex of `slot` may match (false: it cannot).
    pub(super) fn may_match(self, slot: Slot) -> bool {
        slot.0 >= SLOTS || self.0 & (1 << slot.0) != 0
    }
}

/// Collects the regexes to screen, then builds the [`Screen`].
#[derive(Debug, Default)]
pub(super) struct ScreenBuilder {
    prefixes: Vec<Vec<u8>>,
    /// For each prefix, the slot of its regex (under [`SLOTS`]).
    owners: Vec<u8>,
    /// The slots never screened out.
    always: u64,
    /// The slots whose regex starts at an ASCII word boundary.
    word_start: u64,
    slots: usize,
}

impl ScreenBuilder {
    /// Adds `regex` and returns its slot.
    pub(super) fn add(&mut self, regex: &Regex) -> Slot {
        let slot = self.slots;
        self.slots += 1;
        if slot >= SLOTS {
            return Slot(slot);
        }
        let pattern = regex.as_str();
        match prefixes(pattern) {
            Some(prefixes) => {
                // Under SLOTS (64): the slot fits a byte.
                let owner = slot as u8;
                self.owners
                    .extend(std::iter::repeat_n(owner, prefixes.len()));
                self.prefixes.extend(prefixes);
            }
            None => self.always |= 1 << slot,
        }
        if pattern.starts_with(r"(?-u:\b)") {
            self.word_start |= 1 << slot;
        }
        Slot(slot)
    }

    /// The screen of every regex added.
    ///
    /// # Errors
    /// When the prefixes do not fit an automaton (not seen with real cues).
    pub(super) fn build(self) -> Result<Screen, String> {
        let prefixes = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&self.prefixes)
            .map_err(|e| format!("cue screen: {e}"))?;
        Ok(Screen {
            prefixes,
            owners: self.owners,
            always: self.always,
            word_start: self.word_start,
        })
    }
}

/// Which cue regexes can match a text, found in one pass over it.
#[derive(Debug, Clone)]
pub(super) struct Screen {
    prefixes: AhoCorasick,
    owners: Vec<u8>,
    always: u64,
    word_start: u64,
}

impl Screen {
    /// The regexes that may match `text`: those with a prefix in it (where a
    /// regex starts at a word boundary, a prefix found inside a word does not
    /// count), and those never screened out.
    pub(super) fn candidates(&self, text: &str) -> Candidates {
        let bytes = text.as_bytes();
        let mut found = self.always;
        for hit in self.prefixes.find_overlapping_iter(text) {
            let bit = 1 << self.owners[hit.pattern().as_usize()];
            if found & bit != 0 {
                continue;
            }
            if self.word_start & bit == 0 || at_word_boundary(bytes, hit.start()) {
                found |= bit;
            }
        }
        Candidates(found)
    }
}

/// The prefix literals of `pattern`'s matches; `None` when they cannot be
/// listed or one is empty (the regex may then match anywhere).
fn prefixes(pattern: &str) -> Option<Vec<Vec<u8>>> {
    let hir = regex_syntax::Parser::new().parse(pattern).ok()?;
    let mut seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_class(MAX_CLASS)
        .limit_literal_len(PREFIX_LEN)
        .limit_total(MAX_PREFIXES)
        .extract(&hir);
    seq.dedup();
    let literals = seq.literals()?;
    if literals.is_empty() || literals.iter().any(|l| l.as_bytes().is_empty()) {
        return None;
    }
    Some(literals.iter().map(|l| l.as_bytes().to_vec()).collect())
}

/// Whether an ASCII word boundary (`(?-u:\b)`) lies at `at` in `bytes`.
fn at_word_boundary(bytes: &[u8], at: usize) -> bool {
    let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let before = at
        .checked_sub(1)
        .and_then(|i| bytes.get(i))
        .is_some_and(word);
    let after = bytes.get(at).is_some_and(word);
    before != after
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(patterns: &[&str]) -> (Screen, Vec<Slot>, Vec<Regex>) {
        let regexes: Vec<Regex> = patterns.iter().map(|p| Regex::new(p).unwrap()).collect();
        let mut builder = ScreenBuilder::default();
        let slots = regexes.iter().map(|r| builder.add(r)).collect();
        (builder.build().unwrap(), slots, regexes)
    }

    #[test]
    fn a_regex_is_run_only_when_one_of_its_prefixes_starts_a_word() {
        let (screen, slots, _) = screen(&[
            r"(?-u:\b)(?:(too|way too) (expensive|pricey))(?: |$)",
            r"(?-u:\b)(?:ask (my|our) boss)(?: |$)",
        ]);
        let both = screen.candidates("honestly way too pricey and i must ask our boss");
        assert!(both.may_match(slots[0]) && both.may_match(slots[1]));
        let neither = screen.candidates("the task was fine");
        assert!(!neither.may_match(slots[0]), "no prefix at all");
        assert!(
            !neither.may_match(slots[1]),
            "`ask` inside `task` starts no word"
        );
    }

    #[test]
    fn a_regex_without_listable_prefixes_is_always_run() {
        let (screen, slots, _) = screen(&[
            r"(?-u:\b)(?:([a-z']+ ){0,3}too much)(?: |$)",
            r"(?-u:\b)(?:\w+ later)(?: |$)",
            r"(?-u:\b)(?:(maybe )?later)(?: |$)",
        ]);
        let none = screen.candidates("nothing to see");
        assert!(
            none.may_match(slots[0]),
            "a word gap first: any word starts it"
        );
        assert!(none.may_match(slots[1]), "a class too wide first");
        assert!(
            !none.may_match(slots[2]),
            "an optional word is listed both ways"
        );
        assert!(screen.candidates("talk later").may_match(slots[2]));
    }

    #[test]
    fn every_regex_that_matches_is_a_candidate() {
        let patterns = [
            r"(?-u:\b)(?:pas (le|les) moyens|c'est (trop )?cher)(?: |$)",
            r"(?-u:\b)(?:(need|want) ([a-z']+ ){0,2}(asap|yesterday))(?: |$)",
            r"(?-u:\b)(?:urgence|urgent)(?: |$)",
        ];
        let (screen, slots, regexes) = screen(&patterns);
        let texts = [
            "d'urgence on a pas les moyens",
            "we need it like yesterday",
            "c'est cher",
            "urgently",
            "",
        ];
        for text in texts {
            let candidates = screen.candidates(text);
            for (regex, slot) in regexes.iter().zip(&slots) {
                if regex.is_match(text) {
                    assert!(candidates.may_match(*slot), "{text:?}: {regex}");
                }
            }
        }
        assert!(!screen.candidates("urgently").may_match(slots[0]));
    }

    #[test]
    fn slots_past_the_bit_set_are_always_run() {
        let mut builder = ScreenBuilder::default();
        let regex = Regex::new("(?-u:\\b)(?:rare)(?: |$)").unwrap();
        let slots: Vec<Slot> = (0..SLOTS + 1).map(|_| builder.add(&regex)).collect();
        let screen = builder.build().unwrap();
        let candidates = screen.candidates("common words");
        assert!(!candidates.may_match(slots[0]));
        assert!(candidates.may_match(slots[SLOTS]));
    }
}
