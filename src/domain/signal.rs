//! The conversation signals: their protocol ids, one list ([`Signal::ALL`]) that
//! the prompts and the embedded analyzer both use, and their priority.

use std::fmt;

/// A conversation signal, reported in `signals_detected` by its protocol id.
///
/// The declaration order is the priority order used to compose a suggestion:
/// an upset or lost client must be handled before anything else, a buying
/// signal before objections, objections before softer cues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Signal {
    /// Anger, annoyance or exasperation.
    Frustration,
    /// The client does not understand.
    Confusion,
    /// The client is ready to buy or asks for the next steps.
    ClosingReadiness,
    /// The price is too high, or cheaper elsewhere.
    PriceObjection,
    /// Someone else decides or must approve.
    DecisionMaker,
    /// Talk of budget, funds or spending approval.
    Budget,
    /// Another vendor or the current provider is mentioned.
    Competitor,
    /// Timing pressure: deadlines, "as soon as possible".
    Urgency,
    /// The client is unsure, wants to think, postpones.
    Hesitation,
    /// Enthusiasm for the offer.
    StrongInterest,
}

impl Signal {
    /// Every signal, in priority order (highest first).
    pub const ALL: [Self; 10] = [
        Self::Frustration,
        Self::Confusion,
        Self::ClosingReadiness,
        Self::PriceObjection,
        Self::DecisionMaker,
        Self::Budget,
        Self::Competitor,
        Self::Urgency,
        Self::Hesitation,
        Self::StrongInterest,
    ];

    /// The id of the extra signal a fallback adds when the LLM is unavailable.
    pub const API_UNAVAILABLE: &'static str = "api_unavailable";

    /// The protocol id, such as `price_objection`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Frustration => "frustration",
            Self::Confusion => "confusion",
            Self::ClosingReadiness => "closing_readiness",
            Self::PriceObjection => "price_objection",
            Self::DecisionMaker => "decision_maker",
            Self::Budget => "budget",
            Self::Competitor => "competitor",
            Self::Urgency => "urgency",
            Self::Hesitation => "hesitation",
            Self::StrongInterest => "strong_interest",
        }
    }

    /// Parses a protocol id.
    #[must_use]
    pub fn parse(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|signal| signal.as_str() == id)
    }

    /// The signal's rank in [`Signal::ALL`], 0 being the highest priority.
    #[must_use]
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Signal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A set of signals, iterated in priority order. Copy-cheap (a bit mask).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct SignalSet(u16);

impl SignalSet {
    /// The empty set.
    #[must_use]
    pub fn new() -> Self {
        Self(0)
    }

    /// Adds `signal`.
    pub fn insert(&mut self, signal: Signal) {
        self.0 |= 1 << signal.index();
    }

    /// Removes `signal`.
    pub fn remove(&mut self, signal: Signal) {
        self.0 &= !(1 << signal.index());
    }

    /// Whether `signal` is in the set.
    #[must_use]
    pub fn contains(self, signal: Signal) -> bool {
        self.0 & (1 << signal.index()) != 0
    }

    /// Whether the set is empty.
    #[must_use]
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// How many signals the set holds.
    #[must_use]
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The signals, highest priority first.
    pub fn iter(self) -> impl Iterator<Item = Signal> {
        Signal::ALL.into_iter().filter(move |s| self.contains(*s))
    }

    /// The highest-priority signal, if any.
    #[must_use]
    pub fn primary(self) -> Option<Signal> {
        self.iter().next()
    }

    /// The protocol ids, highest priority first.
    #[must_use]
    pub fn ids(self) -> Vec<String> {
        self.iter().map(|s| s.as_str().to_owned()).collect()
    }
}

impl FromIterator<Signal> for SignalSet {
    fn from_iter<I: IntoIterator<Item = Signal>>(iter: I) -> Self {
        let mut set = Self::new();
        for signal in iter {
            set.insert(signal);
        }
        set
    }
}
