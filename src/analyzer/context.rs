//! The conversation around the message answered: the stage of the call, what
//! is still open, and what a signal-less answer implies.
//!
//! - The agent just quoted a price and the client answers with a few
//!   noncommittal words ("hmm, okay", "d'accord"): a price objection is likely,
//!   so the suggestion handles it as one ([`Reading::implied`]).
//! - The stage comes from the latest client message that decides it, newest
//!   first: the message answered, then the earlier client messages of the
//!   window, then the digest of the messages folded out of the window. A
//!   readiness to close makes it the closing stage; an objection (price,
//!   budget, hesitation, decision maker, competitor, frustration, confusion)
//!   makes it objection handling, unless a later positive client message or
//!   one showing strong interest settled it (then it is discovery). Nothing
//!   decisive: the opening while the client said nothing beyond greetings (and
//!   nothing was folded yet), else discovery. The signal that decided it is
//!   [`Reading::open`], so an objection three turns ago is not forgotten
//!   because the last message is neutral.
//!
//! Earlier messages are analysed in one place, [`earlier_signals`], lazily
//! (the scan stops at the first decisive message), with each message's signals
//! detected once in its life in the session and remembered beside it
//! (`Detector::detect_message`): the messages before the one answered were
//! mostly detected when they were answered, so the scan costs lookups, and a
//! detection (about 20 µs) only for a message never detected yet (an agent turn
//! is never one: agents give no signal; after a resume elsewhere or a playbook
//! reload, once each).

use super::detector::Detector;
use super::normalize::tokenize;
use super::stage::{SmallTalk, Stage};
use crate::domain::{Conversation, Sentiment, Signal, SignalSet, Speaker, Utterance};

/// The most words a noncommittal answer has.
const NONCOMMITTAL_WORDS: usize = 5;

/// Signals that open an objection until the client settles it.
const OBJECTIONS: [Signal; 7] = [
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

/// What the conversation says around the message answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    /// The call's stage.
    pub stage: Stage,
    /// The signal that set the stage, when an earlier message did (an open
    /// objection, or a readiness to close); `None` when the message answered
    /// has signals of its own.
    pub open: Option<Signal>,
    /// A signal the message answered implies without saying it: a likely price
    /// objection after a quote.
    pub implied: Option<Signal>,
}

/// What one client message says about the stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    /// A readiness to close.
    Ready,
    /// An objection, by its highest-priority signal.
    Objection(Signal),
    /// Positive, or strong interest: an earlier objection is settled.
    Settles,
    /// Nothing either way.
    Neutral,
}

impl Event {
    fn of(sentiment: Sentiment, signals: SignalSet) -> Self {
        if signals.contains(Signal::ClosingReadiness) {
            return Self::Ready;
        }
        if let Some(signal) = signals.iter().find(|s| OBJECTIONS.contains(s)) {
            return Self::Objection(signal);
        }
        if sentiment == Sentiment::Positive || signals.contains(Signal::StrongInterest) {
            return Self::Settles;
        }
        Self::Neutral
    }
}

/// Folds events, newest first, into the stage they decide.
#[derive(Debug, Default)]
struct Scan {
    settled: bool,
}

impl Scan {
    /// The stage and the signal that decided it, once an event decides.
    fn step(&mut self, event: Event) -> Option<(Stage, Option<Signal>)> {
        match event {
            Event::Ready => Some((Stage::Closing, Some(Signal::ClosingReadiness))),
            Event::Objection(_) if self.settled => Some((Stage::Discovery, None)),
            Event::Objection(signal) => Some((Stage::ObjectionHandling, Some(signal))),
            Event::Settles => {
                self.settled = true;
                None
            }
            Event::Neutral => None,
        }
    }
}

