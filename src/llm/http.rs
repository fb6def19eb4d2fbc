//! The one HTTP client every provider shares, and helpers to read its answers.
//!
//! The upstream is untrusted: redirects are never followed (a request and the key
//! or password it carries go to the configured host only; a 3xx is
//! [`LlmError::Redirected`]), answers are capped at [`MAX_BODY_BYTES`] whole or
//! streamed ([`LlmError::AnswerTooLarge`]), and headers are read without panics.

use std::time::Duration;

use futures_util::StreamExt;
use reqwest::header::{CONTENT_TYPE, HeaderMap, RETRY_AFTER};
use serde_json::Value;
use tokio::time::{Instant, timeout, timeout_at};

use super::backend::{AttemptTimeouts, Completion};
use super::error::LlmError;
use super::{sse, wire};

/// Largest answer read, whole body or every byte of a stream, in bytes.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;
/// Largest error body read, in bytes.
pub const MAX_ERROR_BODY_BYTES: usize = 16 * 1024;
/// Longest `Retry-After` taken from a header (the retry policy then caps it at
/// RETRY_MAX_DELAY_MS): larger values, infinite ones included, become this.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(24 * 3600);

/// Builds the shared client: pooled keep-alive connections, a connect timeout,
/// no redirects followed, and no retries of its own (the provider's retry loop is
/// the only one).
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
        .redirect(reqwest::redirect::Policy::none())
        .retry(reqwest::retry::never())
        .user_agent(concat!("callshadow/", env!("CARGO_PKG_VERSION")))
        .build()
}

/// An upstream address, parsed once. reqwest parses an address given as text
/// on every request (the URL parser and IDNA host check were 3.7 % of the
/// server's CPU per message); a parsed one costs a copy.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// The address parsed, or why not (kept so each request fails as it would
    /// have with the text: a typed transport error, never a panic).
    url: Result<reqwest::Url, String>,
}

impl Endpoint {
    /// The address `base` (trailing slashes dropped) followed by `path`.
    #[must_use]
    pub fn join(base: &str, path: &str) -> Self {
        let text = format!("{}{path}", base.trim_end_matches('/'));
        Self {
            url: reqwest::Url::parse(&text).map_err(|_| text),
        }
    }

    /// A POST request to this address on `client`.
    pub fn post(&self, client: &reqwest::Client) -> reqwest::RequestBuilder {
        match &self.url {
            Ok(url) => client.post(url.clone()),
            Err(text) => client.post(text.as_str()),
        }
    }
}

/// Room for the body's JSON around its prompt (and for the prompt's escapes),
/// so the buffer is sized once.
const BODY_SLACK: usize = 512;

/// `builder` with `body` as its JSON, serialized into a buffer sized for a
/// prompt of `prompt_len` bytes: reqwest's `.json()` starts at 128 bytes and
/// doubles, copying a prompt of several kilobytes six or seven times per call.
/// Serializing the request structs (strings, numbers) into a `Vec` cannot fail;
/// if it ever did, the body would be empty and the upstream would refuse it.
pub fn with_json<T: serde::Serialize>(
    builder: reqwest::RequestBuilder,
    body: &T,
    prompt_len: usize,
) -> reqwest::RequestBuilder {
    let mut bytes = Vec::with_capacity(prompt_len + prompt_len / 16 + BODY_SLACK);
    if serde_json::to_writer(&mut bytes, body).is_err() {
        bytes.clear();
    }
    builder.header(CONTENT_TYPE, "application/json").body(bytes)
}

/// The `Retry-After` header as a delay (see [`parse_retry_after`]).
#[must_use]
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    parse_retry_after(headers.get(RETRY_AFTER)?.to_str().ok()?)
}

/// A `Retry-After` value as a delay, never panicking: seconds (fractions
/// accepted) or an HTTP date (a past one is zero). `None` for a negative, NaN or
/// unreadable value; anything over [`MAX_RETRY_AFTER`], infinity included, is
/// [`MAX_RETRY_AFTER`].
#[must_use]
pub fn parse_retry_after(value: &str) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<f64>() {
        if seconds.is_nan() || seconds < 0.0 {
            return None;
        }
        let wait = Duration::try_from_secs_f64(seconds).unwrap_or(MAX_RETRY_AFTER);
        return Some(wait.min(MAX_RETRY_AFTER));
    }
    let date = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let wait = date.with_timezone(&chrono::Utc) - chrono::Utc::now();
    Some(wait.to_std().unwrap_or(Duration::ZERO).min(MAX_RETRY_AFTER))
}

