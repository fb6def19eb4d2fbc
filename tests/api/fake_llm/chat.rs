//! The chat flow both APIs share: record, authorize, take a step, wait, answer.

use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use serde_json::{Value, json};

use super::endless;
use super::sse::{self, Action, DONE};
use super::state::{Inner, Shared, Tracker};
use super::{Api, Recorded, Reply, Step, aiyou, openai};

/// The exact message of an AI.YOU backend that only streams.
pub(super) const STREAM_UNSUPPORTED: &str = "Stream options can only be defined when stream=True";

/// What an answer needs to know about its request.
#[derive(Debug, Clone)]
pub(super) struct Ctx {
    /// Which API the request came to.
    pub(super) api: Api,
    /// The completion id, `chatcmpl-N`.
    pub(super) id: String,
    /// Unix seconds.
    pub(super) created: i64,
    /// The request's model, or `fake`.
    pub(super) model: String,
    /// Whether the request asked for a stream.
    pub(super) stream: bool,
    /// A rough token count of the request, or the one set by `FakeLlm::set_usage`.
    pub(super) prompt_tokens: usize,
    /// Prompt tokens reported as cached (`prompt_tokens_details`), when set.
    pub(super) cached_tokens: Option<usize>,
    /// AI.YOU: wrap non-streamed answers in `{"response": ...}`.
    pub(super) wrapped: bool,
    /// AI.YOU: non-streamed content as text parts.
    pub(super) content_parts: bool,
    /// The default step's content, for [`Reply::NonStreamUnsupported`] streams.
    pub(super) default_content: String,
    /// The request's prompt (every message's text), for [`Reply::Computed`].
    pub(super) prompt: String,
}

/// What a request turns into, decided under the lock.
enum Admission {
    /// The body is not JSON.
    Invalid,
    /// Missing or wrong credentials.
    Unauthorized,
    /// Play this step.
    Play(Step, Box<Ctx>),
}

/// Handles one chat request to `api`.
pub(super) async fn handle(
    shared: Arc<Shared>,
    api: Api,
    headers: &HeaderMap,
    raw: &Bytes,
) -> Response {
    let tracker = Tracker::new(Arc::clone(&shared));
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .map(str::to_owned);
    // As a real API: a body not labelled JSON is refused, whatever it holds.
    let labelled_json = headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    match shared.with(|inner| admit(inner, api, authorization, raw, labelled_json)) {
        Admission::Invalid => {
            error_response(api, 400, "The request body is not valid JSON.", tracker)
        }
        Admission::Unauthorized => unauthorized(api, tracker),
        Admission::Play(step, ctx) => {
            tokio::time::sleep(step.latency).await;
            play(step, &ctx, tracker).await
        }
    }
}

/// Records the request and decides what to do with it.
fn admit(
    inner: &mut Inner,
    api: Api,
    authorization: Option<String>,
    raw: &Bytes,
    labelled_json: bool,
) -> Admission {
    let parsed = serde_json::from_slice::<Value>(raw)
        .ok()
        .filter(|_| labelled_json);
    let body = parsed
        .clone()
        .unwrap_or_else(|| Value::String(String::from_utf8_lossy(raw).into_owned()));
    let stream = body["stream"] == true;
    let authorized = match api {
        Api::OpenAi => inner.api_key_accepted(authorization.as_deref()),
        Api::AiYou => inner.token_accepted(authorization.as_deref()),
    };
    inner.recorded.push(Recorded {
        api,
        at: Instant::now(),
        body: body.clone(),
        authorization,
        stream,
    });
    if !authorized {
        return Admission::Unauthorized;
    }
    if parsed.is_none() {
        return Admission::Invalid;
    }
    let ctx = Ctx {
        api,
        id: format!("chatcmpl-{}", inner.recorded.len()),
        created: chrono::Utc::now().timestamp(),
        model: body["model"].as_str().unwrap_or("fake").to_owned(),
        stream,
        prompt_tokens: inner.usage.map_or(raw.len() / 4, |(prompt, _)| prompt),
        cached_tokens: inner.usage.map(|(_, cached)| cached),
        wrapped: inner.wrapped,
        content_parts: inner.content_parts,
        default_content: inner.default_content(),
        prompt: prompt_text(&body),
    };
    Admission::Play(inner.next_step(&ctx.prompt), Box::new(ctx))
}

