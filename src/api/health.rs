//! Liveness (`/health`) and readiness (`/ready`).

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use serde_json::{Value, json};

use crate::state::AppState;

/// The health routes.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/health", get(health))
        .route("/ready", get(ready))
}

async fn health() -> Json<Value> {
    Json(json!({ "status": "ok" }))
}

/// 200 while the server takes connections; 503 once shutdown began.
async fn ready(State(state): State<AppState>) -> (StatusCode, Json<Value>) {
    let shutting_down = state.shutdown.is_cancelled();
    let (status, label) = if shutting_down {
        (StatusCode::SERVICE_UNAVAILABLE, "shutting_down")
    } else {
        (StatusCode::OK, "ready")
    };
    let provider = state.orchestrator.provider_name();
    let store = state.sessions.store();
    let body = json!({
        "status": label,
        "provider": provider,
        "llm_circuit": state.orchestrator.circuit_state().map_or("none", |c| c.as_str()),
        "redis": store.health().as_str(),
        "writes_waiting": store.writes_waiting(),
        "writes_given_up": store.writes_given_up(),
        "instance": state.sessions.instance(),
        "sessions": state.sessions.len(),
        "http_connections": state.listener.open(),
        "http_refused": state.listener.refused(),
        "http_header_timeouts": state.listener.header_timeouts(),
    });
    (status, Json(body))
}
