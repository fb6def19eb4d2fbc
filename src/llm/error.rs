//! What an LLM request can end with (typed by cause, classified for retry and the
//! circuit breaker), and what a whole call through the retry loop ends with.

use std::sync::LazyLock;
use std::time::Duration;

use regex::Regex;
use reqwest::StatusCode;

/// Longest excerpt of an upstream body kept in an error (for logs only).
pub const BODY_EXCERPT_CHARS: usize = 300;

/// Why one LLM request failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LlmError {
    /// 429 or a rate-limit error body; `retry_after` from the `Retry-After` header.
    #[error("rate limited by the LLM API")]
    RateLimited {
        /// How long the upstream asked us to wait.
        retry_after: Option<Duration>,
        /// A short excerpt of the body, for logs.
        excerpt: String,
    },
    /// No answer (or no first token) in time.
    #[error("the LLM API timed out ({0})")]
    Timeout(&'static str),
    /// The connection failed or broke before an answer.
    #[error("cannot reach the LLM API: {0}")]
    Connection(String),
    /// A 5xx answer.
    #[error("the LLM API failed (HTTP {status})")]
    Server {
        /// The HTTP status.
        status: u16,
        /// A short excerpt of the body, for logs.
        excerpt: String,
        /// How long the upstream asked us to wait (`Retry-After` on a 503).
        retry_after: Option<Duration>,
    },
    /// 401 or 403: the credentials are wrong or expired.
    #[error("the LLM API refused the credentials (HTTP {status})")]
    Authentication {
        /// The HTTP status.
        status: u16,
        /// A short excerpt of the body, for logs (secrets redacted).
        excerpt: String,
    },
    /// Another 4xx: the request itself is wrong.
    #[error("the LLM API rejected the request (HTTP {status})")]
    BadRequest {
        /// The HTTP status.
        status: u16,
        /// A short excerpt of the upstream message, for logs and the stream fallback.
        excerpt: String,
    },
    /// The AI.YOU log-in was refused (bad e-mail or password: HTTP 400, 401, 403 or
    /// an error body saying so). Nothing works until the settings change, so unlike
    /// a refused token it counts for the circuit breaker, and it is remembered.
    #[error("the LLM API refused the log-in (HTTP {status})")]
    LoginRefused {
        /// The HTTP status (or the error body's code).
        status: u16,
    },
    /// A 3xx answer. Redirects are never followed: a request, and the key or password
    /// it carries, goes to the configured host only.
    #[error("the LLM API answered with a redirect (HTTP {status}), which is not followed")]
    Redirected {
        /// The HTTP status.
        status: u16,
    },
    /// The answer, whole or streamed, is larger than the cap (`http::MAX_BODY_BYTES`).
    #[error("the LLM API's answer is over {limit} bytes")]
    AnswerTooLarge {
        /// The cap, in bytes.
        limit: usize,
    },
    /// The answer is not the JSON the API documents.
    #[error("the LLM API answered something unexpected: {0}")]
    InvalidResponse(String),
    /// A stream broke after its first token: never retried, never truncated.
    #[error("the LLM stream was cut after it started")]
    StreamCut,
    /// The circuit breaker is open: the call was not made.
    #[error("the LLM API is unavailable (circuit open)")]
    CircuitOpen,
}

