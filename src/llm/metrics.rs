//! What the LLM layer tells Prometheus: requests by agent, upstream and outcome,
//! retries, each attempt's latency, the tokens the upstream reports, and the
//! circuit state's encoding (one state per upstream).
//!
//! Recorded through the `metrics` facade's global recorder, so the layer stays a
//! leaf (it imports no crate module for this); with ENABLE_METRICS off no
//! recorder is installed and every record is a no-op. Labels come from bounded
//! sets: the agent (`orchestrator`, `closing_detector`), the provider (`openai`,
//! `aiyou`), the upstream (the label of one configured upstream, see
//! [`super::upstream::UpstreamKey::label`]) and the outcome ([`LlmError::kind`],
//! `success`, `deadline`).

use std::sync::Arc;
use std::time::Duration;

use metrics::{
    Counter, Histogram, SharedString, Unit, counter, describe_counter, describe_gauge,
    describe_histogram, histogram,
};

use super::backend::{Completion, Usage};
use super::breaker::CircuitState;
use super::error::LlmError;

/// Requests to the upstream, by agent, provider, upstream and outcome; a call the
/// open circuit refused counts once with the outcome `circuit_open` (no request sent).
pub const REQUESTS: &str = "callshadow_llm_requests_total";
/// Retries made (attempts after a call's first), by agent, provider and upstream.
pub const RETRIES: &str = "callshadow_llm_retries_total";
/// Time of each attempt that got an answer or failed, by agent, provider and upstream.
pub const REQUEST_DURATION: &str = "callshadow_llm_request_duration_seconds";
/// Tokens the upstream reported in `usage`, by agent, provider, upstream and kind
/// (`prompt`, `completion`, `cached`).
pub const TOKENS: &str = "callshadow_llm_tokens_total";
/// The circuit state of each upstream's breaker, by provider and upstream, see
/// [`circuit_value`].
pub const CIRCUIT_STATE: &str = "callshadow_llm_circuit_state";

/// The calls of one agent to one upstream: the labels of its series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    /// The agent calling (`orchestrator`, `closing_detector`).
    pub agent: &'static str,
    /// The API called (`openai`, `aiyou`).
    pub provider: &'static str,
    /// The upstream's label.
    pub upstream: Arc<str>,
}

impl Caller {
    fn upstream(&self) -> SharedString {
        SharedString::from(Arc::clone(&self.upstream))
    }
}

/// The series of one agent's calls to one upstream. Those every answer touches
/// (successes, latency, tokens) are registered once, so an answer only bumps
/// atomics; failures, retries and refusals build their labels when they happen.
#[derive(Debug, Clone)]
pub struct UpstreamSeries {
    /// `None`: counted nowhere (calls nobody named, in unit tests).
    caller: Option<Caller>,
    success: Counter,
    duration: Histogram,
    tokens: [Counter; 3],
}

impl UpstreamSeries {
    /// Series counted nowhere.
    #[must_use]
    pub const fn unregistered() -> Self {
        Self {
            caller: None,
            success: Counter::noop(),
            duration: Histogram::noop(),
            tokens: [Counter::noop(), Counter::noop(), Counter::noop()],
        }
    }

    /// Registers the series of `caller`'s calls.
    #[must_use]
    pub fn new(caller: Caller) -> Self {
        let (agent, provider, upstream) = (caller.agent, caller.provider, caller.upstream());
        let token = |kind: &'static str| counter!(TOKENS, "agent" => agent, "provider" => provider, "upstream" => upstream.clone(), "kind" => kind);
        Self {
            success: counter!(REQUESTS, "agent" => agent, "provider" => provider, "upstream" => upstream.clone(), "outcome" => "success"),
            duration: histogram!(REQUEST_DURATION, "agent" => agent, "provider" => provider, "upstream" => upstream.clone()),
            tokens: [token("prompt"), token("completion"), token("cached")],
            caller: Some(caller),
        }
    }

    /// The agent these calls are made for (`""` when unnamed).
    #[must_use]
    pub fn agent(&self) -> &'static str {
        self.caller.as_ref().map_or("", |c| c.agent)
    }

    /// Counts an attempt that ended with `result` after `took`, and the tokens
    /// its answer reports.
    pub fn attempt(&self, result: &Result<Completion, LlmError>, took: Duration) {
        self.duration.record(took.as_secs_f64());
        match result {
            Ok(answer) => {
                self.success.increment(1);
                if let Some(usage) = &answer.usage {
                    self.usage(usage);
                }
            }
            Err(LlmError::Timeout("suggestion deadline")) => self.count_request("deadline"),
            Err(error) => self.count_request(error.kind()),
        }
    }

    /// Counts a call the open circuit refused without a request.
    pub fn refused(&self) {
        self.count_request("circuit_open");
    }

    /// Counts a retry about to be made.
    pub fn retry(&self) {
        if let Some(caller) = &self.caller {
            counter!(RETRIES, "agent" => caller.agent, "provider" => caller.provider, "upstream" => caller.upstream())
                .increment(1);
        }
    }

    fn usage(&self, usage: &Usage) {
        let [prompt, completion, cached] = &self.tokens;
        prompt.increment(usage.prompt_tokens);
        completion.increment(usage.completion_tokens);
        cached.increment(usage.cached_tokens);
    }

    fn count_request(&self, outcome: &'static str) {
        if let Some(caller) = &self.caller {
            counter!(REQUESTS, "agent" => caller.agent, "provider" => caller.provider, "upstream" => caller.upstream(), "outcome" => outcome)
                .increment(1);
        }
    }
}

/// The gauge value of a circuit state: 0 closed, 1 half-open, 2 open.
#[must_use]
pub fn circuit_value(state: CircuitState) -> f64 {
    match state {
        CircuitState::Closed => 0.0,
        CircuitState::HalfOpen => 1.0,
        CircuitState::Open => 2.0,
    }
}

/// Describes the LLM series to the installed recorder.
pub fn describe() {
    describe_counter!(
        REQUESTS,
        Unit::Count,
        "LLM requests by agent, provider, upstream and outcome (circuit_open: refused without a request)"
    );
    describe_counter!(RETRIES, Unit::Count, "LLM retries made");
    describe_histogram!(
        REQUEST_DURATION,
        Unit::Seconds,
        "Time of each LLM attempt that got an answer or failed"
    );
    describe_counter!(
        TOKENS,
        Unit::Count,
        "Tokens the upstream reported: prompt, completion, cached (prompt tokens from its prefix cache)"
    );
    describe_gauge!(
        CIRCUIT_STATE,
        "Circuit breaker state per upstream (shared by every agent): 0 closed, 1 half-open, 2 open"
    );
}
