//! The OpenAI-compatible provider: `POST {base}/chat/completions`, streamed or
//! not (OpenAI, Azure-style gateways, vLLM, Ollama, LiteLLM).

use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{Value, json};

use super::backend::{AttemptTimeouts, Backend, ChatRequest};
use super::error::LlmError;
use super::http::{complete_streamed, complete_whole};

/// How the OpenAI-compatible API is called.
#[derive(Debug, Clone)]
pub struct OpenAiConfig {
    /// The API root, such as `https://api.openai.com/v1`.
    pub base_url: String,
    /// The API key; `None` for gateways that need none.
    pub api_key: Option<SecretString>,
    /// The model name.
    pub model: String,
    /// Sampling temperature.
    pub temperature: f64,
    /// Most tokens in the answer.
    pub max_tokens: u32,
    /// Ask for a JSON object (`response_format`).
    pub json_mode: bool,
}

/// An OpenAI-compatible chat-completions API.
#[derive(Debug)]
pub struct OpenAiBackend {
    client: reqwest::Client,
    url: String,
    config: OpenAiConfig,
}

impl OpenAiBackend {
    /// A backend over the shared `client`.
    #[must_use]
    pub fn new(client: reqwest::Client, config: OpenAiConfig) -> Self {
        let url = format!("{}/chat/completions", config.base_url.trim_end_matches('/'));
        Self {
            client,
            url,
            config,
        }
    }

    fn body(&self, request: &ChatRequest) -> Value {
        let mut body = json!({
            "model": self.config.model,
            "messages": [{ "role": "user", "content": request.prompt }],
            "temperature": self.config.temperature,
            "max_tokens": self.config.max_tokens,
            "stream": request.stream,
        });
        if self.config.json_mode {
            body["response_format"] = json!({ "type": "json_object" });
        }
        body
    }

    fn post(&self, request: &ChatRequest) -> reqwest::RequestBuilder {
        let builder = self.client.post(&self.url).json(&self.body(request));
        match &self.config.api_key {
            Some(key) => builder.bearer_auth(key.expose_secret()),
            None => builder,
        }
    }
}

#[async_trait]
impl Backend for OpenAiBackend {
    fn name(&self) -> &'static str {
        "openai"
    }

    async fn complete(
        &self,
        request: &ChatRequest,
        timeouts: AttemptTimeouts,
    ) -> Result<String, LlmError> {
        if request.stream {
            complete_streamed(self.post(request), timeouts).await
        } else {
            complete_whole(self.post(request), timeouts.total).await
        }
    }
}
