//! The OpenAI-compatible provider: `POST {base}/chat/completions`, streamed or
//! not (OpenAI, Azure-style gateways, vLLM, Ollama, LiteLLM).

use async_trait::async_trait;
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;

use super::backend::{AttemptTimeouts, Backend, ChatRequest, Completion};
use super::error::LlmError;
use super::http::{Endpoint, complete_streamed, complete_whole, with_json};

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
    /// Send each request's cache key as `prompt_cache_key` and `user`.
    pub cache_key: bool,
}

/// An OpenAI-compatible chat-completions API.
#[derive(Debug)]
pub struct OpenAiBackend {
    client: reqwest::Client,
    url: Endpoint,
    config: OpenAiConfig,
}

impl OpenAiBackend {
    /// A backend over the shared `client`.
    #[must_use]
    pub fn new(client: reqwest::Client, config: OpenAiConfig) -> Self {
        let url = Endpoint::join(&config.base_url, "/chat/completions");
        Self {
            client,
            url,
            config,
        }
    }

    fn body<'a>(&'a self, request: &'a ChatRequest) -> ChatBody<'a> {
        ChatBody {
            model: &self.config.model,
            messages: [UserMessage {
                role: "user",
                content: &request.prompt,
            }],
            temperature: self.config.temperature,
            max_tokens: self.config.max_tokens,
            stream: request.stream,
            response_format: self.config.json_mode.then_some(ResponseFormat {
                kind: "json_object",
            }),
            prompt_cache_key: self.cache_key(request),
            user: self.cache_key(request),
        }
    }

    /// The request's cache key, unless OPENAI_PROMPT_CACHE_KEY is off.
    fn cache_key<'a>(&self, request: &'a ChatRequest) -> Option<&'a str> {
        request
            .cache_key
            .as_deref()
            .filter(|_| self.config.cache_key)
    }

    fn post(&self, request: &ChatRequest) -> reqwest::RequestBuilder {
        let post = self.url.post(&self.client);
        let builder = with_json(post, &self.body(request), request.prompt.len());
        match &self.config.api_key {
            Some(key) => builder.bearer_auth(key.expose_secret()),
            None => builder,
        }
    }
}

/// The request body, serialized straight from borrowed parts (the prompt is the
/// bulk of it and is not copied).
#[derive(Debug, Serialize)]
struct ChatBody<'a> {
    model: &'a str,
    messages: [UserMessage<'a>; 1],
    temperature: f64,
    max_tokens: u32,
    stream: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_format: Option<ResponseFormat>,
    /// The upstream's prefix cache routes requests with the same key to the same
    /// cache (OpenAI).
    #[serde(skip_serializing_if = "Option::is_none")]
    prompt_cache_key: Option<&'a str>,
    /// The end user, for gateways that key their caches or limits on it.
    #[serde(skip_serializing_if = "Option::is_none")]
    user: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct UserMessage<'a> {
    role: &'static str,
    content: &'a str,
}

#[derive(Debug, Serialize)]
struct ResponseFormat {
    #[serde(rename = "type")]
    kind: &'static str,
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
    ) -> Result<Completion, LlmError> {
        let result = if request.stream {
            complete_streamed(self.post(request), timeouts).await
        } else {
            complete_whole(self.post(request), timeouts.total).await
        };
        // An upstream may echo the key in its error: never into the logs.
        match &self.config.api_key {
            Some(key) => result.map_err(|e| e.without_secret(key.expose_secret())),
            None => result,
        }
    }
}
