//! Answers that never end, sent as fast as the client reads them: an SSE stream of
//! content chunks, one SSE `data:` line that never breaks, or a JSON completion whose
//! content string never closes. Every byte handed to the connection is counted, so
//! a test can tell how much a client took before it gave up.

use axum::body::{Body, Bytes};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::json;

use super::chat::{Ctx, chunk};
use super::sse;
use super::state::Tracker;

/// Characters of content in each repeated piece.
const PIECE_CHARS: usize = 1024;
/// Pieces sent in one body item.
const PIECES_PER_ITEM: usize = 16;

/// A 200 answer whose body never ends; `tracker` counts its bytes and sees it dropped.
pub(super) fn response(ctx: &Ctx, line_breaks: bool, tracker: Tracker) -> Response {
    let (head, piece) = parts(ctx, line_breaks);
    let repeated = Bytes::from(piece.repeat(PIECES_PER_ITEM));
    let start = (Some(Bytes::from(head)), repeated, tracker);
    let stream = futures_util::stream::unfold(start, |(mut head, repeated, tracker)| async move {
        let item = head.take().unwrap_or_else(|| repeated.clone());
        tracker.sent(item.len());
        Some((Ok::<_, std::io::Error>(item), (head, repeated, tracker)))
    });
    let mut response = Response::new(Body::from_stream(stream));
    *response.status_mut() = StatusCode::OK;
    let content_type = if ctx.stream {
        "text/event-stream"
    } else {
        "application/json"
    };
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// What the body starts with, and the piece it then repeats forever.
fn parts(ctx: &Ctx, line_breaks: bool) -> (String, String) {
    let filler = "x".repeat(PIECE_CHARS);
    if !ctx.stream {
        let head = r#"{"object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":""#;
        return (head.to_owned(), filler);
    }
    let role = sse::event(&chunk(ctx, json!({ "role": "assistant" }), None));
    if line_breaks {
        let piece = sse::event(&chunk(ctx, json!({ "content": filler }), None));
        return (role, piece);
    }
    (
        format!("{role}data: {{\"choices\":[{{\"delta\":{{\"content\":\""),
        filler,
    )
}
