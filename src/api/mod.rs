//! The HTTP API: operator routes, health, and the one router of the server
//! (with the web console's files, `crate::console`).

pub mod auth;
pub mod health;
pub mod prompts;
pub mod sessions;

use axum::Router;
use axum::http::{HeaderValue, Method, header};
use axum::middleware;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::TraceLayer;

use crate::state::AppState;

/// Every route of the server, with its middleware, in one place.
pub fn router(state: AppState) -> Router {
    let mut operator =
        sessions::router()
            .merge(prompts::router())
            .route_layer(middleware::from_fn_with_state(
                state.clone(),
                auth::require_operator,
            ));
    let operator_origins = &state.settings.access.operator_cors_origins;
    if !operator_origins.is_empty() {
        operator = operator.layer(cors(operator_origins, &[Method::GET, Method::DELETE]));
    }
    let public = Router::new()
        .merge(crate::ws::router())
        .merge(health::router())
        .layer(cors(&state.settings.server.cors_origins, &[Method::GET]));
    Router::new()
        .merge(public)
        .merge(operator)
        .merge(crate::console::router())
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}

/// CORS for `origins` (`*` allows every origin) and `methods`.
fn cors(origins: &[String], methods: &[Method]) -> CorsLayer {
    let allow = if origins.iter().any(|o| o == "*") {
        AllowOrigin::any()
    } else {
        AllowOrigin::list(origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()))
    };
    let mut methods = methods.to_vec();
    methods.push(Method::OPTIONS);
    CorsLayer::new()
        .allow_origin(allow)
        .allow_methods(methods)
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
}

/// The span of an HTTP request: its method and path, never its query string
/// (it may carry a client token or a resume token).
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
}