/// The signals of the client messages before index `before`, newest first, as
/// they are asked for. The one place where the conversation's earlier messages
/// are analysed (each detected once, then remembered beside it).
pub fn earlier_signals<'a>(
    detector: &'a Detector,
    conversation: &'a Conversation,
    before: usize,
) -> impl Iterator<Item = (&'a Utterance, SignalSet)> + 'a {
    conversation.messages[..before]
        .iter()
        .rev()
        .filter(|m| m.speaker == Speaker::Client)
        .map(|m| (m.as_ref(), detector.detect_message(m)))
}

/// Reads the conversation around the client message at `focus` (none: the
/// client has not spoken in the window), whose own signals are `signals`.
#[must_use]
pub fn read(
    detector: &Detector,
    small_talk: &SmallTalk,
    conversation: &Conversation,
    focus: Option<usize>,
    signals: SignalSet,
) -> Reading {
    let implied = focus
        .filter(|_| signals.is_empty())
        .and_then(|index| implied_signal(conversation, index));
    if implied.is_some() {
        return Reading {
            stage: Stage::ObjectionHandling,
            open: None,
            implied,
        };
    }
    let (stage, open) = decide(detector, small_talk, conversation, focus, signals);
    let open = open.filter(|_| signals.is_empty());
    Reading {
        stage,
        open,
        implied: None,
    }
}

/// The stage, and the signal that decided it: the message answered, the
/// earlier client messages of the window, then what was folded out of it.
fn decide(
    detector: &Detector,
    small_talk: &SmallTalk,
    conversation: &Conversation,
    focus: Option<usize>,
    signals: SignalSet,
) -> (Stage, Option<Signal>) {
    let mut scan = Scan::default();
    let Some(index) = focus else {
        return folded(conversation, &mut scan).unwrap_or_else(|| quiet(conversation, small_talk));
    };
    let answered = &conversation.messages[index];
    if let Some(decided) = scan.step(Event::of(answered.sentiment, signals)) {
        return decided;
    }
    for (message, signals) in earlier_signals(detector, conversation, index) {
        if let Some(decided) = scan.step(Event::of(message.sentiment, signals)) {
            return decided;
        }
    }
    if let Some(decided) = folded(conversation, &mut scan) {
        return decided;
    }
    if signals.is_empty() {
        quiet(conversation, small_talk)
    } else {
        (Stage::Discovery, None)
    }
}

/// What the digest of the folded messages decides: the latest of their
/// readiness, objections and settling messages.
fn folded(conversation: &Conversation, scan: &mut Scan) -> Option<(Stage, Option<Signal>)> {
    let seq_of = |signal: Signal| {
        conversation
            .earlier_signals
            .iter()
            .find(|(s, _)| *s == signal)
            .map_or(0, |(_, seq)| *seq)
    };
    let ready = seq_of(Signal::ClosingReadiness);
    // Reversed, so that of two signals of one message the higher-priority one wins.
    let objection = OBJECTIONS
        .iter()
        .rev()
        .map(|s| (seq_of(*s), *s))
        .max_by_key(|(seq, _)| *seq)
        .filter(|(seq, _)| *seq > 0);
    let settles = seq_of(Signal::StrongInterest).max(conversation.earlier.client_positive_seq);
    match objection {
        Some((seq, signal)) if seq > ready && seq > settles => scan.step(Event::Objection(signal)),
        _ if ready > 0 && objection.is_none_or(|(seq, _)| ready > seq) => scan.step(Event::Ready),
        _ => None,
    }
}

/// The stage when nothing decided it: the opening while nothing was said
/// beyond greetings, else discovery.
fn quiet(conversation: &Conversation, small_talk: &SmallTalk) -> (Stage, Option<Signal>) {
    let folded_any = conversation.earlier.messages() > 0 || conversation.summary.is_some();
    let greetings_only = conversation
        .messages
        .iter()
        .filter(|m| m.speaker == Speaker::Client)
        .all(|m| small_talk.is_small_talk(&m.text));
    if !folded_any && greetings_only {
        (Stage::Opening, None)
    } else {
        (Stage::Discovery, None)
    }
}

/// A likely price objection: the agent just quoted a price and the client at
/// `focus` answers with a few noncommittal words.
fn implied_signal(conversation: &Conversation, focus: usize) -> Option<Signal> {
    let messages = &conversation.messages;
    let answer = messages.get(focus)?;
    let agent_before = focus.checked_sub(1).and_then(|i| messages.get(i))?;
    (agent_before.speaker == Speaker::Agent
        && quotes_price(&agent_before.text)
        && is_noncommittal(answer))
    .then_some(Signal::PriceObjection)
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
