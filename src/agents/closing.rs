//! The closing detector: a second agent, run beside the orchestrator for each
//! message, that says whether the conversation has reached a closing opportunity.
//!
//! Detectors implement [`ClosingDetector`]: the embedded analyzer
//! ([`LocalClosingDetector`]) and an LLM with its own prompt and circuit breaker
//! (`crate::llm::closing`). [`ClosingAgent`] runs the configured one within the
//! suggestion deadline, falls back to the analyzer when the LLM's circuit is open,
//! and decides whether a `closing` frame is sent (confidence ≥ CLOSING_THRESHOLD).
//! A failure never produces a frame: the message is answered by the suggestion path.

use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use futures_util::FutureExt;
use serde::{Deserialize, Serialize};
use tokio::time::{Instant, timeout_at};

use super::conversation::Conversation;
use super::experiment::Experiment;
use super::store::Snapshot;
use super::suggestion::SuggestionSource;
use crate::llm::breaker::CircuitState;
use crate::llm::error::AgentError;

/// A detector's estimate for the conversation's last message (the frame's `data`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClosingAssessment {
    /// Whether now is the moment to ask for the commitment.
    pub is_closing_opportunity: bool,
    /// How sure the detector is that it is, from 0 to 1.
    pub confidence: f64,
    /// The buying signals seen, such as `contract_request` or `start_date`.
    pub signals: Vec<String>,
    /// What the agent should do now.
    pub recommended_action: String,
}

/// Estimates whether a conversation has reached a closing opportunity.
///
/// Implementations must be cancel-safe: the future is dropped when the client
/// goes away or the deadline passes.
#[async_trait]
pub trait ClosingDetector: Send + Sync {
    /// A short name for logs (`local`, `openai`, `aiyou`).
    fn name(&self) -> &'static str;

    /// What a successful assessment is reported as in the frame's `meta.source`.
    fn source(&self) -> SuggestionSource;

    /// The state of the detector's own circuit breaker, if it has one.
    fn circuit_state(&self) -> Option<CircuitState> {
        None
    }

    /// Assesses the conversation after its last message, by `deadline`, with the
    /// prompts and playbook of `snapshot`.
    ///
    /// # Errors
    /// An [`AgentError`]; [`AgentError::Unavailable`] when the circuit is open.
    async fn assess(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        deadline: Instant,
    ) -> Result<ClosingAssessment, AgentError>;
}

/// The embedded analyzer as the closing detector: buying signals from the
/// playbook, English and French, negation aware.
#[derive(Debug, Clone, Copy, Default)]
pub struct LocalClosingDetector;

#[async_trait]
impl ClosingDetector for LocalClosingDetector {
    fn name(&self) -> &'static str {
        "local"
    }

    fn source(&self) -> SuggestionSource {
        SuggestionSource::Local
    }

    async fn assess(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        _deadline: Instant,
    ) -> Result<ClosingAssessment, AgentError> {
        Ok(snapshot.analyzer.closing(conversation))
    }
}

/// A `closing` frame to send.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosingVerdict {
    /// The assessment, confidence at or above the threshold.
    pub assessment: ClosingAssessment,
    /// Who assessed it: `llm`, `local`, or `fallback` (the LLM's circuit is open).
    pub source: SuggestionSource,
    /// The closing detector prompt version in force.
    pub prompt_version: String,
}

/// Runs the closing detector for each message and applies the threshold.
pub struct ClosingAgent {
    detector: Arc<dyn ClosingDetector>,
    version: String,
    threshold: f64,
    deadline: Duration,
    experiment: Arc<Experiment>,
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
    /// after a message's arrival (SUGGESTION_DEADLINE_MS), counting the frames sent
    /// per orchestrator prompt version in `experiment`.
    #[must_use]
    pub fn new(
        detector: Arc<dyn ClosingDetector>,
        version: String,
        threshold: f64,
        deadline: Duration,
        experiment: Arc<Experiment>,
    ) -> Self {
        Self {
            detector,
            version,
            threshold,
            deadline,
            experiment,
        }
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

    /// The confidence from which a frame is sent.
    #[must_use]
    pub fn threshold(&self) -> f64 {
        self.threshold
    }

    /// Assesses the conversation's last message, accepted at `accepted_at`; `Some`
    /// when a `closing` frame should be sent. Never fails and never panics: errors
    /// are logged and give `None`; an open circuit gives the analyzer's assessment.
    pub async fn evaluate(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        accepted_at: Instant,
    ) -> Option<ClosingVerdict> {
        let verdict = self.assess(conversation, snapshot, accepted_at).await?;
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
        self.experiment.record_closing(&conversation.prompt_version);
        Some(verdict)
    }

    fn verdict(&self, assessment: ClosingAssessment, source: SuggestionSource) -> ClosingVerdict {
        ClosingVerdict {
            assessment,
            source,
            prompt_version: self.version.clone(),
        }
    }

    async fn assess(
        &self,
        conversation: &Conversation,
        snapshot: &Snapshot,
        accepted_at: Instant,
    ) -> Option<ClosingVerdict> {
        let deadline = accepted_at + self.deadline;
        let call = timeout_at(
            deadline,
            self.detector.assess(conversation, snapshot, deadline),
        );
        let detector = self.detector.name();
        match AssertUnwindSafe(call).catch_unwind().await {
            Ok(Ok(Ok(assessment))) => Some(self.verdict(assessment, self.detector.source())),
            Ok(Ok(Err(AgentError::Unavailable))) => Some(self.verdict(
                snapshot.analyzer.closing(conversation),
                SuggestionSource::Fallback,
            )),
            Ok(Ok(Err(error @ AgentError::Other(_)))) => {
                tracing::warn!(detector, error = %error, "no closing assessment");
                None
            }
            Ok(Ok(Err(error))) => {
                // The detector logged its LLM or parsing failure already.
                tracing::debug!(detector, error = %error, "no closing assessment");
                None
            }
            Ok(Err(_elapsed)) => {
                tracing::warn!(detector, "no closing assessment before the deadline");
                None
            }
            Err(_) => {
                tracing::error!(detector, "the closing detector panicked");
                None
            }
        }
    }
}
