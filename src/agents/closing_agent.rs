//! The closing agent: runs the configured closing detector (an [`Agent`](super::agent::Agent) of
//! [`ClosingAssessment`]) beside the orchestrator for each message, within the
//! suggestion deadline, and decides whether a `closing` frame is sent (confidence
//! ≥ CLOSING_THRESHOLD).
//!
//! An LLM detector is asked about closing candidates only
//! (CLOSING_DETECTOR_LLM_CALLS=candidates, the default): the embedded analyzer
//! screens every message, and a client message it rates at least half the
//! threshold is a candidate (see [`is_candidate`]). On the sample conversations
//! that is 6 messages of 47, every one of the 5 closing lines among them, so a
//! message costs 1.13 LLM calls instead of 2. `every` asks it about every message.
//!
//! When the LLM detector gives no assessment (its circuit is open, the call
//! failed, its answer does not parse, the deadline passed), the analyzer's own
//! assessment stands, with the source `fallback`, and is counted
//! (`callshadow_agent_fallbacks_total{agent="closing_detector"}`). Nothing here
//! ever produces an error frame: the message is answered by the suggestion path.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::agent::ClosingDetector;
use super::build::CLOSING_DETECTOR;
use super::error::AgentError;
use super::experiment::Experiment;
use super::guard::guarded;
use super::metrics;
use super::store::PromptSnapshot;
use crate::config::ClosingCalls;
use crate::domain::{ClosingAssessment, Conversation, Speaker, SuggestionSource};
use crate::llm::breaker::CircuitState;

/// A `closing` frame to send.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosingVerdict {
    /// The assessment, confidence at or above the threshold.
    pub assessment: ClosingAssessment,
    /// Who assessed it: `llm`, `local`, or `fallback` (the analyzer, for an LLM
    /// detector that gave no assessment).
    pub source: SuggestionSource,
    /// The closing detector prompt version in force.
    pub prompt_version: String,
}

/// What the closing agent tells of a message at once ([`ClosingAgent::screen`]).
#[derive(Debug)]
pub enum Screened {
    /// Decided without waiting: the frame to send, if any.
    Settled(Option<ClosingVerdict>),
    /// The detector must be asked ([`ClosingAgent::ask`]).
    Ask(Asked),
}

/// A message the detector is to be asked about.
#[derive(Debug)]
pub struct Asked {
    /// The analyzer's assessment, standing in when an LLM detector gives none
    /// (`None` for a detector that is not an LLM).
    fallback: Option<ClosingAssessment>,
}

/// Runs the closing detector for each message and applies the threshold.
pub struct ClosingAgent {
    detector: Arc<ClosingDetector>,
    version: String,
    threshold: f64,
    deadline: Duration,
    experiment: Arc<Experiment>,
    /// Which messages an LLM detector is asked about.
    calls: ClosingCalls,
    /// Assessments finished (a frame or not, cancelled included).
    assessed: AtomicU64,
    /// Messages an LLM detector was asked about.
    llm_asked: AtomicU64,
    /// LLM assessments replaced by the analyzer's.
    fallbacks: AtomicU64,
}

impl std::fmt::Debug for ClosingAgent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClosingAgent")
            .field("detector", &self.detector.name())
            .field("threshold", &self.threshold)
            .finish_non_exhaustive()
    }
}

impl ClosingAgent {
    /// An agent over `detector` (with prompt `version`, CLOSING_DETECTOR_PROMPT_VERSION),
    /// sending frames from `threshold` (CLOSING_THRESHOLD), giving up `deadline`
    /// after a message's acceptance (SUGGESTION_DEADLINE_MS), counting the frames
    /// sent per orchestrator prompt version in `experiment`; an LLM detector is
    /// asked about the messages `calls` says (CLOSING_DETECTOR_LLM_CALLS).
    #[must_use]
    pub fn new(
        detector: Arc<ClosingDetector>,
        version: String,
        threshold: f64,
        deadline: Duration,
        experiment: Arc<Experiment>,
        calls: ClosingCalls,
    ) -> Self {
        Self {
            detector,
            version,
            threshold,
            deadline,
            experiment,
            calls,
            assessed: AtomicU64::new(0),
            llm_asked: AtomicU64::new(0),
            fallbacks: AtomicU64::new(0),
        }
    }

    /// Which messages an LLM detector is asked about.
    #[must_use]
    pub fn llm_calls(&self) -> ClosingCalls {
        self.calls
    }

    /// Messages an LLM detector was asked about since start-up.
    #[must_use]
    pub fn llm_asked(&self) -> u64 {
        self.llm_asked.load(Ordering::Acquire)
    }

    /// LLM assessments replaced by the analyzer's since start-up.
    #[must_use]
    pub fn fallbacks(&self) -> u64 {
        self.fallbacks.load(Ordering::Acquire)
    }

