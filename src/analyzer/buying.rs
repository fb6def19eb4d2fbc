//! The analyzer's closing detector: which buying signals the client just gave, and
//! how confident we are that now is the moment to close.
//!
//! A buying signal is read only where the analyzer detects `closing_readiness` in
//! the client's latest utterance (its cues are negation aware: "we're not ready to
//! sign" is none), so the suggestion and the closing frame agree. The playbook's
//! `[closing]` section then names it: each `[[closing.signals]]` entry has cues
//! (negation aware too) and a weight; a readiness cue that no entry names counts as
//! `buying_signal` with `generic_weight`.
//!
//! Confidence: the strongest weight, plus [`EXTRA_SIGNAL`] per other signal, plus
//! or minus the context — the client's sentiment, interest or urgency in the same
//! words, an objection still open, earlier buying signals in the window — clamped
//! to 0..1. It is an opportunity from [`OPPORTUNITY`] on; the frame itself is sent
//! from CLOSING_THRESHOLD on.

use std::collections::BTreeMap;

use regex::Regex;
use serde::Deserialize;

use super::compose::{self, Stage};
use super::detector::{Detector, compile_cues};
use super::language::Language;
use super::normalize::tokenize;
use super::playbook::StagesFile;
use crate::domain::{ClosingAssessment, Conversation, Sentiment, Signal, Speaker};

/// Added per buying signal beyond the strongest one.
const EXTRA_SIGNAL: f64 = 0.05;
/// Added for a positive client, removed (×3) for a negative one.
const SENTIMENT: f64 = 0.05;
/// Added when interest or urgency comes with the buying signal.
const INTEREST: f64 = 0.05;
/// Removed when an objection comes with the buying signal.
const OPEN_OBJECTION: f64 = 0.2;
/// Added when an earlier client message of the window was a buying signal too.
const MOMENTUM: f64 = 0.05;
/// Earlier client messages looked at for momentum.
const MOMENTUM_WINDOW: usize = 6;
/// The confidence from which the analyzer calls it an opportunity.
pub const OPPORTUNITY: f64 = 0.5;
/// The id of a readiness cue no `[[closing.signals]]` entry names.
pub const GENERIC_SIGNAL: &str = "buying_signal";
/// The action key used when there is no buying signal.
const NO_SIGNAL: &str = "none";

/// Signals that mean an objection is still open.
const OBJECTIONS: [Signal; 5] = [
    Signal::PriceObjection,
    Signal::Hesitation,
    Signal::DecisionMaker,
    Signal::Frustration,
    Signal::Confusion,
];

/// `[closing]` as written in the playbook.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClosingFile {
    /// Weight of a readiness cue that no entry names.
    pub generic_weight: f64,
    /// The named buying signals.
    pub signals: Vec<BuyingSignalFile>,
    /// English actions.
    pub en: ClosingLanguageFile,
    /// French actions.
    pub fr: ClosingLanguageFile,
}

/// `[[closing.signals]]`: one named buying signal.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BuyingSignalFile {
    /// Its id in the frame's `signals`, such as `contract_request`.
    pub id: String,
    /// How strongly it alone suggests closing, in `(0, 1]`.
    pub weight: f64,
    /// English cues (negation aware).
    #[serde(default)]
    pub en: Vec<String>,
    /// French cues (negation aware).
    #[serde(default)]
    pub fr: Vec<String>,
}

/// `[closing.en]` or `[closing.fr]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClosingLanguageFile {
    /// The recommended action per signal id, `buying_signal` and `none`.
    pub actions: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
struct BuyingSignal {
    id: String,
    weight: f64,
    cues: Regex,
}

/// The compiled `[closing]` section.
#[derive(Debug, Clone)]
pub struct ClosingRules {
    signals: Vec<BuyingSignal>,
    generic_weight: f64,
    en: BTreeMap<String, String>,
    fr: BTreeMap<String, String>,
}

impl ClosingRules {
    /// Compiles and checks the section.
    ///
    /// # Errors
    /// A message naming the faulty entry, such as `closing.signals[2].weight`.
    pub fn from_file(file: &ClosingFile) -> Result<Self, String> {
        check_weight("closing.generic_weight", file.generic_weight)?;
        let mut signals = Vec::with_capacity(file.signals.len());
        for (index, entry) in file.signals.iter().enumerate() {
            let name = format!("closing.signals[{index}]");
            let id = entry.id.trim();
            let valid = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
            if !valid || id == GENERIC_SIGNAL || signals.iter().any(|s: &BuyingSignal| s.id == id) {
                return Err(format!("{name}.id: {id:?} must be a new lowercase_id"));
            }
            check_weight(&format!("{name}.weight"), entry.weight)?;
            let cues = compile_cues(&name, &[("en", &entry.en), ("fr", &entry.fr)])?
                .ok_or_else(|| format!("{name}: no cue"))?;
            signals.push(BuyingSignal {
                id: id.to_owned(),
                weight: entry.weight,
                cues,
            });
        }
        let ids: Vec<&str> = signals.iter().map(|s| s.id.as_str()).collect();
        Ok(Self {
            en: check_actions("closing.en.actions", &file.en.actions, &ids)?,
            fr: check_actions("closing.fr.actions", &file.fr.actions, &ids)?,
            signals,
            generic_weight: file.generic_weight,
        })
    }