/// Every message's text content, joined: a string content, or the `text` of parts.
fn prompt_text(body: &Value) -> String {
    let mut text = String::new();
    for message in body["messages"].as_array().into_iter().flatten() {
        match &message["content"] {
            Value::String(content) => text.push_str(content),
            Value::Array(parts) => {
                for part in parts {
                    text.push_str(part["text"].as_str().unwrap_or_default());
                }
            }
            _ => {}
        }
        text.push('\n');
    }
    text
}

/// Sends what `step` scripts, its latency already spent.
async fn play(step: Step, ctx: &Ctx, tracker: Tracker) -> Response {
    let ttft = step.ttft;
    match step.reply {
        Reply::Content(content) => content_response(ctx, &content, ttft, tracker),
        Reply::Computed(make) => content_response(ctx, &(make.0)(&ctx.prompt), ttft, tracker),
        Reply::Status {
            status,
            retry_after,
            body,
        } => status_response(ctx.api, status, retry_after, body, tracker),
        Reply::Hang => {
            let _held_until_dropped = tracker;
            std::future::pending().await
        }
        Reply::Reset => abort_response(ctx, ttft, tracker),
        Reply::ErrorBody200 {
            code,
            message,
            kind,
        } => error_200(
            ctx,
            aiyou::error_value(code, &message, &kind),
            ttft,
            tracker,
        ),
        Reply::StreamCut {
            content,
            after_chunks,
        } => stream_cut(ctx, &content, after_chunks, ttft, tracker),
        Reply::NonStreamUnsupported => non_stream_unsupported(ctx, ttft, tracker),
        Reply::Redirect { status, location } => redirect_response(status, &location, tracker),
        Reply::Endless { line_breaks } => endless::response(ctx, line_breaks, tracker),
    }
}

/// A redirect `status` to `location`, with an empty body.
pub(super) fn redirect_response(status: u16, location: &str, tracker: Tracker) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::TEMPORARY_REDIRECT);
    let mut response = response(status, "text/plain", Vec::new(), tracker);
    if let Ok(location) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// 200 with `content`: a completion, or a stream of chunks ending with `[DONE]`.
fn content_response(ctx: &Ctx, content: &str, ttft: Duration, tracker: Tracker) -> Response {
    if !ctx.stream {
        return json_response(StatusCode::OK, &completion(ctx, content), tracker);
    }
    let mut actions = vec![Action::Wait(ttft)];
    actions.extend(content_events(ctx, content, usize::MAX));
    actions.push(Action::Send(sse::event(&chunk(
        ctx,
        json!({}),
        Some("stop"),
    ))));
    actions.push(Action::Send(DONE.to_owned()));
    sse_response(actions, tracker)
}

/// The role chunk, then at most `limit` content chunks.
fn content_events(ctx: &Ctx, content: &str, limit: usize) -> Vec<Action> {
    let role = chunk(ctx, json!({ "role": "assistant" }), None);
    let pieces = sse::pieces(content)
        .into_iter()
        .take(limit)
        .map(|piece| chunk(ctx, json!({ "content": piece }), None));
    std::iter::once(role)
        .chain(pieces)
        .map(|value| Action::Send(sse::event(&value)))
        .collect()
}