impl LlmError {
    /// Whether retrying the same request may succeed: rate limits, timeouts,
    /// connection errors and 5xx.
    #[must_use]
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::RateLimited { .. } | Self::Timeout(_) | Self::Connection(_) | Self::Server { .. }
        )
    }

    /// Whether the failure says something about the upstream's health and counts
    /// toward opening the circuit. Client errors (4xx other than 429) do not; a
    /// refused log-in, a redirect and an oversized answer do (the upstream, or its
    /// configuration, is unusable until someone acts).
    #[must_use]
    pub fn counts_for_breaker(&self) -> bool {
        !matches!(
            self,
            Self::Authentication { .. } | Self::BadRequest { .. } | Self::CircuitOpen
        )
    }

    /// The wait the upstream asked for, if any.
    #[must_use]
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Self::RateLimited { retry_after, .. } | Self::Server { retry_after, .. } => {
                *retry_after
            }
            _ => None,
        }
    }

    /// What the upstream said about a 4xx or 5xx: a bounded excerpt of its body,
    /// secrets redacted ([`excerpt`]), for the WARN lines of logs only — never a
    /// frame. `None` when there is no body to quote.
    #[must_use]
    pub fn upstream_says(&self) -> Option<&str> {
        match self {
            Self::RateLimited { excerpt, .. }
            | Self::Authentication { excerpt, .. }
            | Self::Server { excerpt, .. }
            | Self::BadRequest { excerpt, .. } => Some(excerpt.as_str()).filter(|e| !e.is_empty()),
            _ => None,
        }
    }

    /// This error with every occurrence of `secret` (a key or token the request
    /// carried, which an upstream may echo) in its excerpt replaced by `[redacted]`.
    #[must_use]
    pub fn without_secret(mut self, secret: &str) -> Self {
        if secret.len() < 4 {
            return self;
        }
        if let Self::RateLimited { excerpt, .. }
        | Self::Authentication { excerpt, .. }
        | Self::Server { excerpt, .. }
        | Self::BadRequest { excerpt, .. } = &mut self
            && excerpt.contains(secret)
        {
            *excerpt = excerpt.replace(secret, REDACTED);
        }
        self
    }

    /// A stable label for logs and frame details (`server_error`, `timeout`…).
    #[must_use]
    pub fn kind(&self) -> &'static str {
        match self {
            Self::RateLimited { .. } => "rate_limited",
            Self::Timeout(_) => "timeout",
            Self::Connection(_) => "connection",
            Self::Server { .. } => "server_error",
            Self::Authentication { .. } | Self::LoginRefused { .. } => "authentication",
            Self::Redirected { .. } => "redirect",
            Self::AnswerTooLarge { .. } => "answer_too_large",
            Self::BadRequest { .. } => "bad_request",
            Self::InvalidResponse(_) => "invalid_response",
            Self::StreamCut => "stream_cut",
            Self::CircuitOpen => "circuit_open",
        }
    }

    /// Classifies an HTTP error status, with its body excerpt and `Retry-After`.
    #[must_use]
    pub fn from_status(status: StatusCode, body: &str, retry_after: Option<Duration>) -> Self {
        let excerpt = excerpt(body);
        match status.as_u16() {
            code if status.is_redirection() => Self::Redirected { status: code },
            429 => Self::RateLimited {
                retry_after,
                excerpt,
            },
            401 | 403 => Self::Authentication {
                status: status.as_u16(),
                excerpt,
            },
            408 => Self::Timeout("HTTP 408"),
            code if status.is_server_error() => Self::Server {
                status: code,
                excerpt,
                retry_after,
            },
            code => Self::BadRequest {
                status: code,
                excerpt,
            },
        }
    }

    /// Classifies a transport error (bodies are decoded by us, so a reqwest
    /// "decode" error is a broken body: a connection error); the URL is dropped so nothing about the
    /// endpoint's credentials can leak into messages.
    #[must_use]
    pub fn from_transport(error: reqwest::Error) -> Self {
        if error.is_timeout() {
            return Self::Timeout("transport");
        }
        Self::Connection(error_chain(&error.without_url()))
    }
}

/// An error and its sources, joined: the useful cause is often deep inside.
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// What replaces a secret in an excerpt.
const REDACTED: &str = "[redacted]";

/// What looks like a secret in an upstream's body: an OpenAI-style key, a bearer
/// token, or the value of a field named like a credential (`api_key`, `password`,
/// `token`, `secret`, `authorization`), quoted or not.
static SECRETS: LazyLock<[(Regex, &'static str); 3]> = LazyLock::new(|| {
    let regex =
        |pattern: &str| Regex::new(pattern).unwrap_or_else(|_| unreachable!("a fixed pattern"));
    [
        (regex(r"\bsk-[A-Za-z0-9_\-]{4,}"), "sk-[redacted]"),
        (
            regex(r"(?i)\bbearer\s+[A-Za-z0-9._~+/=\-]+"),
            "Bearer [redacted]",
        ),
        (
            regex(
                r#"(?i)((?:api[_-]?key|password|passwd|token|secret|authorization)"?\s*[:=]\s*"?)[^"\s,;&}]+"#,
            ),
            "${1}[redacted]",
        ),
    ]
});