    /// The closing assessment of the conversation's last message.
    #[must_use]
    pub fn assess(
        &self,
        detector: &Detector,
        stages: StagesFile,
        conversation: &Conversation,
    ) -> ClosingAssessment {
        let analysis = compose::assess(detector, stages, conversation);
        let focus = conversation.last_from(Speaker::Client);
        let mut found: Vec<&BuyingSignal> = Vec::new();
        let mut generic = false;
        if let Some(message) = focus.filter(|_| analysis.signals.contains(Signal::ClosingReadiness))
        {
            let folded = tokenize(&message.text);
            found = self
                .signals
                .iter()
                .filter(|s| detector.plain_match(&s.cues, &folded))
                .collect();
            found.sort_by(|a, b| b.weight.total_cmp(&a.weight));
            generic = found.is_empty();
        }
        let strongest = found.first().map_or(self.generic_weight, |s| s.weight);
        let mut signals: Vec<String> = found.iter().map(|s| s.id.clone()).collect();
        if generic {
            signals.push(GENERIC_SIGNAL.to_owned());
        }
        let confidence = if signals.is_empty() {
            interest_only(&analysis)
        } else {
            let extra = EXTRA_SIGNAL * (signals.len() - 1) as f64;
            strongest + extra + context(&analysis) + momentum(detector, conversation)
        };
        let confidence = (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0;
        let key = signals.first().map_or(NO_SIGNAL, String::as_str);
        ClosingAssessment {
            is_closing_opportunity: !signals.is_empty() && confidence >= OPPORTUNITY,
            confidence,
            recommended_action: self.action(analysis.language, key),
            signals,
        }
    }

    fn action(&self, language: Language, key: &str) -> String {
        let actions = match language {
            Language::En => &self.en,
            Language::Fr => &self.fr,
        };
        actions.get(key).cloned().unwrap_or_default()
    }
}

/// Without a buying signal: some warmth from interest, never an opportunity.
fn interest_only(analysis: &compose::Analysis) -> f64 {
    let mut confidence: f64 = 0.0;
    if analysis.signals.contains(Signal::StrongInterest) {
        confidence += 0.25;
    }
    if analysis.signals.contains(Signal::Urgency) {
        confidence += 0.1;
    }
    if analysis.sentiment == Sentiment::Positive && analysis.stage == Stage::Late {
        confidence += 0.1;
    }
    confidence.min(OPPORTUNITY - 0.05)
}

/// What the words around the buying signal add or remove.
fn context(analysis: &compose::Analysis) -> f64 {
    let mut delta = match analysis.sentiment {
        Sentiment::Positive => SENTIMENT,
        Sentiment::Neutral => 0.0,
        Sentiment::Negative => -3.0 * SENTIMENT,
    };
    let signals = analysis.signals;
    if signals.contains(Signal::StrongInterest) || signals.contains(Signal::Urgency) {
        delta += INTEREST;
    }
    if OBJECTIONS.iter().any(|s| signals.contains(*s)) {
        delta -= OPEN_OBJECTION;
    }
    delta
}

/// [`MOMENTUM`] when one of the recent earlier client messages showed readiness.
fn momentum(detector: &Detector, conversation: &Conversation) -> f64 {
    let earlier = &conversation.messages[..conversation.messages.len().saturating_sub(1)];
    let ready = earlier
        .iter()
        .rev()
        .filter(|m| m.speaker == Speaker::Client)
        .take(MOMENTUM_WINDOW)
        .any(|m| {
            detector
                .detect_message(m)
                .contains(Signal::ClosingReadiness)
        });
    if ready { MOMENTUM } else { 0.0 }
}

fn check_weight(name: &str, weight: f64) -> Result<(), String> {
    if weight > 0.0 && weight <= 1.0 {
        Ok(())
    } else {
        Err(format!("{name}: {weight} is not in (0, 1]"))
    }
}

/// Checks one language's actions: one per signal id, `buying_signal` and `none`,
/// non-empty, and no other key.
fn check_actions(
    name: &str,
    actions: &BTreeMap<String, String>,
    ids: &[&str],
) -> Result<BTreeMap<String, String>, String> {
    let expected: Vec<&str> = ids
        .iter()
        .copied()
        .chain([GENERIC_SIGNAL, NO_SIGNAL])
        .collect();
    if let Some(key) = actions.keys().find(|k| !expected.contains(&k.as_str())) {
        return Err(format!("{name}.{key}: no such closing signal"));
    }
    let mut checked = BTreeMap::new();
    for key in expected {
        let action = actions.get(key).map(|a| a.trim()).unwrap_or_default();
        if action.is_empty() {
            return Err(format!("{name}.{key}: missing or empty"));
        }
        checked.insert(key.to_owned(), action.to_owned());
    }
    Ok(checked)
}