/// `status` with the endpoint's error body (or `body`) and maybe `Retry-After`.
fn status_response(
    api: Api,
    status: u16,
    retry_after: Option<String>,
    body: Option<String>,
    tracker: Tracker,
) -> Response {
    let Some(body) = body else {
        let mut response = error_response(api, status, &default_message(status), tracker);
        add_retry_after(&mut response, retry_after);
        return response;
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = response(
        status,
        "application/json",
        vec![Action::Send(body)],
        tracker,
    );
    add_retry_after(&mut response, retry_after);
    response
}

/// Sets `Retry-After` when there is one.
fn add_retry_after(response: &mut Response, retry_after: Option<String>) {
    if let Some(value) = retry_after.and_then(|value| HeaderValue::from_str(&value).ok()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
}

/// A message for an error `status`.
fn default_message(status: u16) -> String {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|code| code.canonical_reason())
        .unwrap_or("Error");
    format!("Fake LLM error {status}: {reason}")
}

/// 200 headers, then the connection is aborted.
fn abort_response(ctx: &Ctx, ttft: Duration, tracker: Tracker) -> Response {
    let actions = vec![Action::Wait(ttft), Action::Fail];
    if ctx.stream {
        sse_response(actions, tracker)
    } else {
        response(StatusCode::OK, "application/json", actions, tracker)
    }
}

/// HTTP 200 carrying an error body: one SSE event then `[DONE]` when streamed.
fn error_200(ctx: &Ctx, error: Value, ttft: Duration, tracker: Tracker) -> Response {
    if !ctx.stream {
        return json_response(StatusCode::OK, &error, tracker);
    }
    let actions = vec![
        Action::Wait(ttft),
        Action::Send(sse::event(&error)),
        Action::Send(DONE.to_owned()),
    ];
    sse_response(actions, tracker)
}

/// A stream cut after `after_chunks` content chunks; an abort when not streamed.
fn stream_cut(
    ctx: &Ctx,
    content: &str,
    after_chunks: usize,
    ttft: Duration,
    tracker: Tracker,
) -> Response {
    if !ctx.stream {
        return abort_response(ctx, ttft, tracker);
    }
    let mut actions = vec![Action::Wait(ttft)];
    actions.extend(content_events(ctx, content, after_chunks));
    actions.push(Action::Fail);
    sse_response(actions, tracker)
}

/// 400 "stream only" when not streamed; the default content when streamed.
fn non_stream_unsupported(ctx: &Ctx, ttft: Duration, tracker: Tracker) -> Response {
    if ctx.stream {
        return content_response(ctx, &ctx.default_content, ttft, tracker);
    }
    let error = aiyou::error_value(400, STREAM_UNSUPPORTED, "BadRequestError");
    json_response(StatusCode::BAD_REQUEST, &error, tracker)
}

/// 401 in the endpoint's style.
fn unauthorized(api: Api, tracker: Tracker) -> Response {
    let message = match api {
        Api::OpenAi => "Incorrect API key provided.",
        Api::AiYou => aiyou::INVALID_CREDENTIALS,
    };
    error_response(api, 401, message, tracker)
}

/// `status` with the endpoint's JSON error body.
fn error_response(api: Api, status: u16, message: &str, tracker: Tracker) -> Response {
    let body = match api {
        Api::OpenAi => openai::error(status, message),
        Api::AiYou => aiyou::error(status, message),
    };
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    json_response(status, &body, tracker)
}

/// The endpoint's non-streamed completion.
fn completion(ctx: &Ctx, content: &str) -> Value {
    match ctx.api {
        Api::OpenAi => openai::completion(ctx, content),
        Api::AiYou => aiyou::completion(ctx, content),
    }
}

/// The endpoint's stream chunk.
pub(super) fn chunk(ctx: &Ctx, delta: Value, finish_reason: Option<&str>) -> Value {
    match ctx.api {
        Api::OpenAi => openai::chunk(ctx, delta, finish_reason),
        Api::AiYou => aiyou::chunk(ctx, delta, finish_reason),
    }
}

/// The usage block of a completion of `content`.
pub(super) fn usage(ctx: &Ctx, content: &str) -> Value {
    let completion_tokens = content.len().div_ceil(4);
    let mut usage = json!({
        "prompt_tokens": ctx.prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": ctx.prompt_tokens + completion_tokens,
    });
    if let Some(cached) = ctx.cached_tokens {
        usage["prompt_tokens_details"] = json!({ "cached_tokens": cached });
    }
    usage
}

/// A tracked JSON answer.
fn json_response(status: StatusCode, value: &Value, tracker: Tracker) -> Response {
    let actions = vec![Action::Send(value.to_string())];
    response(status, "application/json", actions, tracker)
}

/// A tracked 200 server-sent-events answer.
fn sse_response(actions: Vec<Action>, tracker: Tracker) -> Response {
    let mut response = response(StatusCode::OK, "text/event-stream", actions, tracker);
    let no_cache = HeaderValue::from_static("no-cache");
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, no_cache);
    response
}

/// A tracked answer whose body plays `actions`.
fn response(
    status: StatusCode,
    content_type: &'static str,
    actions: Vec<Action>,
    tracker: Tracker,
) -> Response {
    let mut response = Response::new(sse::body(actions, tracker));
    *response.status_mut() = status;
    let content_type = HeaderValue::from_static(content_type);
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type);
    response
}
