//! The analyzer's extractive summary: what it notes in the messages that leave a
//! session's window (signals seen, objections, commitments, names and numbers),
//! merged into the session's [`Digest`], and the digest written out as the
//! summary the prompts carry when no LLM wrote one.
//!
//! Every list is bounded, and its first entries are never evicted: what was said
//! in minute two stays, the middle of the call gives way to its latest moments.

use std::fmt::Write;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::language::{Language, score_text};
use super::normalize::fold;
use crate::domain::{Digest, Note, Signal, SignalSet, Speaker, Utterance};

/// Objections kept: the first [`KEPT_FIRST`], then the latest.
const MAX_OBJECTIONS: usize = 6;
/// Commitments kept: the first [`KEPT_FIRST`], then the latest.
const MAX_COMMITMENTS: usize = 6;
/// Messages with names or numbers kept: the first [`FACTS_KEPT_FIRST`], then the latest.
const MAX_FACTS: usize = 12;
/// Entries of the objections and commitments never evicted.
const KEPT_FIRST: usize = 2;
/// Entries of the facts never evicted.
const FACTS_KEPT_FIRST: usize = 6;
/// Longest quote, in characters.
const QUOTE_CHARS: usize = 100;
/// Most names and numbers noted per message.
const FACTS_PER_MESSAGE: usize = 4;

/// Signals that mean the client objects.
const OBJECTIONS: [Signal; 6] = [
    Signal::PriceObjection,
    Signal::Competitor,
    Signal::Hesitation,
    Signal::DecisionMaker,
    Signal::Frustration,
    Signal::Confusion,
];

/// Words that announce a commitment or a next step, either side (folded text).
static COMMITMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(i'll|i will|we'll|we will|let's|let us|i can send|i'll send|send me|send you|i promise|next step|schedule|book a|sign|je vais|nous allons|on va|je vous envoie|envoyez-moi|je m'engage|prochaine etape|on signe|je signe)\b",
    )
    .expect("the commitment pattern is valid")
});

/// A number, with the word or unit after it ("42 agents", "12 000 €", "15%").
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[€$£]?\d+(?:[.,\u{202f}\u{a0} ]\d{3})*(?:[.,]\d+)?\s?(?:%|€|\$|£|k€|k\b)?(?:\s?[\p{L}][\p{L}'’-]*)?")
        .expect("the number pattern is valid")
});

/// A run of capitalised words ("Marie Dubois", "Northwind"), or an acronym.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*|\p{Lu}{2,6})\b")
        .expect("the name pattern is valid")
});

/// Capitalised words that are no names, dropped from the start of a run.
const NOT_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I'll",
    "I've",
    "I'd",
    "OK",
    "Ok",
    "Okay",
    "Yes",
    "No",
    "Hi",
    "Hello",
    "Thanks",
    "Thank",
    "The",
    "Well",
    "So",
    "But",
    "And",
    "Sure",
    "Great",
    "Perfect",
    "Honestly",
    "Je",
    "J'ai",
    "Oui",
    "Non",
    "Bonjour",
    "Merci",
    "Le",
    "La",
    "Les",
    "Alors",
    "Bon",
    "Donc",
    "Mais",
    "Et",
    "Parfait",
    "Honnêtement",
];

/// `digest` with what `messages` say merged in.
#[must_use]
pub fn merge(
    detect: impl Fn(&Utterance) -> SignalSet,
    digest: &Digest,
    messages: &[Arc<Utterance>],
) -> Digest {
    let mut digest = digest.clone();
    for message in messages {
        note_message(&mut digest, message, detect(message));
    }
    digest
}

fn note_message(digest: &mut Digest, message: &Utterance, signals: SignalSet) {
    for signal in signals.iter() {
        let seen = digest
            .signals
            .entry(signal.as_str().to_owned())
            .or_default();
        seen.count += 1;
        seen.last_seq = message.seq;
    }
    let note = |text: String| Note {
        seq: message.seq,
        speaker: message.speaker,
        text,
    };
    if message.speaker == Speaker::Client && OBJECTIONS.iter().any(|s| signals.contains(*s)) {
        push_bounded(
            &mut digest.objections,
            note(quote(&message.text)),
            MAX_OBJECTIONS,
            KEPT_FIRST,
        );
    }
    let ready = signals.contains(Signal::ClosingReadiness);
    if ready || COMMITMENT.is_match(&fold(&message.text)) {
        push_bounded(
            &mut digest.commitments,
            note(quote(&message.text)),
            MAX_COMMITMENTS,
            KEPT_FIRST,
        );
    }
    let facts = facts(&message.text, digest);
    if !facts.is_empty() {
        push_bounded(
            &mut digest.facts,
            note(facts.join(", ")),
            MAX_FACTS,
            FACTS_KEPT_FIRST,
        );
    }
}

