//! The interface of a remote chat-completion API: one attempt, no retry inside.

use std::time::Duration;

use async_trait::async_trait;

use super::error::LlmError;
pub use super::wire::Usage;

/// One chat completion to ask for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChatRequest {
    /// The rendered prompt, sent as the user message.
    pub prompt: String,
    /// Whether to stream the answer.
    pub stream: bool,
    /// What the upstream may route and cache this prompt by (the session, hashed),
    /// where its API has such a key (OpenAI: `prompt_cache_key`, `user`).
    pub cache_key: Option<String>,
}

/// What one attempt brought back.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    /// The assistant's text.
    pub text: String,
    /// The tokens it took, when the upstream reported them (`usage`).
    pub usage: Option<Usage>,
}

impl From<String> for Completion {
    /// A text without usage.
    fn from(text: String) -> Self {
        Self { text, usage: None }
    }
}

/// Time limits of one attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttemptTimeouts {
    /// A non-streamed attempt, from sending to the whole body (LLM_TIMEOUT_MS);
    /// for a stream, the longest silence between two chunks after the first.
    pub total: Duration,
    /// A streamed attempt's wait for its first token (LLM_TTFT_TIMEOUT_MS).
    pub first_token: Duration,
}

/// A chat-completion API. Implementations make exactly one request per call
/// (plus, for AI.YOU, the log-in it needs): the retry loop lives above them.
/// Dropping the returned future drops the request.
#[async_trait]
pub trait Backend: Send + Sync {
    /// A short name for logs (`openai`, `aiyou`).
    fn name(&self) -> &'static str;

    /// Makes one attempt and returns the assistant's text, with its usage.
    ///
    /// # Errors
    /// An [`LlmError`] classified by cause.
    async fn complete(
        &self,
        request: &ChatRequest,
        timeouts: AttemptTimeouts,
    ) -> Result<Completion, LlmError>;
}
