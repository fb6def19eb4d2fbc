//! What the agents tell Prometheus. The prompt experiment: per orchestrator prompt
//! version, the sessions assigned, the suggestions by source, the error answers by
//! code, the end-to-end latency and the closing opportunities — an A/B test read
//! off the metrics as off `GET /prompts`, which counts the same events. And the
//! answers the analyzer gave for an agent (fallbacks, by agent and reason), and
//! the messages screened for the LLM closing detector.
//!
//! A version's series are registered once, when the experiment first meets the
//! version ([`VersionSeries`]): answering a message then only bumps atomics, with
//! no label built. Through the `metrics` facade, a no-op with ENABLE_METRICS off.

use std::collections::HashMap;
use std::time::Duration;

use metrics::{
    Counter, Histogram, SharedString, Unit, counter, describe_counter, describe_histogram,
    histogram,
};

use super::error::AgentError;
use crate::domain::{ErrorCode, SuggestionSource};

/// Sessions created with a prompt version.
pub const SESSIONS_ASSIGNED: &str = "callshadow_prompt_sessions_assigned_total";
/// Suggestion frames answering messages, by prompt version and `meta.source`.
pub const SUGGESTIONS: &str = "callshadow_suggestions_total";
/// Error frames (with a fallback) answering messages the orchestrator could not
/// answer, by prompt version and `error_code`.
pub const ANSWER_ERRORS: &str = "callshadow_answer_errors_total";
/// Time from a message's arrival to the orchestrator's answer (a suggestion or
/// an error with a fallback), by prompt version.
pub const SUGGESTION_LATENCY: &str = "callshadow_suggestion_latency_seconds";
/// Closing opportunities found (each sent as a `closing` frame after its
/// message's answer), by the session's prompt version and the detector's source.
pub const CLOSING_FRAMES: &str = "callshadow_closing_frames_total";
/// Answers an agent could not give, replaced by the embedded analyzer's, by agent
/// (`orchestrator`, `closing_detector`) and reason ([`AgentError::kind`]:
/// `unparsable`, `llm_error`, `circuit_open`, `deadline`, `panicked`, `other`).
pub const AGENT_FALLBACKS: &str = "callshadow_agent_fallbacks_total";
/// Messages the analyzer screened for the LLM closing detector
/// (CLOSING_DETECTOR_LLM_CALLS=candidates), by `result`: `candidate` (the LLM is
/// asked) or `skipped` (no LLM call).
pub const CLOSING_SCREENED: &str = "callshadow_closing_screened_total";

/// Counts an answer of `agent` replaced by the analyzer's because of `error`.
pub fn fallback(agent: &'static str, error: &AgentError) {
    counter!(AGENT_FALLBACKS, "agent" => agent, "reason" => error.kind()).increment(1);
}

/// Counts a message screened for the LLM closing detector.
pub fn screened(candidate: bool) {
    let result = if candidate { "candidate" } else { "skipped" };
    counter!(CLOSING_SCREENED, "result" => result).increment(1);
}

/// Folds of sessions' memory windows into their summaries, by who wrote the
/// summary (`source`: llm, local) and why (`cause`: llm, no_llm, llm_failed,
/// unparsable, urgent).
pub const SUMMARIES: &str = "callshadow_summaries_total";

/// Counts a fold, written for `cause`.
pub fn summary_folded(cause: super::summarizer::Cause) {
    let source = match cause {
        super::summarizer::Cause::Llm => "llm",
        _ => "local",
    };
    counter!(SUMMARIES, "source" => source, "cause" => cause.as_str()).increment(1);
}

/// The series of one prompt version, registered with the recorder once.
#[derive(Debug)]
pub struct VersionSeries {
    version: SharedString,
    latency: Histogram,
    assigned: Counter,
    labelled: HashMap<(&'static str, &'static str), Counter>,
}

impl VersionSeries {
    /// Registers the series of `version`.
    #[must_use]
    pub fn new(version: &str) -> Self {
        let version = SharedString::from(std::sync::Arc::<str>::from(version));
        Self {
            latency: histogram!(SUGGESTION_LATENCY, "prompt_version" => version.clone()),
            assigned: counter!(SESSIONS_ASSIGNED, "prompt_version" => version.clone()),
            labelled: HashMap::new(),
            version,
        }
    }

    /// Counts a session assigned this version.
    pub fn assigned(&self) {
        self.assigned.increment(1);
    }

    /// Counts a message answered by a suggestion from `source`, after `latency`.
    pub fn suggestion(&mut self, source: SuggestionSource, latency: Duration) {
        self.latency.record(latency.as_secs_f64());
        self.counter(SUGGESTIONS, "source", source.as_str())
            .increment(1);
    }

    /// Counts a message answered by an error frame `code`, after `latency`.
    pub fn error(&mut self, code: ErrorCode, latency: Duration) {
        self.latency.record(latency.as_secs_f64());
        self.counter(ANSWER_ERRORS, "error_code", code.as_str())
            .increment(1);
    }

    /// Counts a closing opportunity assessed by `source`.
    pub fn closing(&mut self, source: SuggestionSource) {
        self.counter(CLOSING_FRAMES, "source", source.as_str())
            .increment(1);
    }

    /// The counter `name{prompt_version, key=value}`, registered on first use.
    fn counter(&mut self, name: &'static str, key: &'static str, value: &'static str) -> &Counter {
        let version = &self.version;
        self.labelled
            .entry((name, value))
            .or_insert_with(|| counter!(name, "prompt_version" => version.clone(), key => value))
    }
}

/// Describes the experiment's series to the installed recorder.
pub fn describe() {
    describe_counter!(
        SESSIONS_ASSIGNED,
        Unit::Count,
        "Sessions created with each orchestrator prompt version"
    );
    describe_counter!(
        SUGGESTIONS,
        Unit::Count,
        "Suggestion frames by prompt version and source (llm, local, fallback)"
    );
    describe_counter!(
        ANSWER_ERRORS,
        Unit::Count,
        "Messages answered with an error frame and a fallback, by prompt version and error_code"
    );
    describe_histogram!(
        SUGGESTION_LATENCY,
        Unit::Seconds,
        "Time from a message's arrival to its answer (suggestion or error), by prompt version"
    );
    describe_counter!(
        AGENT_FALLBACKS,
        Unit::Count,
        "Agent answers replaced by the embedded analyzer's, by agent and reason (unparsable, llm_error, circuit_open, deadline, panicked, other)"
    );
    describe_counter!(
        CLOSING_SCREENED,
        Unit::Count,
        "Messages the analyzer screened for the LLM closing detector: candidate (asked) or skipped"
    );
    describe_counter!(
        SUMMARIES,
        Unit::Count,
        "Chunks of the memory window folded into a session's summary, by source (llm, local) and cause (llm, no_llm, llm_failed, unparsable, urgent)"
    );
    describe_counter!(
        CLOSING_FRAMES,
        Unit::Count,
        "Closing opportunities sent as closing frames, by the session's prompt version and the detector's source"
    );
}