/// Reads a body as text, refusing one over `limit` bytes.
///
/// # Errors
/// A transport error, or [`LlmError::AnswerTooLarge`] past the limit.
pub async fn read_body(response: reqwest::Response, limit: usize) -> Result<String, LlmError> {
    let body = read_bytes(response, limit).await?;
    Ok(String::from_utf8(body)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
}

/// Reads a body as bytes, refusing one over `limit` bytes (at once when its
/// `Content-Length` says so).
async fn read_bytes(response: reqwest::Response, limit: usize) -> Result<Vec<u8>, LlmError> {
    let declared = response
        .content_length()
        .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX));
    if declared > limit {
        return Err(LlmError::AnswerTooLarge { limit });
    }
    let mut body = Vec::with_capacity(declared);
    let mut stream = response.bytes_stream();
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(LlmError::from_transport)?;
        if body.len() + chunk.len() > limit {
            return Err(LlmError::AnswerTooLarge { limit });
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
) -> Result<Completion, LlmError> {
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
/// Both are capped at [`MAX_BODY_BYTES`]; the attempt's deadline (the retry
/// loop's) bounds how long a stream may last.
///
/// # Errors
/// The typed failure; [`LlmError::StreamCut`] for a break after the first token.
pub async fn complete_streamed(
    request: reqwest::RequestBuilder,
    timeouts: AttemptTimeouts,
) -> Result<Completion, LlmError> {
    let first_token_by = Instant::now() + timeouts.first_token;
    let response = timeout_at(first_token_by, request.send())
        .await
        .map_err(|_| LlmError::Timeout("first token"))?
        .map_err(LlmError::from_transport)?;
    if is_event_stream(&response) {
        return sse::collect(response, first_token_by, timeouts, MAX_BODY_BYTES).await;
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

/// A whole JSON answer: its text and usage, or the error it carries (even with
/// HTTP 200).
async fn read_answer(response: reqwest::Response) -> Result<Completion, LlmError> {
    if !response.status().is_success() {
        return Err(status_error(response).await);
    }
    let body = read_bytes(response, MAX_BODY_BYTES).await?;
    answer(&body)
}

/// The assistant's text in a whole answer's body, and the usage it reports.
///
/// # Errors
/// [`LlmError::InvalidResponse`] for a body that is not a completion, or the
/// error the body carries.
pub fn answer(body: &[u8]) -> Result<Completion, LlmError> {
    if let Some((text, usage)) = wire::plain_answer(body) {
        return Ok(Completion { text, usage });
    }
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| LlmError::InvalidResponse(format!("not JSON: {e}")))?;
    Ok(Completion {
        text: wire::completion_text(&value)?,
        usage: wire::usage(&value),
    })
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use reqwest::header::HeaderValue;

    use super::*;

    proptest! {
        #[test]
        fn any_retry_after_is_read_without_a_panic_and_within_the_cap(
            value in "[-+0-9.eEinfaINFA ]{0,30}|[ -~]{0,40}|.{0,20}",
        ) {
            let wait = parse_retry_after(&value);
            prop_assert!(wait.is_none_or(|w| w <= MAX_RETRY_AFTER));
        }

        #[test]
        fn any_seconds_value_is_a_capped_delay_or_nothing(seconds in any::<f64>()) {
            let wait = parse_retry_after(&seconds.to_string());
            prop_assert_eq!(wait.is_some(), seconds >= 0.0, "{}", seconds);
            prop_assert!(wait.is_none_or(|w| w <= MAX_RETRY_AFTER));
        }

        #[test]
        fn any_body_gives_a_text_or_a_typed_error(
            body in prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..300),
                r#"\{"choices":\[\{"message":\{"content":("[a-z]*"|\[\]|null|1)\}\}\]\}"#
                    .prop_map(String::into_bytes),
            ],
        ) {
            match answer(&body) {
                Ok(answer) => prop_assert!(answer.text.len() <= body.len()),
                Err(error) => prop_assert!(!error.kind().is_empty()),
            }
        }
    }

    #[test]
    fn endpoints_are_joined_once_and_a_bad_one_fails_each_request() {
        let client = reqwest::Client::new();
        for base in ["http://127.0.0.1:9/v1", "http://127.0.0.1:9/v1//"] {
            let request = Endpoint::join(base, "/chat/completions")
                .post(&client)
                .build()
                .unwrap();
            assert_eq!(
                request.url().as_str(),
                "http://127.0.0.1:9/v1/chat/completions"
            );
            assert_eq!(request.method(), reqwest::Method::POST);
        }
        let bad = Endpoint::join("not an address", "/chat/completions");
        assert!(bad.post(&client).build().is_err());
        assert!(bad.post(&client).build().is_err(), "every time");
    }

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
        headers.insert(RETRY_AFTER, HeaderValue::from_bytes(b"\xff1").unwrap());
        assert_eq!(retry_after(&headers), None, "not text");
    }

    #[test]
    fn hostile_retry_after_values_are_read_without_a_panic() {
        let table: [(&str, Option<Duration>); 16] = [
            ("0", Some(Duration::ZERO)),
            ("1.5", Some(Duration::from_millis(1500))),
            (" 7 ", Some(Duration::from_secs(7))),
            ("-0", Some(Duration::ZERO)),
            ("-1", None),
            ("NaN", None),
            ("-inf", None),
            ("", None),
            ("0x10", None),
            ("1e20", Some(MAX_RETRY_AFTER)),
            ("inf", Some(MAX_RETRY_AFTER)),
            ("1e309", Some(MAX_RETRY_AFTER)),
            ("18446744073709551616", Some(MAX_RETRY_AFTER)),
            ("86401", Some(MAX_RETRY_AFTER)),
            ("Thu, 01 Jan 1970 00:00:00 GMT", Some(Duration::ZERO)),
            ("Fri, 31 Dec 9999 23:59:59 GMT", Some(MAX_RETRY_AFTER)),
        ];
        for (value, expected) in table {
            assert_eq!(parse_retry_after(value), expected, "{value:?}");
        }
    }

    #[test]
    fn answers_are_read_from_their_body_or_refused_typed() {
        let body = br#"{"choices":[{"message":{"content":"hi"}}]}"#;
        assert_eq!(answer(body).unwrap(), Completion::from("hi".to_owned()));
        let counted = br#"{"choices":[{"message":{"content":"hi"}}],"usage":{"prompt_tokens":9,"completion_tokens":2}}"#;
        assert_eq!(
            answer(counted).unwrap().usage.map(|u| u.prompt_tokens),
            Some(9)
        );
        assert!(matches!(answer(b"{{{{"), Err(LlmError::InvalidResponse(_))));
        let deep = "[".repeat(100_000);
        assert!(matches!(
            answer(deep.as_bytes()),
            Err(LlmError::InvalidResponse(_))
        ));
    }
}
