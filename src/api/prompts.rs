//! The operator view of prompts: versions, the A/B test, the outcomes per version,
//! and how the last reload went (`GET /prompts`).

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{Value, json};

use crate::agents::prompts::PromptKind;
use crate::state::AppState;

/// The route (to be wrapped in operator auth).
pub fn router() -> Router<AppState> {
    Router::new().route("/prompts", get(prompts))
}

async fn prompts(State(state): State<AppState>) -> Json<Value> {
    let snapshot = state.prompts.snapshot();
    let status = state.prompts.status();
    let experiment = &state.experiment;
    let ab = experiment.ab_test();
    Json(json!({
        "orchestrator": {
            "default": experiment.default_version(),
            "alternative": ab.map(|ab| ab.alternative.as_str()),
            "ab_testing": ab.is_some(),
            "split": ab.map(|ab| ab.split),
            "versions": snapshot.prompts.versions(PromptKind::Orchestrator),
            "outcomes": experiment.outcomes(),
        },
        "closing_detector": {
            "version": state.closing.version(),
            "versions": snapshot.prompts.versions(PromptKind::ClosingDetector),
            "threshold": state.closing.threshold(),
            "detector": state.closing.detector_name(),
            "circuit": state.closing.circuit_state().map_or("none", |c| c.as_str()),
            "assessments": state.closing.assessed(),
        },
        "dir": state.prompts.source().describe(),
        "loaded_at": snapshot.loaded_at,
        "reloads": status.reloads,
        "last_reload_error": status.last_error,
        "last_reload_error_at": status.last_error_at,
    }))
}
