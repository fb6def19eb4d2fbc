//! The AI.YOU side: login, chat, assistants, and AI.YOU's answer and error formats.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{Value, json};

use super::Api;
use super::chat::{self, Ctx};
use super::state::{Inner, Shared};

/// The message of AI.YOU's 401.
pub(super) const INVALID_CREDENTIALS: &str = "Invalid credentials";

/// The thread id every streamed chunk carries.
const THREAD_ID: &str = "thr-1";

/// The AI.YOU routes.
pub(super) fn router() -> Router<Arc<Shared>> {
    Router::new()
        .route("/api/login", post(login))
        .route("/api/v1/chat/completions", post(chat_completions))
        .route("/api/v1/user/assistants", get(assistants))
}

/// What a login request turns into.
enum LoginOutcome {
    /// The body lacks an email or a password.
    Malformed,
    /// Wrong email or password.
    Refused,
    /// Sent elsewhere, by the test's choice.
    Redirect {
        /// The redirect status.
        status: u16,
        /// The `Location` header.
        location: String,
    },
    /// A new token.
    Accepted {
        /// The token.
        token: String,
        /// When it expires.
        expires_at: DateTime<Utc>,
        /// The email that logged in.
        email: String,
        /// `"7"` or `7`.
        user_id: Value,
    },
}

/// `POST /api/login`.
async fn login(State(shared): State<Arc<Shared>>, body: Bytes) -> Response {
    let credentials = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(|body| {
            let email = body["email"].as_str()?.to_owned();
            let password = body["password"].as_str()?.to_owned();
            Some((email, password))
        });
    let outcome = shared.with(|inner| admit_login(inner, credentials));
    login_response(outcome)
}

/// Counts a login request and decides its outcome.
fn admit_login(inner: &mut Inner, credentials: Option<(String, String)>) -> LoginOutcome {
    inner.login_attempts += 1;
    if let Some((_, password)) = &credentials {
        inner.passwords_seen.push(password.clone());
    }
    if let Some((status, location)) = inner.login_redirect.clone() {
        return LoginOutcome::Redirect { status, location };
    }
    let Some((email, password)) = credentials else {
        return LoginOutcome::Malformed;
    };
    if email != inner.email || password != inner.password {
        return LoginOutcome::Refused;
    }
    inner.logins += 1;
    let (token, expires_at) = inner.issue_token();
    let user_id = if inner.user_id_as_int {
        json!(7)
    } else {
        json!("7")
    };
    LoginOutcome::Accepted {
        token,
        expires_at,
        email,
        user_id,
    }
}

/// The answer to a login.
fn login_response(outcome: LoginOutcome) -> Response {
    match outcome {
        LoginOutcome::Malformed => error_json(400, "email and password are required"),
        LoginOutcome::Refused => error_json(401, INVALID_CREDENTIALS),
        LoginOutcome::Redirect { status, location } => {
            let status = StatusCode::from_u16(status).unwrap_or(StatusCode::TEMPORARY_REDIRECT);
            (status, [(header::LOCATION, location)]).into_response()
        }
        LoginOutcome::Accepted {
            token,
            expires_at,
            email,
            user_id,
        } => Json(json!({
            "token": token,
            "expires_at": expires_at.to_rfc3339_opts(SecondsFormat::Secs, true),
            "user": { "id": user_id, "email": email, "profileImage": null, "firstName": "Test" },
        }))
        .into_response(),
    }
}

/// `POST /api/v1/chat/completions`.
async fn chat_completions(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    chat::handle(shared, Api::AiYou, &headers, &body).await
}

/// `GET /api/v1/user/assistants`: two assistants, for a valid token.
async fn assistants(State(shared): State<Arc<Shared>>, headers: HeaderMap) -> Response {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok());
    if !shared.with(|inner| inner.token_accepted(authorization)) {
        return error_json(401, INVALID_CREDENTIALS);
    }
    Json(json!([
        { "id": "602", "name": "Fake copilot", "model": "gpt-4o-mini" },
        { "id": "603", "name": "Fake summarizer", "model": "gpt-4o-mini" },
    ]))
    .into_response()
}

/// An untracked AI.YOU error answer.
fn error_json(status: u16, message: &str) -> Response {
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (code, Json(error(status, message))).into_response()
}

/// A chat completion, top level or wrapped, content as a string or as parts.
pub(super) fn completion(ctx: &Ctx, content: &str) -> Value {
    let message_content = if ctx.content_parts {
        json!([{ "type": "text", "text": content }])
    } else {
        json!(content)
    };
    let answer = json!({
        "id": ctx.id,
        "object": "chat.completion",
        "created": ctx.created,
        "model": ctx.model,
        "choices": [{
            "index": 0,
            "message": { "role": "assistant", "content": message_content, "refusal": null },
            "finish_reason": "stop",
        }],
        "usage": chat::usage(ctx, content),
    });
    if ctx.wrapped {
        json!({ "response": answer })
    } else {
        answer
    }
}

/// A stream chunk: no `object`, a `thread_id`, `finish_reason` at the top level.
pub(super) fn chunk(ctx: &Ctx, delta: Value, finish_reason: Option<&str>) -> Value {
    let mut chunk = json!({
        "id": ctx.id,
        "created": ctx.created,
        "model": ctx.model,
        "choices": [{ "index": 0, "delta": delta }],
        "thread_id": THREAD_ID,
    });
    if let Some(finish_reason) = finish_reason {
        chunk["finish_reason"] = json!(finish_reason);
    }
    chunk
}

/// AI.YOU's error body for `status`.
pub(super) fn error(status: u16, message: &str) -> Value {
    error_value(status, message, error_kind(status))
}

/// AI.YOU's error body.
pub(super) fn error_value(code: u16, message: &str, kind: &str) -> Value {
    json!({ "object": "error", "message": message, "type": kind, "code": code })
}

/// The error `type` AI.YOU gives a status.
fn error_kind(status: u16) -> &'static str {
    match status {
        401 => "AuthenticationError",
        403 => "PermissionDeniedError",
        404 => "NotFoundError",
        429 => "RateLimitError",
        503 => "ServiceUnavailableError",
        500.. => "InternalServerError",
        _ => "BadRequestError",
    }
}