/// Appends `note`; past `max`, evicts the oldest entry after the first `keep_first`.
fn push_bounded(notes: &mut Vec<Note>, note: Note, max: usize, keep_first: usize) {
    notes.push(note);
    if notes.len() > max {
        notes.remove(keep_first.min(notes.len() - 1));
    }
}

/// The names and numbers of `text` not noted yet.
fn facts(text: &str, digest: &Digest) -> Vec<String> {
    let known = |item: &str| digest.facts.iter().any(|n| n.text.contains(item));
    let mut found: Vec<String> = Vec::new();
    for item in names(text).into_iter().chain(numbers(text)) {
        if found.len() == FACTS_PER_MESSAGE {
            break;
        }
        if !known(&item) && !found.iter().any(|f| f.contains(item.as_str())) {
            found.push(item);
        }
    }
    found
}

/// Capitalised runs and acronyms, without the words of [`NOT_NAMES`] they start
/// with, nor a sentence's first word when it stands alone.
fn names(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for found in NAME.find_iter(text) {
        let before = text[..found.start()].trim_end();
        let mut starts_sentence = before.is_empty() || before.ends_with(['.', '!', '?', ':', ';']);
        let mut words: Vec<&str> = found.as_str().split_whitespace().collect();
        while words.first().is_some_and(|w| NOT_NAMES.contains(w)) {
            words.remove(0);
            starts_sentence = false;
        }
        match words.as_slice() {
            [] => {}
            [word] if starts_sentence && !is_acronym(word) => {}
            _ => names.push(words.join(" ")),
        }
    }
    names
}

fn is_acronym(word: &str) -> bool {
    word.chars().count() >= 2 && word.chars().all(char::is_uppercase)
}

/// Numbers with what they count or measure: a bare number ("point 17") says
/// nothing out of its sentence.
fn numbers(text: &str) -> Vec<String> {
    NUMBER
        .find_iter(text)
        .map(|m| m.as_str().trim().to_owned())
        .filter(|n| n.chars().any(|c| c.is_alphabetic() || "€$£%".contains(c)))
        .collect()
}

/// The text on one line, cut at [`QUOTE_CHARS`] characters.
fn quote(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= QUOTE_CHARS {
        return text;
    }
    let cut: String = text.chars().take(QUOTE_CHARS).collect();
    format!("{}…", cut.trim_end())
}

/// The language most of `messages` speak.
#[must_use]
pub fn language(messages: &[Arc<Utterance>]) -> Language {
    let (english, french) = messages
        .iter()
        .map(|m| m.rendered.language_score(|| score_text(&m.text)))
        .fold((0, 0), |(e, f), (en, fr)| (e + en, f + fr));
    if french > english {
        Language::Fr
    } else {
        Language::En
    }
}

/// Labels of the written digest, per language.
struct Labels {
    intro: &'static str,
    signals: &'static str,
    objections: &'static str,
    commitments: &'static str,
    facts: &'static str,
    last: &'static str,
}

const EN: Labels = Labels {
    intro: "Extracted from messages 1 to",
    signals: "Signals seen",
    objections: "Objections",
    commitments: "Commitments and next steps",
    facts: "Names and numbers",
    last: "last",
};

const FR: Labels = Labels {
    intro: "Extrait des messages 1 à",
    signals: "Signaux relevés",
    objections: "Objections",
    commitments: "Engagements et prochaines étapes",
    facts: "Noms et chiffres",
    last: "dernier",
};

