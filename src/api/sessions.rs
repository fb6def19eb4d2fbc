//! The operator API over sessions: list, inspect, delete.

use axum::Json;
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::docs::OperatorRefusals;
use crate::error::{ApiError, ErrorBody};
use crate::session::SessionInfo;
use crate::session::store::StoreError;
use crate::state::AppState;

/// Page size when `limit` is not given.
const DEFAULT_LIMIT: usize = 100;
/// Largest page.
const MAX_LIMIT: usize = 1000;
/// Largest offset: far past any real session count, and exact in every client's
/// number type (a JavaScript number, a double).
const MAX_OFFSET: usize = 4_294_967_295;

/// `?limit=&offset=` of the list route.
#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct Page {
    /// Sessions per page (1..=1000, default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<usize>,
    /// Sessions to skip (0..=4294967295, default 0); past the end, the page is empty.
    #[param(minimum = 0, maximum = 4_294_967_295_u64)]
    pub offset: Option<usize>,
}

/// A page of sessions, oldest first.
#[derive(Debug, Serialize, ToSchema)]
pub struct SessionList {
    /// The sessions of the page.
    pub sessions: Vec<SessionInfo>,
    /// Sessions in all.
    pub total: usize,
}

/// The answer to a deletion.
#[derive(Debug, Serialize, ToSchema)]
pub struct Deleted {
    /// Always `deleted`.
    #[schema(value_type = String, pattern = "^deleted$")]
    pub status: &'static str,
    /// The session deleted.
    pub session_id: String,
}

/// The routes of the operator API (to be wrapped in operator auth).
pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(list_sessions))
        .routes(routes!(get_session, delete_session))
}

/// Lists the sessions of every instance, a page at a time.
#[utoipa::path(
    get,
    path = "/ws/sessions",
    tag = "sessions",
    params(Page),
    security(("operator" = [])),
    responses(
        (status = 200, description = "A page of sessions, oldest first", body = SessionList, links(
            ("GetFirstSession" = (operation_id = "get_session", parameters(("id" = "$response.body#/sessions/0/session_id")))),
            ("DeleteFirstSession" = (operation_id = "delete_session", parameters(("id" = "$response.body#/sessions/0/session_id")))),
        )),
        (status = 400, description = "A malformed or out-of-range `limit` or `offset`", body = ErrorBody),
        (status = 503, description = "The session store (Redis) cannot be reached", body = ErrorBody),
        OperatorRefusals,
    )
)]
async fn list_sessions(
    State(state): State<AppState>,
    page: Result<Query<Page>, QueryRejection>,
) -> Result<Json<SessionList>, ApiError> {
    let (limit, offset) = checked_page(page)?;
    let (sessions, total) = state
        .sessions
        .list(limit, offset)
        .await
        .map_err(|e| unavailable(&e))?;
    Ok(Json(SessionList { sessions, total }))
}

/// `limit` and `offset`, with their defaults, or why they are refused.
fn checked_page(page: Result<Query<Page>, QueryRejection>) -> Result<(usize, usize), ApiError> {
    let bad = |name: &str, max: usize, min: usize| {
        ApiError::BadRequest(format!("{name} must be between {min} and {max}"))
    };
    let Query(page) = page.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    let limit = page.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(bad("limit", MAX_LIMIT, 1));
    }
    let offset = page.offset.unwrap_or(0);
    if offset > MAX_OFFSET {
        return Err(bad("offset", MAX_OFFSET, 0));
    }
    Ok((limit, offset))
}

/// One session, from any instance.
#[utoipa::path(
    get,
    path = "/ws/sessions/{id}",
    tag = "sessions",
    params(("id" = String, Path, description = "The session id")),
    security(("operator" = [])),
    responses(
        (status = 200, description = "The session", body = SessionInfo, links(
            ("DeleteSession" = (operation_id = "delete_session", parameters(("id" = "$response.body#/session_id")))),
        )),
        (status = 400, description = "An id that is not valid UTF-8", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody),
        (status = 503, description = "The session store (Redis) cannot be reached", body = ErrorBody),
        OperatorRefusals,
    )
)]
async fn get_session(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<SessionInfo>, ApiError> {
    let Path(id) = id.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    state
        .sessions
        .info(&id)
        .await
        .map_err(|e| unavailable(&e))?
        .map(Json)
        .ok_or(ApiError::SessionNotFound)
}

/// Deletes a session; its live socket, wherever it is, is closed with 4000.
#[utoipa::path(
    delete,
    path = "/ws/sessions/{id}",
    tag = "sessions",
    params(("id" = String, Path, description = "The session id")),
    security(("operator" = [])),
    responses(
        (status = 200, description = "The session is deleted", body = Deleted),
        (status = 400, description = "An id that is not valid UTF-8", body = ErrorBody),
        (status = 404, description = "No such session", body = ErrorBody),
        (status = 503, description = "The session store (Redis) cannot be reached", body = ErrorBody),
        OperatorRefusals,
    )
)]
async fn delete_session(
    State(state): State<AppState>,
    id: Result<Path<String>, PathRejection>,
) -> Result<Json<Deleted>, ApiError> {
    let Path(id) = id.map_err(|e| ApiError::BadRequest(e.body_text()))?;
    if state
        .sessions
        .delete(&id)
        .await
        .map_err(|e| unavailable(&e))?
    {
        Ok(Json(Deleted {
            status: "deleted",
            session_id: id,
        }))
    } else {
        Err(ApiError::SessionNotFound)
    }
}

/// The store could not answer: logged here, told to the operator as a 503.
fn unavailable(error: &StoreError) -> ApiError {
    tracing::warn!(error = %error, "operator request failed: session store unavailable");
    ApiError::StoreUnavailable
}
