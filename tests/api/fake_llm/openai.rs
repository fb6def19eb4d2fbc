//! The OpenAI side: `POST /v1/chat/completions` and OpenAI's answer and error formats.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::post;
use serde_json::{Value, json};

use super::Api;
use super::chat::{self, Ctx};
use super::state::Shared;

/// The OpenAI routes.
pub(super) fn router() -> Router<Arc<Shared>> {
    Router::new().route("/v1/chat/completions", post(chat_completions))
}

/// `POST /v1/chat/completions`.
async fn chat_completions(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    chat::handle(shared, Api::OpenAi, &headers, &body).await
}

/// A `chat.completion` whose assistant message says `content`.
pub(super) fn completion(ctx: &Ctx, content: &str) -> Value {
    json!({
        "id": ctx.id,
        "object": "chat.completion",
        "created": ctx.created,
        "model": ctx.model,
        "choices": [{
            "index": 0,
            "message": { "role": "assistant", "content": content, "refusal": null },
            "logprobs": null,
            "finish_reason": "stop",
        }],
        "usage": chat::usage(ctx, content),
    })
}

/// A `chat.completion.chunk` carrying `delta`.
pub(super) fn chunk(ctx: &Ctx, delta: Value, finish_reason: Option<&str>) -> Value {
    json!({
        "id": ctx.id,
        "object": "chat.completion.chunk",
        "created": ctx.created,
        "model": ctx.model,
        "choices": [{ "index": 0, "delta": delta, "logprobs": null, "finish_reason": finish_reason }],
    })
}

/// OpenAI's error body for `status`.
pub(super) fn error(status: u16, message: &str) -> Value {
    let (kind, code) = match status {
        401 => ("invalid_request_error", json!("invalid_api_key")),
        429 => ("requests", json!("rate_limit_exceeded")),
        500.. => ("server_error", Value::Null),
        _ => ("invalid_request_error", Value::Null),
    };
    json!({ "error": { "message": message, "type": kind, "param": null, "code": code } })
}
