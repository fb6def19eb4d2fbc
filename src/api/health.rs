//! Liveness (`/health`) and readiness (`/ready`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::state::AppState;

/// The health routes.
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(health))
        .routes(routes!(ready))
}

/// The body of `/health`.
#[derive(Debug, Serialize, ToSchema)]
pub struct Health {
    /// Always `ok`.
    #[schema(value_type = String, pattern = "^ok$", example = "ok")]
    pub status: &'static str,
}

/// The body of `/ready`: whether this instance takes connections, and the state
/// of what it depends on.
#[derive(Debug, Serialize, ToSchema)]
pub struct Readiness {
    /// `ready`, or `shutting_down` (with status 503).
    #[schema(value_type = String, pattern = "^(ready|shutting_down)$")]
    pub status: &'static str,
    /// The LLM provider: `local`, `openai` or `aiyou`.
    #[schema(value_type = String)]
    pub provider: &'static str,
    /// The circuit breaker of the LLM upstream the orchestrator calls: `closed`,
    /// `open`, `half_open`, or `none` (no remote LLM).
    #[schema(value_type = String, pattern = "^(closed|open|half_open|none)$")]
    pub llm_circuit: &'static str,
    /// Every LLM upstream and the state of its circuit breaker, which every agent
    /// calling it shares (empty without a remote LLM).
    pub llm_upstreams: Vec<UpstreamState>,
    /// The session store: `disabled` (no REDIS_URL), `up` or `down`.
    #[schema(value_type = String, pattern = "^(disabled|up|down)$")]
    pub redis: &'static str,
    /// Writes queued for Redis.
    pub writes_waiting: usize,
    /// Writes given up since start-up (the queue was full).
    pub writes_given_up: u64,
    /// This instance's id (INSTANCE_ID).
    pub instance: String,
    /// Sessions held by this instance.
    pub sessions: usize,
    /// Open HTTP connections.
    pub http_connections: usize,
    /// Connections refused at accept (a connection cap was reached).
    pub http_refused: u64,
    /// Connections closed because a request head did not arrive in time.
    pub http_header_timeouts: u64,
}

/// One LLM upstream in `/ready`.
#[derive(Debug, Serialize, ToSchema)]
pub struct UpstreamState {
    /// `provider:model@host[:port]/path`, without credentials or query.
    pub upstream: String,
    /// `openai` or `aiyou`.
    #[schema(value_type = String)]
    pub provider: &'static str,
    /// Its circuit breaker: `closed`, `open` or `half_open`.
    #[schema(value_type = String, pattern = "^(closed|open|half_open)$")]
    pub circuit: &'static str,
}

/// Liveness: the process answers.
#[utoipa::path(
    get,
    path = "/health",
    tag = "health",
    responses((status = 200, description = "The process is alive", body = Health))
)]
async fn health() -> Json<Health> {
    Json(Health { status: "ok" })
}

/// Readiness: 200 while the server takes connections; 503 once shutdown began.
#[utoipa::path(
    get,
    path = "/ready",
    tag = "health",
    responses(
        (status = 200, description = "Ready to take connections", body = Readiness),
        (status = 503, description = "Shutting down: take this instance out of rotation", body = Readiness),
    )
)]
async fn ready(State(state): State<AppState>) -> (StatusCode, Json<Readiness>) {
    let shutting_down = state.shutdown.is_cancelled();
    let (status, label) = if shutting_down {
        (StatusCode::SERVICE_UNAVAILABLE, "shutting_down")
    } else {
        (StatusCode::OK, "ready")
    };
    let store = state.sessions.store();
    let body = Readiness {
        status: label,
        provider: state.orchestrator.provider_name(),
        llm_circuit: state
            .orchestrator
            .circuit_state()
            .map_or("none", |c| c.as_str()),
        llm_upstreams: state
            .upstreams
            .iter()
            .map(|upstream| UpstreamState {
                upstream: upstream.label().to_owned(),
                provider: upstream.provider(),
                circuit: upstream.circuit_state().as_str(),
            })
            .collect(),
        redis: store.health().as_str(),
        writes_waiting: store.writes_waiting(),
        writes_given_up: store.writes_given_up(),
        instance: state.sessions.instance().to_owned(),
        sessions: state.sessions.len(),
        http_connections: state.listener.open(),
        http_refused: state.listener.refused(),
        http_header_timeouts: state.listener.header_timeouts(),
    };
    (status, Json(body))
}