    /// The detector's name.
    #[must_use]
    pub fn detector_name(&self) -> &'static str {
        self.detector.name()
    }

    /// The detector's circuit state, if it has a breaker.
    #[must_use]
    pub fn circuit_state(&self) -> Option<CircuitState> {
        self.detector.circuit_state()
    }

    /// The closing detector prompt version.
    #[must_use]
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Assessments finished since start-up, whatever their outcome (a frame, none,
    /// a failure, or cancelled by a newer message or the client's departure).
    #[must_use]
    pub fn assessed(&self) -> u64 {
        self.assessed.load(Ordering::Acquire)
    }

    /// The confidence from which a frame is sent.
    #[must_use]
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// What can be told of the conversation's last message at once, without
    /// waiting: the embedded analyzer's verdict, or that an LLM detector is not
    /// asked about this message (not a candidate); else that the detector must
    /// be asked. Never panics (a panicking analyzer settles with no frame).
    pub fn screen(&self, conversation: &Conversation, snapshot: &PromptSnapshot) -> Screened {
        if self.detector.source() != SuggestionSource::Llm {
            let now = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                self.detector.run_now(conversation, snapshot)
            }));
            let result = match now {
                Ok(None) => return Screened::Ask(Asked { fallback: None }),
                Ok(Some(result)) => result,
                Err(_panic) => {
                    tracing::error!(detector = self.detector.name(), "the agent panicked");
                    Err(AgentError::Panicked)
                }
            };
            let verdict = self.own_verdict(result);
            return Screened::Settled(self.finish(verdict, &conversation.prompt_version));
        }
        let not_asked = || Screened::Settled(self.finish(None, &conversation.prompt_version));
        let Some(local) = local_assessment(snapshot, conversation) else {
            return not_asked();
        };
        if self.calls == ClosingCalls::Candidates {
            let candidate = is_candidate(conversation, &local, self.threshold);
            metrics::screened(candidate);
            if !candidate {
                return not_asked();
            }
        }
        Screened::Ask(Asked {
            fallback: Some(local),
        })
    }

    /// Asks the detector about a message [`screen`](Self::screen) could not
    /// settle, the message accepted at `accepted_at`; `Some` when a `closing`
    /// frame should be sent. Never fails and never panics: errors are logged
    /// and give `None`, as does `cancel`; an LLM detector that gives no
    /// assessment (open circuit, failed call, unreadable answer, deadline)
    /// gives the analyzer's.
    pub async fn ask(
        &self,
        asked: Asked,
        conversation: &Conversation,
        snapshot: &PromptSnapshot,
        accepted_at: Instant,
        cancel: &CancellationToken,
    ) -> Option<ClosingVerdict> {
        let deadline = accepted_at + self.deadline;
        if asked.fallback.is_some() {
            self.llm_asked.fetch_add(1, Ordering::AcqRel);
        }
        let call = self.detector.run(conversation, snapshot, deadline);
        let verdict = match guarded(self.detector.name(), deadline, cancel, call).await {
            None => None,
            Some(outcome) => match asked.fallback {
                None => self.own_verdict(outcome),
                Some(local) => self.llm_verdict(outcome, local),
            },
        };
        self.finish(verdict, &conversation.prompt_version)
    }

    /// Applies the threshold and counts the assessment as finished.
    fn finish(&self, verdict: Option<ClosingVerdict>, version: &str) -> Option<ClosingVerdict> {
        let verdict = self.decide(verdict, version);
        self.assessed.fetch_add(1, Ordering::AcqRel);
        verdict
    }

    /// Applies the threshold; counts a frame to send in the experiment.
    fn decide(&self, verdict: Option<ClosingVerdict>, version: &str) -> Option<ClosingVerdict> {
        let verdict = verdict?;
        let assessment = &verdict.assessment;
        tracing::debug!(
            confidence = assessment.confidence,
            opportunity = assessment.is_closing_opportunity,
            source = verdict.source.as_str(),
            "closing assessed"
        );
        if !assessment.is_closing_opportunity || assessment.confidence < self.threshold {
            return None;
        }
        self.experiment.record_closing(version, verdict.source);
        Some(verdict)
    }

    fn verdict(&self, assessment: ClosingAssessment, source: SuggestionSource) -> ClosingVerdict {
        ClosingVerdict {
            assessment,
            source,
            prompt_version: self.version.clone(),
        }
    }

    /// A detector's own result (no stand-in): its verdict, or `None`, logged.
    fn own_verdict(&self, result: Result<ClosingAssessment, AgentError>) -> Option<ClosingVerdict> {
        match result {
            Ok(assessment) => Some(self.verdict(assessment, self.detector.source())),
            Err(error) => {
                let detector = self.detector.name();
                tracing::warn!(detector, error = %error, "no closing assessment");
                None
            }
        }
    }

    /// An LLM detector's result; the analyzer's `local` assessment when it
    /// gave none (counted as a fallback).
    fn llm_verdict(
        &self,
        outcome: Result<ClosingAssessment, AgentError>,
        local: ClosingAssessment,
    ) -> Option<ClosingVerdict> {
        let error = match outcome {
            Ok(assessment) => return Some(self.verdict(assessment, SuggestionSource::Llm)),
            Err(error) => error,
        };
        let detector = self.detector.name();
        if let AgentError::Other(_) = error {
            tracing::warn!(detector, error = %error, "no closing assessment from the LLM");
        }
        // Other failures were logged already: by the LLM client, the parser or the guard.
        tracing::debug!(
            detector,
            reason = error.kind(),
            "the analyzer's closing assessment stands in for the LLM's"
        );
        metrics::fallback(CLOSING_DETECTOR, &error);
        self.fallbacks.fetch_add(1, Ordering::AcqRel);
        Some(self.verdict(local, SuggestionSource::Fallback))
    }
}

