//! A fake LLM server for black-box tests: OpenAI chat completions and the AI.YOU
//! login and chat endpoints, streamed or not, scripted one request at a time.
//!
//! Each chat request (either API) takes the step of the first rule whose text its
//! prompt contains ([`FakeLlm::when_prompt_contains`]), else the next queued
//! [`Step`], or the default one when the queue is empty. Requests are recorded and counted on arrival; a request
//! is either completed (its body fully sent), dropped (the client went away first),
//! or aborted on purpose ([`Reply::Reset`], [`Reply::StreamCut`]) — neither of the two.
//! Requests refused for credentials, or for a body that is not JSON or not labelled `application/json`, are recorded but take no step.

mod aiyou;
mod chat;
mod endless;
mod openai;
mod sse;
mod state;
mod step;
mod tests;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Router;
use tokio::net::TcpListener;

use self::state::Shared;
pub use self::step::{DEFAULT_SUGGESTION, Reply, Step};
use crate::helpers::eventually;

/// Which API a chat request came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    /// `POST /v1/chat/completions`.
    OpenAi,
    /// `POST /api/v1/chat/completions`.
    AiYou,
}

/// A chat request as the fake received it.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// Which API it came to.
    pub api: Api,
    /// When it arrived.
    pub at: Instant,
    /// Its JSON body as received (a JSON string holding the raw text if it was not JSON).
    pub body: serde_json::Value,
    /// Its `Authorization` header.
    pub authorization: Option<String>,
    /// Whether it asked for a stream (`"stream": true`).
    pub stream: bool,
}

/// A running fake LLM server; it lives as long as the test's runtime.
///
/// Clones share the same server and state.
#[derive(Debug, Clone)]
pub struct FakeLlm {
    address: SocketAddr,
    shared: Arc<Shared>,
}

impl FakeLlm {
    /// Binds `127.0.0.1:0` and serves in a tokio task.
    ///
    /// # Panics
    /// If the port cannot be bound.
    pub async fn start() -> FakeLlm {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("the fake LLM binds a port");
        let address = listener
            .local_addr()
            .expect("a bound socket has an address");
        let shared = Arc::new(Shared::default());
        let app = router(Arc::clone(&shared));
        let accepted = Arc::clone(&shared);
        let listener = axum::serve::ListenerExt::tap_io(listener, move |_| {
            accepted.with(|inner| inner.connections += 1);
        });
        tokio::spawn(async move {
            axum::serve(listener, app)
                .await
                .expect("the fake LLM serves");
        });
        FakeLlm { address, shared }
    }

    /// `http://127.0.0.1:PORT/v1`: the client posts `{base}/chat/completions`.
    pub fn openai_base_url(&self) -> String {
        format!("http://{}/v1", self.address)
    }

    /// `http://127.0.0.1:PORT`: the client posts `{base}/api/login` and
    /// `{base}/api/v1/chat/completions`.
    pub fn aiyou_base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    /// Queues `step` for the next chat request without one.
    pub fn push(&self, step: Step) {
        self.shared.with(|inner| inner.queue.push_back(step));
    }

    /// Queues `step` `n` times.
    pub fn push_n(&self, n: usize, step: Step) {
        self.shared
            .with(|inner| inner.queue.extend(std::iter::repeat_n(step, n)));
    }

    /// From now on, every chat request whose prompt (the messages' text) contains
    /// `text` gets `step`, before the queue is looked at; rules are checked in the
    /// order they were added, and are never used up.
    pub fn when_prompt_contains(&self, text: &str, step: Step) {
        self.when_prompt_contains_all(&[text], step);
    }

    /// As [`FakeLlm::when_prompt_contains`], for prompts that contain every one of
    /// `texts`.
    pub fn when_prompt_contains_all(&self, texts: &[&str], step: Step) {
        let texts = texts.iter().map(|t| (*t).to_owned()).collect();
        self.shared.with(|inner| inner.rules.push((texts, step)));
    }

    /// The step used when the queue is empty (initially [`DEFAULT_SUGGESTION`]).
    pub fn set_default(&self, step: Step) {
        self.shared.with(|inner| inner.default = step);
    }

    /// Chat requests received on both APIs, counted on arrival.
    pub fn requests(&self) -> usize {
        self.shared.with(|inner| inner.recorded.len())
    }

    /// Every chat request, in order of arrival.
    pub fn recorded(&self) -> Vec<Recorded> {
        self.shared.with(|inner| inner.recorded.clone())
    }

    /// TCP connections accepted so far (every endpoint): a client that reuses its
    /// connections opens few.
    pub fn connections(&self) -> usize {
        self.shared.with(|inner| inner.connections)
    }

