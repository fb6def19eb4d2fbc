//! The one HTTP client every provider shares, and helpers to read its answers.

use std::time::Duration;

use futures_util::StreamExt;
use reqwest::header::{CONTENT_TYPE, HeaderMap, RETRY_AFTER};
use serde_json::Value;
use tokio::time::{Instant, timeout, timeout_at};

use super::backend::AttemptTimeouts;
use super::error::LlmError;
use super::{sse, wire};

/// Largest successful body read, in bytes.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Largest error body read, in bytes.
pub const MAX_ERROR_BODY_BYTES: usize = 16 * 1024;

/// Builds the shared client: pooled keep-alive connections, a connect timeout,
/// and no retries of its own (the provider's retry loop is the only one).
///
/// # Errors
/// When the TLS backend cannot be initialised.
pub fn build_client(connect_timeout: Duration) -> Result<reqwest::Client, reqwest::Error> {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .pool_idle_timeout(Duration::from_secs(90))
        .pool_max_idle_per_host(64)
        .tcp_nodelay(true)
        .tcp_keepalive(Duration::from_secs(30))
        .retry(reqwest::retry::never())
        .user_agent(concat!("callshadow/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// `Retry-After` as a delay: seconds, or an HTTP date.
#[must_use]
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        return (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO))
}

/// Reads a body as text, refusing one over `limit` bytes.
///
/// # Errors
/// A transport error, or [`LlmError::InvalidResponse`] past the limit.
pub async fn read_body(response: reqwest::Response, limit: usize) -> Result<String, LlmError> {
    let body = read_bytes(response, limit).await?;
    Ok(String::from_utf8(body)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Reads a body as bytes, refusing one over `limit` bytes.
async fn read_bytes(response: reqwest::Response, limit: usize) -> Result<Vec<u8>, LlmError> {
    let capacity = response
        .content_length()
        .map_or(0, |n| usize::try_from(n).unwrap_or(0).min(limit));
    let mut body = Vec::with_capacity(capacity);
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(LlmError::from_transport)?;
        if body.len() + chunk.len() > limit {
            return Err(LlmError::InvalidResponse(format!(
                "body over {limit} bytes"
            )));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// Turns a non-success answer into its typed error (reads a bounded body).
pub async fn status_error(response: reqwest::Response) -> LlmError {
    let status = response.status();
    let wait = retry_after(response.headers());
    let body = read_body(response, MAX_ERROR_BODY_BYTES)
        .await
        .unwrap_or_default();
    LlmError::from_status(status, &body, wait)
}

/// Sends a non-streamed request and reads the whole answer within `total`.
///
/// # Errors
/// The typed failure of the request or of the answer.
pub async fn complete_whole(
    request: reqwest::RequestBuilder,
    total: Duration,
) -> Result<String, LlmError> {
    let attempt = async {
        let response = request.send().await.map_err(LlmError::from_transport)?;
        read_answer(response).await
    };
    timeout(total, attempt)
        .await
        .unwrap_or(Err(LlmError::Timeout("whole answer")))
}

/// Sends a streamed request: the first token must come within the first-token
/// timeout. An API that answers with a whole JSON body instead is read as such.
///
/// # Errors
/// The typed failure; [`LlmError::StreamCut`] for a break after the first token.
pub async fn complete_streamed(
    request: reqwest::RequestBuilder,
    timeouts: AttemptTimeouts,
) -> Result<String, LlmError> {
    let first_token_by = Instant::now() + timeouts.first_token;
    let response = timeout_at(first_token_by, request.send())
        .await
        .map_err(|_| LlmError::Timeout("first token"))?
        .map_err(LlmError::from_transport)?;
    if is_event_stream(&response) {
        return sse::collect(response, first_token_by, timeouts).await;
    }
    timeout(timeouts.total, read_answer(response))
        .await
        .unwrap_or(Err(LlmError::Timeout("whole answer")))
}

fn is_event_stream(response: &reqwest::Response) -> bool {
    response.status().is_success()
        && response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("text/event-stream"))
}

/// A whole JSON answer: its text, or the error it carries (even with HTTP 200).
async fn read_answer(response: reqwest::Response) -> Result<String, LlmError> {
    if !response.status().is_success() {
        return Err(status_error(response).await);
    }
    let body = read_bytes(response, MAX_BODY_BYTES).await?;
    let value: Value = serde_json::from_slice(&body)
        .map_err(|e| LlmError::InvalidResponse(format!("not JSON: {e}")))?;
    wire::completion_text(&value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(2)));
        let later = (chrono::Utc::now() + chrono::Duration::seconds(30)).to_rfc2822();
        headers.insert(RETRY_AFTER, HeaderValue::from_str(&later).unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!(wait > Duration::from_secs(25) && wait <= Duration::from_secs(30));
        headers.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&headers), None);
    }
}
