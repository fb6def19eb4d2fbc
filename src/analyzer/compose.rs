//! From a conversation to a suggestion: what situation the call is in, then which
//! questions and direction of the playbook fit it.
//!
//! The message answered dominates: its signals (or, when the agent spoke last, the
//! signals of the latest client utterance) choose the entries. When it has none,
//! the conversation may still (see `context`): an objection raised a few turns
//! ago and not settled, a readiness to close, or a price the agent just quoted
//! answered with a noncommittal "hmm, okay" choose the entry instead. With several signals
//! the highest-priority one gives two questions and the direction, the next one a
//! third question. With none, the entry of the situation (stage × the client's
//! sentiment) is used, so an opening, a stalled discovery and a tense late call get
//! different advice. Picks rotate with the message `seq`: the same input always
//! gives the same output, and consecutive messages do not repeat it word for word.

use super::context::context_signal;
use super::detector::Detector;
use super::language::{Language, detect_conversation};
use super::playbook::{Entry, LanguageBook, StagesFile};
use crate::domain::{Conversation, Sentiment, Signal, SignalSet, Speaker, Suggestion};

/// How many questions a suggestion carries when the playbook allows it.
const QUESTIONS: usize = 3;

/// Where the call stands, by the sequence number of the message answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// The first messages: greetings, context.
    Opening,
    /// Needs and situation are being explored.
    Discovery,
    /// Well into the call: time to move towards a decision.
    Late,
}

impl Stage {
    /// Every stage, in call order.
    pub const ALL: [Self; 3] = [Self::Opening, Self::Discovery, Self::Late];

    /// The playbook key.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Opening => "opening",
            Self::Discovery => "discovery",
            Self::Late => "late",
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

    /// The stage of a message; a summarised conversation is past its opening.
    #[must_use]
    pub(crate) fn of(seq: u64, summarised: bool, bounds: StagesFile) -> Self {
        if seq <= bounds.opening_until_seq && !summarised {
            Self::Opening
        } else if seq <= bounds.discovery_until_seq {
            Self::Discovery
        } else {
            Self::Late
        }
    }
}

/// What the analyzer makes of a conversation before choosing words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analysis {
    /// The conversation's language.
    pub language: Language,
    /// Signals of the message answered (or of the latest client utterance).
    pub signals: SignalSet,
    /// When those are empty, the signal the conversation still gives: an open
    /// objection, a readiness to close, or a likely price objection after a quote.
    /// It chooses the entry but is not reported as detected.
    pub context: Option<Signal>,
    /// The call's stage.
    pub stage: Stage,
    /// The sentiment of the latest client utterance (else of the last message).
    pub sentiment: Sentiment,
    /// The sequence number of the message answered, which varies the picks.
    pub seq: u64,
}

/// Analyses the conversation's last message in its context.
#[must_use]
pub fn assess(detector: &Detector, stages: StagesFile, conversation: &Conversation) -> Analysis {
    let last = conversation.last();
    let focus = conversation
        .messages
        .iter()
        .rposition(|m| m.speaker == Speaker::Client);
    let focused = focus.map(|index| conversation.messages[index].as_ref());
    let signals = focused.map_or_else(SignalSet::new, |m| detector.detect_message(m));
    let context = match focus {
        Some(index) if signals.is_empty() => context_signal(detector, conversation, index),
        _ => None,
    };
    Analysis {
        language: detect_conversation(conversation),
        signals,
        context,
        stage: Stage::of(last.seq, conversation.summary.is_some(), stages),
        sentiment: focused.unwrap_or(last).sentiment,
        seq: last.seq,
    }
}

/// Builds the suggestion for an analysis; `api_unavailable` adds that signal and
/// the playbook's note to the direction.
#[must_use]
pub fn compose(book: &LanguageBook, analysis: &Analysis, api_unavailable: bool) -> Suggestion {
    let ranked: Vec<&Entry> = analysis
        .signals
        .iter()
        .chain(analysis.context)
        .map(|s| book.signal(s))
        .collect();
    let primary = ranked
        .first()
        .copied()
        .unwrap_or_else(|| book.situation(analysis.stage, analysis.sentiment));
    let questions = choose_questions(primary, ranked.get(1).copied(), analysis.seq);
    let mut recommended_direction = rotate(&primary.directions, analysis.seq, primary.salt)
        .next()
        .cloned()
        .unwrap_or_default();
    let mut signals_detected = analysis.signals.ids();
    if api_unavailable {
        signals_detected.push(Signal::API_UNAVAILABLE.to_owned());
        recommended_direction.push(' ');
        recommended_direction.push_str(book.api_unavailable());
    }
    Suggestion {
        questions,
        signals_detected,
        recommended_direction,
    }
}

/// Two questions from the primary entry and one from the secondary (three from the
/// primary when alone), topped up from the primary if the secondary repeats one.
fn choose_questions(primary: &Entry, secondary: Option<&Entry>, seq: u64) -> Vec<String> {
    let from_primary = if secondary.is_some() { 2 } else { QUESTIONS };
    let candidates = rotate(&primary.questions, seq, primary.salt)
        .take(from_primary)
        .chain(
            secondary
                .into_iter()
                .flat_map(|entry| rotate(&entry.questions, seq, entry.salt).take(1)),
        )
        .chain(rotate(&primary.questions, seq, primary.salt).skip(from_primary));
    let mut questions: Vec<String> = Vec::with_capacity(QUESTIONS);
    for candidate in candidates {
        if questions.len() == QUESTIONS {
            break;
        }
        if !questions.contains(candidate) {
            questions.push(candidate.clone());
        }
    }
    questions
}

/// The items of `pool`, starting at a place set by `seq` and `salt`, wrapping around.
/// Consecutive `seq`s start one item apart, so their picks differ.
fn rotate(pool: &[String], seq: u64, salt: u64) -> impl Iterator<Item = &String> {
    let len = pool.len().max(1);
    let start = usize::try_from(seq.wrapping_add(salt) % len as u64).unwrap_or(0);
    pool.iter().cycle().skip(start).take(pool.len())
}
