//! Cloud Temple's AI.YOU API: log-in, bearer token, chat completions streamed or
//! not, answers in any of the shapes the API is known to use.

mod auth;

use std::sync::atomic::{AtomicBool, Ordering};

use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};

pub use auth::{Credentials, RENEW_MARGIN, TokenManager};

use super::backend::{AttemptTimeouts, Backend, ChatRequest, Completion};
use super::error::LlmError;
use super::http::{Endpoint, complete_streamed, complete_whole, with_json};

/// The error some AI.YOU backends give a non-streamed call.
const STREAM_ONLY: &str = "Stream options can only be defined when stream=True";

/// How AI.YOU is called.
#[derive(Debug, Clone)]
pub struct AiYouConfig {
    /// API root (AIYOU_BASE_URL), also used for the log-in.
    pub base_url: String,
    /// How to authenticate.
    pub credentials: Credentials,
    /// The assistant (AIYOU_ASSISTANT_ID).
    pub assistant_id: Option<String>,
    /// The model (AIYOU_MODEL), for deployments that need one.
    pub model: Option<String>,
    /// Sampling temperature.
    pub temperature: f64,
    /// Most tokens in the answer.
    pub max_tokens: u32,
}

/// The AI.YOU chat-completions API.
#[derive(Debug)]
pub struct AiYouBackend {
    client: reqwest::Client,
    chat_url: Endpoint,
    auth: TokenManager,
    config: AiYouConfig,
    stream_only: AtomicBool,
}

impl AiYouBackend {
    /// A backend over the shared `client`; `login_timeout` bounds each log-in.
    #[must_use]
    pub fn new(
        client: reqwest::Client,
        config: AiYouConfig,
        login_timeout: std::time::Duration,
    ) -> Self {
        let auth = TokenManager::new(
            client.clone(),
            &config.base_url,
            config.credentials.clone(),
            login_timeout,
        );
        Self {
            client,
            chat_url: Endpoint::join(&config.base_url, "/api/v1/chat/completions"),
            auth,
            config,
            stream_only: AtomicBool::new(false),
        }
    }

    fn body(&self, request: &ChatRequest, stream: bool) -> Value {
        let mut body = json!({
            "messages": [{ "role": "user", "content": [{ "type": "text", "text": request.prompt }] }],
            "temperature": self.config.temperature,
            "top_p": 1,
            "max_tokens": self.config.max_tokens,
            "stream": stream,
        });
        if let Some(id) = &self.config.assistant_id {
            body["assistantId"] = json!(id);
        }
        if let Some(model) = &self.config.model {
            body["model"] = json!(model);
        }
        body
    }

    /// One request with `token`.
    async fn send(
        &self,
        token: &SecretString,
        request: &ChatRequest,
        stream: bool,
        timeouts: AttemptTimeouts,
    ) -> Result<Completion, LlmError> {
        let post = self
            .chat_url
            .post(&self.client)
            .bearer_auth(token.expose_secret());
        let builder = with_json(post, &self.body(request, stream), request.prompt.len());
        let result = if stream {
            complete_streamed(builder, timeouts).await
        } else {
            complete_whole(builder, timeouts.total).await
        };
        // An upstream may echo the token in its error: never into the logs.
        result.map_err(|e| e.without_secret(token.expose_secret()))
    }
}

fn is_stream_only(error: &LlmError) -> bool {
    matches!(error, LlmError::BadRequest { excerpt, .. } if excerpt.contains(STREAM_ONLY))
}

#[async_trait]
impl Backend for AiYouBackend {
    fn name(&self) -> &'static str {
        "aiyou"
    }

    /// One attempt; inside it, a refused token is renewed once, and a backend
    /// that only streams is asked again streamed (and remembered as such).
    async fn complete(
        &self,
        request: &ChatRequest,
        timeouts: AttemptTimeouts,
    ) -> Result<Completion, LlmError> {
        let mut stream = request.stream || self.stream_only.load(Ordering::Relaxed);
        let mut renewed = false;
        loop {
            let token = self.auth.token().await?;
            match self.send(&token.secret, request, stream, timeouts).await {
                Err(LlmError::Authentication { .. }) if !renewed && self.auth.can_renew() => {
                    tracing::info!("AI.YOU refused the token; logging in again");
                    self.auth.invalidate(token.generation).await;
                    renewed = true;
                }
                Err(error) if !stream && is_stream_only(&error) => {
                    tracing::info!(
                        "AI.YOU answers only streamed; switching this backend to streaming"
                    );
                    self.stream_only.store(true, Ordering::Relaxed);
                    stream = true;
                }
                result => return result,
            }
        }
    }
}