/// The digest as a summary, in `language`, covering messages up to `through_seq`.
#[must_use]
pub fn write(digest: &Digest, through_seq: u64, language: Language) -> String {
    let labels = match language {
        Language::En => &EN,
        Language::Fr => &FR,
    };
    let mut out = format!("{} {through_seq}.", labels.intro);
    if !digest.signals.is_empty() {
        let signals: Vec<String> = digest
            .signals
            .iter()
            .map(|(id, seen)| format!("{id} ×{} ({} #{})", seen.count, labels.last, seen.last_seq))
            .collect();
        let _ = write!(out, "\n{}: {}.", labels.signals, signals.join(", "));
    }
    write_notes(&mut out, labels.objections, &digest.objections, true);
    write_notes(&mut out, labels.commitments, &digest.commitments, true);
    write_notes(&mut out, labels.facts, &digest.facts, false);
    out
}

fn write_notes(out: &mut String, label: &str, notes: &[Note], quoted: bool) {
    if notes.is_empty() {
        return;
    }
    let notes: Vec<String> = notes
        .iter()
        .map(|n| {
            if quoted {
                format!("#{} {}: \"{}\"", n.seq, n.speaker.as_str(), n.text)
            } else {
                format!("#{} {}", n.seq, n.text)
            }
        })
        .collect();
    let _ = write!(out, "\n{label}: {}.", notes.join("; "));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Sentiment;

    fn utterance(seq: u64, speaker: Speaker, text: &str) -> Arc<Utterance> {
        Arc::new(Utterance {
            seq,
            text: text.to_owned(),
            speaker,
            sentiment: Sentiment::Neutral,
            emotion: "calm".to_owned(),
            message_id: None,
            timestamp: None,
            received_at: chrono::Utc::now(),
            rendered: Default::default(),
        })
    }

    fn none(_: &Utterance) -> SignalSet {
        SignalSet::new()
    }

    #[test]
    fn names_and_numbers_are_noted_once() {
        let messages = [
            utterance(
                3,
                Speaker::Client,
                "I'm Marie Dubois from Northwind; we run 42 agents and pay 12,000 € a year.",
            ),
            utterance(
                4,
                Speaker::Agent,
                "Thanks Marie Dubois, 42 agents is a good size.",
            ),
        ];
        let digest = merge(none, &Digest::default(), &messages);
        assert_eq!(digest.facts.len(), 1, "{:?}", digest.facts);
        let noted = &digest.facts[0].text;
        for item in ["Marie Dubois", "Northwind", "42 agents", "12,000 €"] {
            assert!(noted.contains(item), "{item} in {noted}");
        }
    }

    #[test]
    fn a_sentence_s_first_word_alone_is_no_name() {
        assert_eq!(
            names("Honestly the price is high. Could we talk to Acme?"),
            ["Acme"]
        );
        assert_eq!(names("SAP is what we use"), ["SAP"]);
    }

    #[test]
    fn commitments_are_noted_from_either_side() {
        let messages = [
            utterance(7, Speaker::Agent, "I'll send you the proposal by Friday."),
            utterance(
                8,
                Speaker::Client,
                "Je vais en parler à mon directeur demain.",
            ),
            utterance(9, Speaker::Client, "The weather is nice."),
        ];
        let digest = merge(none, &Digest::default(), &messages);
        let seqs: Vec<u64> = digest.commitments.iter().map(|n| n.seq).collect();
        assert_eq!(seqs, [7, 8]);
    }

    #[test]
    fn the_first_entries_survive_a_long_call() {
        let mut digest = Digest::default();
        for seq in 1..=400 {
            let text = format!(
                "Customer {} orders {seq} seats; I'll call back.",
                ["Alpha", "Beta"][seq as usize % 2]
            );
            let message = utterance(seq, Speaker::Client, &text);
            digest = merge(none, &digest, &[message]);
        }
        assert_eq!(digest.facts.len(), MAX_FACTS);
        assert_eq!(digest.facts[0].seq, 1);
        assert_eq!(digest.commitments.len(), MAX_COMMITMENTS);
        assert_eq!(digest.commitments[0].seq, 1);
        assert_eq!(digest.commitments.last().map(|n| n.seq), Some(400));
    }

    #[test]
    fn the_written_digest_names_each_part_in_the_call_s_language() {
        let messages = [utterance(
            3,
            Speaker::Client,
            "Je suis Marie Dubois, nous avons 42 agents.",
        )];
        let digest = merge(none, &Digest::default(), &messages);
        let text = write(&digest, 10, language(&messages));
        assert!(text.starts_with("Extrait des messages 1 à 10."), "{text}");
        assert!(
            text.contains("Noms et chiffres: #3 Marie Dubois, 42 agents"),
            "{text}"
        );
    }
}
