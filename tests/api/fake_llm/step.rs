//! Scripted steps: what the fake does with one chat request, and when.

use std::time::Duration;

/// The suggestion JSON the fake answers with until a test says otherwise.
pub const DEFAULT_SUGGESTION: &str = r#"{"questions":["What matters most to you in this decision?","Which budget did you plan for this?"],"signals_detected":["price_objection"],"recommended_direction":"Acknowledge the price concern, then anchor the conversation on value."}"#;

/// What the fake sends once a step's latency has passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// 200 with a chat completion whose assistant message content is this string;
    /// streamed as SSE chunks of about 8 characters when the request asks for a stream.
    Content(String),
    /// An error status; `body` `None` gives a JSON error body in the endpoint's style.
    Status {
        /// The HTTP status.
        status: u16,
        /// The `Retry-After` header's value, if any.
        retry_after: Option<String>,
        /// The raw body, instead of the endpoint's JSON error.
        body: Option<String>,
    },
    /// Never answers, until the client drops the request.
    Hang,
    /// 200 headers, then the connection is aborted (the body fails).
    Reset,
    /// AI.YOU style: HTTP 200 whose body is `{"object":"error",...}` (one SSE event when streamed).
    ErrorBody200 {
        /// The body's `code`.
        code: u16,
        /// The body's `message`.
        message: String,
        /// The body's `type`, such as `RateLimitError`.
        kind: String,
    },
    /// Streamed: `after_chunks` content chunks, then the connection is aborted, no `[DONE]`;
    /// non-streamed: 200 headers, then the connection is aborted.
    StreamCut {
        /// The content the cut stream would have carried.
        content: String,
        /// How many content chunks are sent before the cut.
        after_chunks: usize,
    },
    /// Non-streamed: 400 with the message "Stream options can only be defined when stream=True";
    /// streamed: the default answer's content.
    NonStreamUnsupported,
    /// A redirect `status` (301, 302, 307, 308…) to `location`, with an empty body.
    Redirect {
        /// The HTTP status.
        status: u16,
        /// The `Location` header.
        location: String,
    },
    /// 200 with a chat completion whose content this function makes of the
    /// request's prompt (a scripted agent, such as a summarizer); streamed as
    /// [`Reply::Content`].
    Computed(Computed),
    /// 200, then a body that never ends, sent as fast as the client reads it (every
    /// byte counted, see `FakeLlm::streamed_bytes`). Streamed: content chunks forever
    /// (`line_breaks`), or one `data:` line that never breaks; non-streamed: a JSON
    /// completion whose content string never closes.
    Endless {
        /// Streamed: whole events, each ending with a blank line (else one endless line).
        line_breaks: bool,
    },
}

/// A function of the prompt giving the answer's content.
#[derive(Debug, Clone, Copy)]
pub struct Computed(pub fn(&str) -> String);

impl PartialEq for Computed {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::fn_addr_eq(self.0, other.0)
    }
}

impl Eq for Computed {}

/// One scripted answer: how long to wait and what to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// Wait before sending the response headers.
    pub latency: Duration,
    /// Streamed answers only: extra wait after the headers, before the first chunk.
    pub ttft: Duration,
    /// What to send.
    pub reply: Reply,
}

impl Step {
    /// Any reply, without delay.
    pub fn reply(reply: Reply) -> Step {
        Step {
            latency: Duration::ZERO,
            ttft: Duration::ZERO,
            reply,
        }
    }

    /// A 200 answer whose assistant message content is `content`.
    pub fn answer(content: &str) -> Step {
        Step::reply(Reply::Content(content.to_owned()))
    }

    /// A 200 answer whose content `make` computes from the request's prompt.
    pub fn computed(make: fn(&str) -> String) -> Step {
        Step::reply(Reply::Computed(Computed(make)))
    }

    /// An error `status` with the endpoint's JSON error body.
    pub fn status(status: u16) -> Step {
        Step::reply(Reply::Status {
            status,
            retry_after: None,
            body: None,
        })
    }

    /// An error `status` with a `Retry-After: retry_after` header.
    pub fn retry_after(status: u16, retry_after: &str) -> Step {
        Step::reply(Reply::Status {
            status,
            retry_after: Some(retry_after.to_owned()),
            body: None,
        })
    }

    /// The same step, sending its headers after `latency`.
    #[must_use]
    pub fn with_latency(self, latency: Duration) -> Step {
        Step { latency, ..self }
    }

    /// The same step, sending its first streamed chunk `ttft` after the headers.
    #[must_use]
    pub fn with_ttft(self, ttft: Duration) -> Step {
        Step { ttft, ..self }
    }
}
