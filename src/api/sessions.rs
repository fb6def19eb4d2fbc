//! The operator API over sessions: list, inspect, delete.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use axum::routing::get;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::session::SessionInfo;
use crate::session::store::StoreError;
use crate::state::AppState;

/// Page size when `limit` is not given.
const DEFAULT_LIMIT: usize = 100;
/// Largest page.
const MAX_LIMIT: usize = 1000;

/// `?limit=&offset=` of the list route.
#[derive(Debug, Deserialize)]
pub struct Page {
    /// Sessions per page (1..=1000, default 100).
    pub limit: Option<usize>,
    /// Sessions to skip (default 0).
    pub offset: Option<usize>,
}

/// The routes of the operator API (to be wrapped in operator auth).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/ws/sessions", get(list_sessions))
        .route("/ws/sessions/{id}", get(get_session).delete(delete_session))
}

async fn list_sessions(
    State(state): State<AppState>,
    page: Result<Query<Page>, QueryRejection>,
) -> Result<Json<Value>, ApiError> {
    let Query(page) = page.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let limit = page.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::BadRequest(format!(
            "limit must be between 1 and {MAX_LIMIT}"
        )));
    }
    let (sessions, total) = state
        .sessions
        .list(limit, page.offset.unwrap_or(0))
        .await
        .map_err(|e| unavailable(&e))?;
    Ok(Json(json!({ "sessions": sessions, "total": total })))
}

async fn get_session(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<SessionInfo>, ApiError> {
    state
        .sessions
        .info(&id)
        .await
        .map_err(|e| unavailable(&e))?
        .map(Json)
        .ok_or(ApiError::SessionNotFound)
}

async fn delete_session(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    if state
        .sessions
        .delete(&id)
        .await
        .map_err(|e| unavailable(&e))?
    {
        Ok(Json(json!({ "status": "deleted", "session_id": id })))
    } else {
        Err(ApiError::SessionNotFound)
    }
}

/// The store could not answer: logged here, told to the operator as a 503.
fn unavailable(error: &StoreError) -> ApiError {
    tracing::warn!(error = %error, "operator request failed: session store unavailable");
    ApiError::StoreUnavailable
}
