//! The closing agent: runs the configured closing detector (an [`Agent`](super::agent::Agent) of
//! [`ClosingAssessment`]) beside the orchestrator for each message, within the
//! suggestion deadline; falls back to the embedded analyzer when the LLM's circuit
//! is open; and decides whether a `closing` frame is sent (confidence ≥
//! CLOSING_THRESHOLD). A failure never produces a frame: the message is answered
//! by the suggestion path.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use tokio::time::Instant;
use tokio_util::sync::CancellationToken;

use super::agent::ClosingDetector;
use super::error::AgentError;
use super::experiment::Experiment;
use super::guard::guarded;
use super::store::PromptSnapshot;
use crate::domain::{ClosingAssessment, Conversation, SuggestionSource};
use crate::llm::breaker::CircuitState;

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
    detector: Arc<ClosingDetector>,
    version: String,
    threshold: f64,
    deadline: Duration,
    experiment: Arc<Experiment>,
    /// Assessments finished (a frame or not, cancelled included).
    assessed: AtomicU64,
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
    /// sent per orchestrator prompt version in `experiment`.
    #[must_use]
    pub fn new(
        detector: Arc<ClosingDetector>,
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
            assessed: AtomicU64::new(0),
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

    /// Assesses the conversation's last message, accepted at `accepted_at`; `Some`
    /// when a `closing` frame should be sent. Never fails and never panics: errors
    /// are logged and give `None`, as does `cancel`; an open circuit gives the
    /// analyzer's assessment.
    pub async fn evaluate(
        &self,
        conversation: &Conversation,
        snapshot: &PromptSnapshot,
        accepted_at: Instant,
        cancel: &CancellationToken,
    ) -> Option<ClosingVerdict> {
        let verdict = self
            .assess(conversation, snapshot, accepted_at, cancel)
            .await;
        let verdict = self.decide(verdict, &conversation.prompt_version);
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

    async fn assess(
        &self,
        conversation: &Conversation,
        snapshot: &PromptSnapshot,
        accepted_at: Instant,
        cancel: &CancellationToken,
    ) -> Option<ClosingVerdict> {
        let deadline = accepted_at + self.deadline;
        let detector = self.detector.name();
        let call = self.detector.run(conversation, snapshot, deadline);
        match guarded(detector, deadline, cancel, call).await? {
            Ok(assessment) => Some(self.verdict(assessment, self.detector.source())),
            Err(AgentError::Unavailable) => Some(self.verdict(
                snapshot.analyzer.closing(conversation),
                SuggestionSource::Fallback,
            )),
            Err(error @ AgentError::Other(_)) => {
                tracing::warn!(detector, error = %error, "no closing assessment");
                None
            }
            Err(error) => {
                // Logged already: by the LLM client, the parser or the guard.
                tracing::debug!(detector, error = %error, "no closing assessment");
                None
            }
        }
    }
}
