//! From a conversation to a suggestion: what situation the call is in, then which
//! questions and direction of the playbook fit it.
//!
//! The message answered dominates: its signals (or, when the agent spoke last, the
//! signals of the latest client utterance) choose the entries; with several, the
//! highest-priority one gives two questions and the direction, the next one a
//! third question. A price the agent just quoted answered with a noncommittal
//! "hmm, okay" counts as a price objection (not reported as detected). Without
//! signals, the situation of the call (its stage, read from the conversation by
//! `context`, × the client's sentiment) gives two questions and the direction,
//! and the signal still open that set the stage (an objection a few turns ago, a
//! readiness to close) a third question; nothing open, the situation gives all
//! three.
//!
//! Questions already suggested in the session (`Conversation::suggested`) are
//! not suggested again while an entry has others; when its pool is exhausted, the
//! least recently suggested come back first, so there are always 2–3 questions.
//! Among fresh questions, picks rotate with the message `seq`: the same input
//! always gives the same output.

use std::sync::Arc;

use super::context::{self, Reading};
use super::detector::Detector;
use super::language::{Language, detect_conversation};
use super::playbook::{Entry, LanguageBook};
use super::stage::{SmallTalk, Stage};
use crate::domain::{Conversation, Sentiment, Signal, SignalSet, Speaker, Suggestion};

/// How many questions a suggestion carries when the playbook allows it.
const QUESTIONS: usize = 3;

/// What the analyzer makes of a conversation before choosing words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Analysis {
    /// The conversation's language.
    pub language: Language,
    /// Signals of the message answered (or of the latest client utterance).
    pub signals: SignalSet,
    /// A signal the message answered implies without saying it (a likely price
    /// objection after a quote): it leads like a detected one, unreported.
    pub implied: Option<Signal>,
    /// When the message answered has no signal, the earlier one still open that
    /// set the stage (an objection, a readiness to close): it gives a question,
    /// unreported.
    pub open: Option<Signal>,
    /// The call's stage, read from the conversation.
    pub stage: Stage,
    /// The sentiment of the latest client utterance (else of the last message).
    pub sentiment: Sentiment,
    /// The sequence number of the message answered, which varies the picks.
    pub seq: u64,
}

/// Analyses the conversation's last message in its context.
#[must_use]
pub fn assess(
    detector: &Detector,
    small_talk: &SmallTalk,
    conversation: &Conversation,
) -> Analysis {
    let last = conversation.last();
    let focus = conversation
        .messages
        .iter()
        .rposition(|m| m.speaker == Speaker::Client);
    let focused = focus.map(|index| conversation.messages[index].as_ref());
    let signals = focused.map_or_else(SignalSet::new, |m| detector.detect_message(m));
    let Reading {
        stage,
        open,
        implied,
    } = context::read(detector, small_talk, conversation, focus, signals);
    Analysis {
        language: detect_conversation(conversation),
        signals,
        implied,
        open,
        stage,
        sentiment: focused.unwrap_or(last).sentiment,
        seq: last.seq,
    }
}

/// Builds the suggestion for an analysis, avoiding the questions already
/// `suggested` (oldest first); `api_unavailable` adds that signal and the
/// playbook's note to the direction.
#[must_use]
pub fn compose(
    book: &LanguageBook,
    analysis: &Analysis,
    suggested: &[Arc<str>],
    api_unavailable: bool,
) -> Suggestion {
    let (primary, secondary) = entries(book, analysis);
    let questions = choose_questions(primary, secondary, analysis.seq, suggested);
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

/// The entry that gives the direction and most questions, and the one that
/// gives a third question: the signals' (detected, then implied; the situation
/// after an implied one), else the situation's and the open signal's.
fn entries<'b>(book: &'b LanguageBook, analysis: &Analysis) -> (&'b Entry, Option<&'b Entry>) {
    let situation = book.situation(analysis.stage, analysis.sentiment);
    let mut ranked = analysis
        .signals
        .iter()
        .chain(analysis.implied)
        .map(|s| book.signal(s));
    match ranked.next() {
        Some(primary) => {
            let implied_only = analysis.signals.is_empty();
            (primary, ranked.next().or(implied_only.then_some(situation)))
        }
        None => (situation, analysis.open.map(|s| book.signal(s))),
    }
}

/// Two questions from the primary entry and one from the secondary (three from
/// the primary when alone), topped up from the primary if the secondary repeats
/// one. Questions never suggested in the session come first, in the rotation's
/// order; then the least recently suggested.
fn choose_questions(
    primary: &Entry,
    secondary: Option<&Entry>,
    seq: u64,
    suggested: &[Arc<str>],
) -> Vec<String> {
    let from_primary = if secondary.is_some() { 2 } else { QUESTIONS };
    let primary = freshest_first(primary, seq, suggested);
    let head = &primary[..from_primary.min(primary.len())];
    let second = secondary.and_then(|entry| {
        freshest_first(entry, seq, suggested)
            .into_iter()
            .find(|q| !head.contains(q))
    });
    let mut candidates: Vec<&String> = head
        .iter()
        .copied()
        .chain(second)
        .chain(primary[head.len()..].iter().copied())
        .collect();
    candidates.sort_by_key(|q| recency(q, suggested));
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

/// The entry's questions in the rotation's order, the never suggested first,
/// then the least recently suggested (a stable sort keeps the rotation's order
/// among equals).
fn freshest_first<'e>(entry: &'e Entry, seq: u64, suggested: &[Arc<str>]) -> Vec<&'e String> {
    let mut pool: Vec<&String> = rotate(&entry.questions, seq, entry.salt).collect();
    pool.sort_by_key(|q| recency(q, suggested));
    pool
}

/// 0 for a question never suggested, else one more than the place of its last
/// suggestion in `suggested` (oldest first): the older, the smaller.
fn recency(question: &str, suggested: &[Arc<str>]) -> usize {
    suggested
        .iter()
        .rposition(|s| **s == *question)
        .map_or(0, |at| at + 1)
}

/// The items of `pool`, starting at a place set by `seq` and `salt`, wrapping around.
/// Consecutive `seq`s start one item apart, so their picks differ.
fn rotate(pool: &[String], seq: u64, salt: u64) -> impl Iterator<Item = &String> {
    let len = pool.len().max(1);
    let start = usize::try_from(seq.wrapping_add(salt) % len as u64).unwrap_or(0);
    pool.iter().cycle().skip(start).take(pool.len())
}