/// The first [`BODY_EXCERPT_CHARS`] characters of a body, on one line, with
/// anything that looks like a secret (see [`SECRETS`]) replaced by `[redacted]`.
/// The backends also replace the exact key or token they sent
/// ([`LlmError::without_secret`]).
#[must_use]
pub fn excerpt(body: &str) -> String {
    // Redacted before it is cut, so a secret across the cut is still recognised.
    let line: String = body
        .chars()
        .take(2 * BODY_EXCERPT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let redacted = SECRETS.iter().fold(line, |text, (pattern, replacement)| {
        pattern.replace_all(&text, *replacement).into_owned()
    });
    redacted.chars().take(BODY_EXCERPT_CHARS).collect()
}

/// Why a call (every attempt of it, through the retry loop) gave no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CallError {
    /// The circuit breaker is open: the upstream was not asked.
    #[error("the LLM API is unavailable (circuit open)")]
    Unavailable,
    /// The upstream failed, and retrying stopped.
    #[error("the LLM call failed after {attempts} attempt(s): {error}")]
    Failed {
        /// The last failure.
        error: LlmError,
        /// Requests sent.
        attempts: u32,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_classified_for_retry_and_breaker() {
        let e = LlmError::from_status(
            StatusCode::TOO_MANY_REQUESTS,
            "",
            Some(Duration::from_secs(2)),
        );
        assert!(e.is_transient() && e.counts_for_breaker());
        assert_eq!(e.retry_after(), Some(Duration::from_secs(2)));
        let e = LlmError::from_status(StatusCode::SERVICE_UNAVAILABLE, "down", None);
        assert!(e.is_transient() && e.counts_for_breaker());
        let e = LlmError::from_status(StatusCode::BAD_REQUEST, "bad", None);
        assert!(!e.is_transient() && !e.counts_for_breaker());
        let e = LlmError::from_status(StatusCode::UNAUTHORIZED, "", None);
        assert!(!e.is_transient() && !e.counts_for_breaker());
        for redirect in [
            StatusCode::MOVED_PERMANENTLY,
            StatusCode::TEMPORARY_REDIRECT,
        ] {
            let e = LlmError::from_status(redirect, "", None);
            assert_eq!(e.kind(), "redirect");
            assert!(!e.is_transient() && e.counts_for_breaker(), "{redirect}");
        }
        let refused = LlmError::LoginRefused { status: 401 };
        assert!(!refused.is_transient() && refused.counts_for_breaker());
        let large = LlmError::AnswerTooLarge { limit: 1 };
        assert!(!large.is_transient() && large.counts_for_breaker());
    }

    #[test]
    fn excerpts_redact_what_looks_like_a_secret() {
        let body = r#"{"error":{"message":"Incorrect API key provided: sk-test-0123456789-SECRET. Authorization: Bearer abc.def-ghi","api_key":"k3y-value","password=hunter2&x=1"}}"#;
        let short = excerpt(body);
        for secret in ["0123456789-SECRET", "abc.def-ghi", "k3y-value", "hunter2"] {
            assert!(!short.contains(secret), "{secret} in {short}");
        }
        assert!(short.contains("Incorrect API key provided"), "{short}");
        let echoed = LlmError::from_status(StatusCode::BAD_REQUEST, "bad key my-odd-key-42", None)
            .without_secret("my-odd-key-42");
        assert_eq!(echoed.upstream_says(), Some("bad key [redacted]"));
        let none = LlmError::from_status(StatusCode::TOO_MANY_REQUESTS, "", None);
        assert_eq!(none.upstream_says(), None);
        let said = LlmError::from_status(StatusCode::TOO_MANY_REQUESTS, "slow down", None);
        assert_eq!(said.upstream_says(), Some("slow down"));
    }

    #[test]
    fn excerpts_are_bounded_and_single_line() {
        let body = format!("line1\nline2{}", "x".repeat(1000));
        let short = excerpt(&body);
        assert_eq!(short.chars().count(), BODY_EXCERPT_CHARS);
        assert!(!short.contains('\n'));
    }
}
