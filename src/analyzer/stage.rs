//! The stages of a call, and the playbook's `[stages]` section: the words of
//! small talk, which tell an opening (nothing said yet beyond greetings) from
//! the rest of the call.
//!
//! Which stage a conversation is in is read from what was said (see
//! `context`), not from the message number.

use std::collections::HashSet;

use serde::Deserialize;

use super::normalize::{fold, tokenize};

/// Where the call stands, from what was said so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Nothing said yet beyond greetings.
    Opening,
    /// Needs and situation are being explored; no objection open.
    Discovery,
    /// An objection was raised and is not settled yet.
    ObjectionHandling,
    /// The client showed a readiness to close, and no objection is open since.
    Closing,
}

impl Stage {
    /// Every stage, in call order.
    pub const ALL: [Self; 4] = [
        Self::Opening,
        Self::Discovery,
        Self::ObjectionHandling,
        Self::Closing,
    ];

    /// The playbook key.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Opening => "opening",
            Self::Discovery => "discovery",
            Self::ObjectionHandling => "objection_handling",
            Self::Closing => "closing",
        }
    }

    /// Parses a playbook key.
    #[must_use]
    pub fn parse(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|stage| stage.as_str() == key)
    }

    /// The stage's rank in [`Stage::ALL`].
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The most words a small-talk utterance has.
const SMALL_TALK_WORDS: usize = 12;
/// The most words of a small-talk utterance outside the vocabulary (a name, a
/// company); never more than half as many as those inside it.
const OTHER_WORDS: usize = 2;

/// `[stages]` as written in the playbook.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StagesFile {
    /// Words of greetings and courtesies, English and French.
    pub small_talk: Vec<String>,
}

/// The compiled `[stages]` section.
#[derive(Debug, Clone)]
pub struct SmallTalk {
    words: HashSet<String>,
}

impl SmallTalk {
    /// Folds and checks the vocabulary.
    ///
    /// # Errors
    /// A message naming `stages.small_talk` when it is empty or holds a phrase.
    pub fn from_file(file: &StagesFile) -> Result<Self, String> {
        let mut words = HashSet::with_capacity(file.small_talk.len());
        for (index, word) in file.small_talk.iter().enumerate() {
            let folded = fold(word.trim());
            if folded.is_empty() || folded.contains(char::is_whitespace) {
                return Err(format!(
                    "stages.small_talk[{index}]: {word:?} must be one word"
                ));
            }
            words.insert(folded);
        }
        if words.is_empty() {
            return Err("stages.small_talk: at least one word needed".to_owned());
        }
        Ok(Self { words })
    }

    /// Whether `text` is a greeting or a courtesy and nothing more: a few
    /// words, all but [`OTHER_WORDS`] of them (and at most one in three) from
    /// the vocabulary.
    #[must_use]
    pub fn is_small_talk(&self, text: &str) -> bool {
        let folded = tokenize(text);
        let mut words = 0;
        let mut others = 0;
        for word in folded.words() {
            words += 1;
            if !self.words.contains(word) {
                others += 1;
            }
        }
        words <= SMALL_TALK_WORDS && others <= OTHER_WORDS && 2 * others <= words - others
    }
}
