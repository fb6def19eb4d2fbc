//! The operator view of prompts: versions, the A/B test, the outcomes per version,
//! and how the last reload went (`GET /prompts`).

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::State;
use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::docs::OperatorRefusals;
use crate::agents::experiment::VersionOutcomes;
use crate::agents::prompts::PromptKind;
use crate::state::AppState;

/// The route (to be wrapped in operator auth).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(prompts))
}

/// The body of `GET /prompts`.
#[derive(Debug, Serialize, ToSchema)]
pub struct PromptsView {
    /// The orchestrator's prompts and A/B test.
    pub orchestrator: OrchestratorView,
    /// The closing detector's prompts and state.
    pub closing_detector: ClosingDetectorView,
    /// The summarizer's prompts and state.
    pub summarizer: SummarizerView,
    /// Most tokens in any rendered prompt (PROMPT_TOKEN_BUDGET).
    pub prompt_token_budget: usize,
    /// Where the prompts come from: the PROMPTS_DIR folder, or the copies shipped in the binary.
    pub dir: String,
    /// When the prompts in force were loaded.
    pub loaded_at: DateTime<Utc>,
    /// Successful reloads since start-up.
    pub reloads: u64,
    /// The last refused reload's error, until a reload succeeds.
    pub last_reload_error: Option<String>,
    /// When that refused reload happened.
    pub last_reload_error_at: Option<DateTime<Utc>>,
}

/// The orchestrator's prompt versions and the A/B test's outcomes.
#[derive(Debug, Serialize, ToSchema)]
pub struct OrchestratorView {
    /// The version sessions get (ORCHESTRATOR_PROMPT_VERSION).
    pub default: String,
    /// The A/B test's alternative version, when testing.
    pub alternative: Option<String>,
    /// Whether an A/B test runs.
    pub ab_testing: bool,
    /// Percentage of sessions that get the alternative, when testing.
    pub split: Option<u8>,
    /// Every version on disk.
    pub versions: Vec<String>,
    /// What each version produced since start-up.
    pub outcomes: BTreeMap<String, VersionOutcomes>,
}

/// The closing detector's prompt, threshold and state.
#[derive(Debug, Serialize, ToSchema)]
pub struct ClosingDetectorView {
    /// The version in use (CLOSING_DETECTOR_PROMPT_VERSION).
    pub version: String,
    /// Every version on disk.
    pub versions: Vec<String>,
    /// The confidence from which a `closing` frame is sent (CLOSING_THRESHOLD).
    pub threshold: f64,
    /// Who assesses: the embedded analyzer or an LLM provider.
    pub detector: String,
    /// The circuit breaker of its LLM upstream (shared with the orchestrator):
    /// `closed`, `open`, `half_open`, or `none`.
    pub circuit: String,
    /// Assessments finished since start-up.
    pub assessments: u64,
    /// Which messages an LLM detector is asked about (CLOSING_DETECTOR_LLM_CALLS):
    /// `candidates` or `every`.
    pub llm_calls: String,
    /// Messages an LLM detector was asked about since start-up.
    pub llm_asked: u64,
    /// LLM assessments replaced by the analyzer's (source `fallback`) since start-up.
    pub fallbacks: u64,
}

/// The summarizer's prompt and state.
#[derive(Debug, Serialize, ToSchema)]
pub struct SummarizerView {
    /// Whether messages leaving the window are folded into a summary
    /// (MEMORY_SUMMARY_ENABLED).
    pub enabled: bool,
    /// The version in use (SUMMARIZER_PROMPT_VERSION).
    pub version: String,
    /// Every version on disk.
    pub versions: Vec<String>,
    /// Who writes the summaries: an LLM provider, or the embedded analyzer (`local`).
    pub writer: String,
    /// The LLM circuit breaker: `closed`, `open`, `half_open`, or `none`.
    pub circuit: String,
}

/// The prompts in force, the A/B test's outcome per version, the last reload.
#[utoipa::path(
    get,
    path = "/prompts",
    tag = "prompts",
    security(("operator" = [])),
    responses(
        (status = 200, description = "The prompts and the experiment", body = PromptsView),
        OperatorRefusals,
    )
)]
async fn prompts(State(state): State<AppState>) -> Json<PromptsView> {
    let snapshot = state.prompts.snapshot();
    let status = state.prompts.status();
    Json(PromptsView {
        orchestrator: orchestrator(&state, &snapshot.prompts),
        closing_detector: closing_detector(&state, &snapshot.prompts),
        summarizer: summarizer(&state, &snapshot.prompts),
        prompt_token_budget: state.settings.memory.prompt_token_budget,
        dir: state.prompts.source().describe(),
        loaded_at: snapshot.loaded_at,
        reloads: status.reloads,
        last_reload_error: status.last_error,
        last_reload_error_at: status.last_error_at,
    })
}

fn orchestrator(state: &AppState, prompts: &crate::agents::prompts::PromptSet) -> OrchestratorView {
    let experiment = &state.experiment;
    let ab = experiment.ab_test();
    OrchestratorView {
        default: experiment.default_version().to_owned(),
        alternative: ab.map(|ab| ab.alternative.clone()),
        ab_testing: ab.is_some(),
        split: ab.map(|ab| ab.split),
        versions: prompts.versions(PromptKind::Orchestrator),
        outcomes: experiment.outcomes(),
    }
}

fn closing_detector(
    state: &AppState,
    prompts: &crate::agents::prompts::PromptSet,
) -> ClosingDetectorView {
    let closing = &state.closing;
    ClosingDetectorView {
        version: closing.version().to_owned(),
        versions: prompts.versions(PromptKind::ClosingDetector),
        threshold: closing.threshold(),
        detector: closing.detector_name().to_owned(),
        circuit: closing
            .circuit_state()
            .map_or("none", |c| c.as_str())
            .to_owned(),
        assessments: closing.assessed(),
        llm_calls: closing.llm_calls().as_str().to_owned(),
        llm_asked: closing.llm_asked(),
        fallbacks: closing.fallbacks(),
    }
}

fn summarizer(state: &AppState, prompts: &crate::agents::prompts::PromptSet) -> SummarizerView {
    let memory = &state.settings.memory;
    SummarizerView {
        enabled: memory.summary_enabled,
        version: memory.summarizer_prompt_version.clone(),
        versions: prompts.versions(PromptKind::Summarizer),
        writer: state.summarizer.name().to_owned(),
        circuit: state
            .summarizer
            .circuit_state()
            .map_or("none", |c| c.as_str())
            .to_owned(),
    }
}
