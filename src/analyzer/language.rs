//! English or French: which language a conversation is held in.
//!
//! Each recent message is scored for both languages: function words that belong
//! to one language only ("the", "you" / "le", "vous"), accented letters and French
//! elisions (`c'est`, `j'ai`) for French, English contractions (`don't`, `we're`)
//! for English. Newer messages weigh more, so a call that switches language
//! switches the suggestions within a message or two. Without any evidence the
//! conversation is taken as English.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::normalize::{FoldedText, tokenize};
use crate::domain::Conversation;

/// A language the playbook is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    /// English.
    En,
    /// French.
    Fr,
}

impl Language {
    /// The playbook key (`en`, `fr`).
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Fr => "fr",
        }
    }
}

/// How many of the latest messages are looked at.
const RECENT_MESSAGES: usize = 6;

const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "is", "are", "was", "were", "i", "you", "we", "they", "it", "this", "that",
    "what", "which", "who", "not", "with", "for", "from", "to", "of", "in", "at", "do", "does",
    "did", "can", "could", "would", "should", "will", "have", "has", "had", "be", "been", "yes",
    "thanks", "thank", "hello", "hi", "please", "just", "about", "there", "how", "why", "when",
    "my", "your", "our", "their", "but", "so", "if", "no", "any", "us", "too", "really", "okay",
    "right", "sure", "need", "want", "get", "think", "know", "see", "much", "very",
];

const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "est", "sont", "je", "tu", "il",
    "elle", "nous", "vous", "ils", "elles", "ce", "cette", "ces", "mon", "ma", "mes", "notre",
    "nos", "votre", "vos", "leur", "que", "qui", "quoi", "pas", "ne", "avec", "pour", "dans",
    "sur", "par", "mais", "ou", "donc", "oui", "non", "merci", "bonjour", "au", "aux", "tres",
    "bien", "ca", "cela", "aussi", "comme", "tout", "plus", "moins", "faut", "peut", "suis",
    "avez", "avons", "fait", "deja", "encore", "alors", "quand", "comment", "pourquoi", "combien",
    "en", "y", "d'accord", "bon", "voila", "trop", "vraiment",
];

static ENGLISH: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ENGLISH_WORDS.iter().copied().collect());
static FRENCH: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| FRENCH_WORDS.iter().copied().collect());

const FRENCH_ELISIONS: &[&str] = &["c'", "j'", "l'", "d'", "n'", "qu'", "s'", "m'", "t'"];
const ENGLISH_CONTRACTIONS: &[&str] = &["n't", "'re", "'ve", "'ll", "'m", "'s", "'d"];

/// Evidence for each language in a text: (English, French).
#[must_use]
pub fn score_text(text: &str) -> (u32, u32) {
    score_tokens(text, &tokenize(text))
}

/// [`score_text`] for a text already tokenized (`tokens` is `tokenize(text)`).
#[must_use]
pub fn score_tokens(text: &str, tokens: &FoldedText) -> (u32, u32) {
    let accents = text
        .chars()
        .filter(|c| "éèêëàâçùûüîïôœÉÈÊÀÇ".contains(*c))
        .count();
    let mut english = 0;
    let mut french = u32::try_from(accents.min(3)).unwrap_or(3);
    for word in tokens.words() {
        english += u32::from(ENGLISH.contains(word));
        french += u32::from(FRENCH.contains(word));
        if FRENCH_ELISIONS
            .iter()
            .any(|e| word.len() > e.len() && word.starts_with(e))
        {
            french += 1;
        } else if ENGLISH_CONTRACTIONS.iter().any(|c| word.ends_with(c)) {
            english += 1;
        }
    }
    (english, french)
}

/// The language of one text; English when nothing tells.
#[must_use]
pub fn detect_text(text: &str) -> Language {
    let (english, french) = score_text(text);
    if french > english {
        Language::Fr
    } else {
        Language::En
    }
}

/// The language of a conversation, from its latest messages, newest weighing most.
#[must_use]
pub fn detect_conversation(conversation: &Conversation) -> Language {
    let mut english = 0u64;
    let mut french = 0u64;
    let recent = conversation.messages.iter().rev().take(RECENT_MESSAGES);
    for (age, message) in (0u64..).zip(recent) {
        let weight = RECENT_MESSAGES as u64 + 1 - age;
        let (en, fr) = message
            .rendered
            .language_score(|| score_text(&message.text));
        english += weight * u64::from(en);
        french += weight * u64::from(fr);
    }
    if french > english {
        Language::Fr
    } else {
        Language::En
    }
}