/// Whether the LLM closing detector is worth asking about the conversation's last
/// message, given the analyzer's `local` assessment of it: a client message (only
/// the client's words make an opportunity) that the analyzer rates at least half
/// of `threshold`. Of the 499 labelled utterances of `tests/data`, it keeps all 39
/// closing readinesses and lets 2 of the 460 others through.
#[must_use]
pub fn is_candidate(
    conversation: &Conversation,
    local: &ClosingAssessment,
    threshold: f64,
) -> bool {
    let from_client = conversation
        .messages
        .last()
        .is_some_and(|m| m.speaker == Speaker::Client);
    from_client && local.confidence >= threshold / 2.0
}

/// The analyzer's assessment of the conversation; `None` (logged) if it panics.
fn local_assessment(
    snapshot: &PromptSnapshot,
    conversation: &Conversation,
) -> Option<ClosingAssessment> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        snapshot.analyzer.closing(conversation)
    }))
    .map_err(|_| tracing::error!("the embedded analyzer panicked while assessing a closing"))
    .ok()
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use chrono::{DateTime, Utc};
    use serde_json::Value;

    use super::*;
    use crate::analyzer::Analyzer;
    use crate::domain::{Sentiment, SessionId, Utterance};

    /// A conversation of one utterance.
    fn one(text: &str, speaker: Speaker, sentiment: Sentiment, emotion: &str) -> Conversation {
        let at = DateTime::<Utc>::from_timestamp(1_700_000_000, 0).unwrap();
        Conversation {
            session_id: SessionId::parse("screen-session").unwrap(),
            messages: [Arc::new(Utterance {
                seq: 1,
                text: text.to_owned(),
                speaker,
                sentiment,
                emotion: emotion.to_owned(),
                message_id: None,
                timestamp: None,
                received_at: at,
                rendered: Default::default(),
            })]
            .into_iter()
            .collect(),
            summary: None,
            earlier: crate::domain::Tally::default(),
            earlier_signals: Vec::new(),
            suggested: Vec::new(),
            started_at: at,
            prompt_version: "v1".to_owned(),
        }
    }

    /// The screen in front of the LLM closing detector
    /// (CLOSING_DETECTOR_LLM_CALLS=candidates) on the analyzer's labelled
    /// utterances: it keeps every closing readiness (the LLM still decides on each)
    /// and lets few others through (each one an LLM call).
    #[test]
    fn the_screen_keeps_every_labelled_closing_readiness_and_few_others() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let analyzer = Analyzer::load(&root.join("prompts")).unwrap();
        let labelled =
            std::fs::read_to_string(root.join("tests/data/analyzer_labelled.jsonl")).unwrap();
        let (mut kept, mut readiness, mut let_through, mut others) = (0, 0, 0, 0);
        for line in labelled.lines().filter(|l| !l.trim().is_empty()) {
            let line: Value = serde_json::from_str(line).unwrap();
            let field = |name: &str| line[name].as_str().unwrap();
            let conversation = one(
                field("text"),
                Speaker::parse(field("speaker")).unwrap(),
                Sentiment::parse(field("sentiment")).unwrap(),
                field("emotion"),
            );
            let local = analyzer.closing(&conversation);
            let candidate = is_candidate(&conversation, &local, 0.7);
            let expected = line["expected"].as_array().unwrap();
            if expected.iter().any(|e| e == "closing_readiness") {
                readiness += 1;
                kept += usize::from(candidate);
                assert!(candidate, "screened out: {} ({local:?})", field("text"));
            } else {
                others += 1;
                let_through += usize::from(candidate);
            }
        }
        println!(
            "closing screen: {kept}/{readiness} closing readinesses kept, {let_through}/{others} others let through"
        );
        assert_eq!((kept, readiness), (39, 39));
        assert!(let_through * 50 <= others, "{let_through} of {others}");
    }

    #[test]
    fn only_client_messages_are_candidates() {
        let assessment = ClosingAssessment {
            is_closing_opportunity: true,
            confidence: 0.9,
            signals: vec!["contract_request".to_owned()],
            recommended_action: String::new(),
        };
        let text = "I'll send the contract today.";
        let agent = one(text, Speaker::Agent, Sentiment::Positive, "happy");
        let client = one(text, Speaker::Client, Sentiment::Positive, "happy");
        assert!(!is_candidate(&agent, &assessment, 0.7));
        assert!(is_candidate(&client, &assessment, 0.7));
        let lukewarm = ClosingAssessment {
            confidence: 0.34,
            ..assessment
        };
        assert!(!is_candidate(&client, &lukewarm, 0.7));
    }
}
