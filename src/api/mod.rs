//! The HTTP API: operator routes, health, the documents describing the server,
//! and the one router of the server. Routes are registered with their OpenAPI
//! annotations (utoipa), so the router and `GET /openapi.json` cannot disagree.
//! The web console's files (`crate::console`) are merged in beside them.

pub mod auth;
pub mod docs;
pub mod health;
pub mod prompts;
pub mod sessions;

use axum::Router;
use axum::http::{HeaderValue, Method, header};
use axum::middleware;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::trace::TraceLayer;
use utoipa_axum::router::OpenApiRouter;

use crate::state::AppState;

/// Every route of the server, with its middleware, in one place.
pub fn router(state: AppState) -> Router {
    let mut operator = operator_routes().route_layer(middleware::from_fn_with_state(
        state.clone(),
        auth::require_operator,
    ));
    let operator_origins = &state.settings.access.operator_cors_origins;
    if !operator_origins.is_empty() {
        operator = operator.layer(cors(operator_origins, &[Method::GET, Method::DELETE]));
    }
    let public = public_routes().layer(cors(&state.settings.server.cors_origins, &[Method::GET]));
    let (router, _) = docs::base().merge(public).merge(operator).split_for_parts();
    router
        .merge(crate::console::router())
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
        .with_state(state)
}

/// The OpenAPI document of every route (`GET /openapi.json`, `docs/openapi.json`).
#[must_use]
pub fn openapi() -> utoipa::openapi::OpenApi {
    docs::base()
        .merge(public_routes())
        .merge(operator_routes())
        .into_openapi()
}

/// The routes anyone may call: the WebSocket, health, the documents.
fn public_routes() -> OpenApiRouter<AppState> {
    crate::ws::router()
        .merge(health::router())
        .merge(docs::router())
}

/// The operator routes, before their access check.
fn operator_routes() -> OpenApiRouter<AppState> {
    sessions::router().merge(prompts::router())
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
