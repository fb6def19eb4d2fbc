//! The conversation around the message answered: what is still open when that
//! message itself gives no signal.
//!
//! Two things shape the answer to a signal-less client message:
//! - the agent just quoted a price and the client answers with a few noncommittal
//!   words ("hmm, okay", "d'accord"): a price objection is likely, so the
//!   suggestion handles it as one;
//! - an objection raised a few turns earlier (price, budget, hesitation, decision
//!   maker, competitor, frustration, confusion) and not yet settled still leads, so
//!   an objection three turns ago is not forgotten because the last message is
//!   neutral; a readiness to close does too, so the call stays in its closing stage.
//!   A positive client message, or one showing strong interest, settles it.
//!
//! The look-back runs only for a message without signals, over at most
//! [`LOOK_BACK`] earlier messages.

use super::detector::Detector;
use super::normalize::tokenize;
use crate::domain::{Conversation, Sentiment, Signal, SignalSet, Speaker, Utterance};

/// Earlier messages looked at for an open signal.
pub const LOOK_BACK: usize = 6;

/// The most words a noncommittal answer has.
const NONCOMMITTAL_WORDS: usize = 5;

/// Signals that stay open until the client settles them.
const OPEN_SIGNALS: [Signal; 8] = [
    Signal::ClosingReadiness,
    Signal::PriceObjection,
    Signal::Budget,
    Signal::Hesitation,
    Signal::DecisionMaker,
    Signal::Competitor,
    Signal::Frustration,
    Signal::Confusion,
];

/// Words that say a sum of money in an agent's quote.
const CURRENCY_WORDS: [&str; 12] = [
    "euros", "euro", "eur", "dollars", "dollar", "usd", "bucks", "k", "month", "mois", "seat",
    "licence",
];

/// Number words that may stand for the digits of a price.
const NUMBER_WORDS: [&str; 14] = [
    "hundred",
    "thousand",
    "fifty",
    "forty",
    "thirty",
    "twenty",
    "ninety",
    "cent",
    "cents",
    "mille",
    "cinquante",
    "quarante",
    "trente",
    "vingt",
];

/// The signal the conversation gives to the client message at `focus`, which has
/// none of its own: a likely price objection, or a signal still open.
#[must_use]
pub fn context_signal(
    detector: &Detector,
    conversation: &Conversation,
    focus: usize,
) -> Option<Signal> {
    let messages = &conversation.messages;
    let answer = messages.get(focus)?;
    let agent_before = focus.checked_sub(1).and_then(|i| messages.get(i));
    if agent_before.is_some_and(|m| m.speaker == Speaker::Agent && quotes_price(&m.text))
        && is_noncommittal(answer)
    {
        return Some(Signal::PriceObjection);
    }
    messages[..focus]
        .iter()
        .rev()
        .take(LOOK_BACK)
        .filter(|m| m.speaker == Speaker::Client)
        .map(|m| (m.sentiment, detector.detect_message(m)))
        .find_map(|(sentiment, signals)| settled_or_open(sentiment, signals))
        .flatten()
}

/// `Some(None)` when an earlier message settled what was open, `Some(signal)` when
/// it left `signal` open (a readiness to close first), `None` when it says nothing
/// either way.
fn settled_or_open(sentiment: Sentiment, signals: SignalSet) -> Option<Option<Signal>> {
    if signals.contains(Signal::ClosingReadiness) {
        return Some(Some(Signal::ClosingReadiness));
    }
    if sentiment == Sentiment::Positive || signals.contains(Signal::StrongInterest) {
        return Some(None);
    }
    signals
        .iter()
        .find(|signal| OPEN_SIGNALS.contains(signal))
        .map(Some)
}

/// Whether an utterance quotes a price: a number and a currency or a period.
#[must_use]
pub fn quotes_price(text: &str) -> bool {
    let has_symbol = text.contains(['€', '$', '£']);
    let folded = tokenize(text);
    let has_number = folded
        .words()
        .any(|w| w.bytes().any(|b| b.is_ascii_digit()) || NUMBER_WORDS.contains(&w));
    let has_currency = has_symbol || folded.words().any(|w| CURRENCY_WORDS.contains(&w));
    has_number && has_currency
}

/// A few words that neither object nor agree: "hmm, okay", "right", "d'accord".
fn is_noncommittal(message: &Utterance) -> bool {
    message.speaker == Speaker::Client
        && message.sentiment != Sentiment::Positive
        && tokenize(&message.text).words().count() <= NONCOMMITTAL_WORDS
}