    /// Chat requests the client abandoned before their answer was fully sent.
    pub fn dropped(&self) -> usize {
        self.shared.with(|inner| inner.dropped)
    }

    /// Chat requests whose answer was fully sent (errors included).
    pub fn completed(&self) -> usize {
        self.shared.with(|inner| inner.completed)
    }

    /// Chat requests whose answer the fake aborted on purpose ([`Reply::Reset`],
    /// [`Reply::StreamCut`]).
    pub fn aborted(&self) -> usize {
        self.shared.with(|inner| inner.aborted)
    }

    /// Waits until at least `n` chat requests arrived; `false` after `timeout`.
    pub async fn wait_for_requests(&self, n: usize, timeout: Duration) -> bool {
        tokio::time::timeout(timeout, eventually(|| self.requests() >= n))
            .await
            .unwrap_or(false)
    }

    /// Waits until at least `n` chat requests were dropped; `false` if they never are.
    pub async fn wait_for_dropped(&self, n: usize) -> bool {
        eventually(|| self.dropped() >= n).await
    }

    /// OpenAI: from now on, `/v1` requests need `Authorization: Bearer key` or get 401.
    pub fn require_api_key(&self, key: &str) {
        self.shared
            .with(|inner| inner.api_key = Some(key.to_owned()));
    }

    /// AI.YOU: the accepted login (default `agent@example.com` / `correct-horse`).
    pub fn set_credentials(&self, email: &str, password: &str) {
        self.shared.with(|inner| {
            email.clone_into(&mut inner.email);
            password.clone_into(&mut inner.password);
        });
    }

    /// AI.YOU: tokens issued from now on expire `lifetime` after login (default 7 days).
    pub fn set_token_lifetime(&self, lifetime: chrono::Duration) {
        self.shared.with(|inner| inner.token_lifetime = lifetime);
    }

    /// AI.YOU: every token issued so far becomes invalid.
    pub fn expire_tokens(&self) {
        self.shared.with(|inner| inner.tokens.clear());
    }

    /// AI.YOU: successful logins.
    pub fn logins(&self) -> usize {
        self.shared.with(|inner| inner.logins)
    }

    /// AI.YOU: login requests, successful or not.
    pub fn login_attempts(&self) -> usize {
        self.shared.with(|inner| inner.login_attempts)
    }

    /// AI.YOU: wrap non-streamed answers as `{"response": {...}}` (default `false`).
    pub fn set_aiyou_wrapped(&self, wrapped: bool) {
        self.shared.with(|inner| inner.wrapped = wrapped);
    }

    /// AI.YOU: non-streamed `message.content` as `[{"type":"text","text":...}]` (default `false`).
    pub fn set_content_parts(&self, parts: bool) {
        self.shared.with(|inner| inner.content_parts = parts);
    }

    /// Bytes of [`Reply::Endless`] bodies handed to the connections so far.
    pub fn streamed_bytes(&self) -> usize {
        self.shared.with(|inner| inner.streamed_bytes)
    }

    /// AI.YOU: from now on, every login is answered with a redirect `status` (307,
    /// 308…) to `location`; `None` back to normal.
    pub fn redirect_login(&self, redirect: Option<(u16, &str)>) {
        self.shared.with(|inner| {
            inner.login_redirect = redirect.map(|(status, location)| (status, location.to_owned()));
        });
    }

    /// AI.YOU: the password of every login request that carried one, in order.
    pub fn passwords_seen(&self) -> Vec<String> {
        self.shared.with(|inner| inner.passwords_seen.clone())
    }

    /// AI.YOU: `{base}/api/login`, where a client logs in.
    pub fn aiyou_login_url(&self) -> String {
        format!("{}/api/login", self.aiyou_base_url())
    }

    /// From now on, every non-streamed completion reports `prompt` prompt tokens,
    /// `cached` of them cached (`usage.prompt_tokens_details.cached_tokens`);
    /// its completion tokens stay a quarter of its content's length, rounded up.
    pub fn set_usage(&self, prompt: usize, cached: usize) {
        self.shared
            .with(|inner| inner.usage = Some((prompt, cached)));
    }

    /// AI.YOU: the login answer's `user.id` as an integer (default `false`: a string).
    pub fn set_user_id_as_int(&self, as_int: bool) {
        self.shared.with(|inner| inner.user_id_as_int = as_int);
    }
}

/// Both APIs' routes on one server.
fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .merge(openai::router())
        .merge(aiyou::router())
        .with_state(shared)
}
