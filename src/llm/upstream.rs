//! Upstreams: one per provider, base URL and model, each with THE circuit breaker
//! and THE retry budget of that upstream, shared by every agent that calls it
//! (the orchestrator, the closing detector, any other agent) and every session.
//! An outage is then seen once: the breaker opens after CIRCUIT_BREAKER_THRESHOLD
//! failed attempts whoever made them, and after the cool-down exactly one probe
//! reaches the upstream, whatever the number of agents and sessions.
//!
//! The [`UpstreamRegistry`] is built at start-up (`build::registry`) and kept in
//! the application state; an agent gets its calls with
//! [`UpstreamRegistry::client`] (on the upstream LLM_PROVIDER names) or
//! [`Upstream::client`].

use std::sync::Arc;

use super::backend::Backend;
use super::breaker::{CircuitBreaker, CircuitState};
use super::client::LlmClient;
use super::retry::Retrier;

/// Longest upstream label, in characters (a label is a metrics label and a log
/// field: it stays short).
pub const MAX_LABEL_CHARS: usize = 120;

/// What identifies an upstream: the API, where it is, and which model answers.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UpstreamKey {
    provider: &'static str,
    /// `scheme://host[:port]/path`: no user, password, query or fragment.
    base_url: String,
    model: String,
}

impl UpstreamKey {
    /// The upstream of `provider` (`openai`, `aiyou`) at `base_url` with `model`.
    /// The URL's user, password, query and fragment are left out: they are not
    /// where the upstream is, and they may hold credentials.
    #[must_use]
    pub fn new(provider: &'static str, base_url: &str, model: &str) -> Self {
        Self {
            provider,
            base_url: location(base_url),
            model: model.trim().to_owned(),
        }
    }

    /// The API (`openai`, `aiyou`).
    #[must_use]
    pub fn provider(&self) -> &'static str {
        self.provider
    }

    /// How logs, `/ready` and the metrics name the upstream:
    /// `provider:model@host[:port]/path` (`openai:gpt-4o-mini@api.openai.com/v1`),
    /// without scheme, credentials or query, at most [`MAX_LABEL_CHARS`] characters.
    #[must_use]
    pub fn label(&self) -> String {
        let place = self
            .base_url
            .split_once("://")
            .map_or(self.base_url.as_str(), |(_, rest)| rest);
        let label = if self.model.is_empty() {
            format!("{}@{place}", self.provider)
        } else {
            format!("{}:{}@{place}", self.provider, self.model)
        };
        label
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_LABEL_CHARS)
            .collect()
    }
}

/// `url` as `scheme://host[:port]/path`, without a trailing slash; `unknown`
/// for a URL without a host (the settings only accept http(s) URLs).
fn location(url: &str) -> String {
    match reqwest::Url::parse(url.trim()) {
        Ok(url) if url.host_str().is_some() => {
            let host = url.host_str().unwrap_or_default();
            let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
            let path = url.path().trim_end_matches('/');
            format!("{}://{host}{port}{path}", url.scheme())
        }
        _ => "unknown".to_owned(),
    }
}

/// One upstream: its API, its breaker and its retry budget, shared by every
/// agent calling it.
pub struct Upstream {
    key: UpstreamKey,
    label: Arc<str>,
    backend: Arc<dyn Backend>,
    breaker: CircuitBreaker,
    retrier: Retrier,
    stream: bool,
}

impl std::fmt::Debug for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upstream")
            .field("label", &self.label)
            .field("circuit", &self.breaker.state())
            .field("stream", &self.stream)
            .finish_non_exhaustive()
    }
}

impl Upstream {
    /// The upstream `key`, called through `backend` with `retrier` (its retry
    /// budget); its breaker opens after `threshold` consecutive failed attempts,
    /// for `cool_down`; `stream` as LLM_STREAM.
    #[must_use]
    pub fn new(
        key: UpstreamKey,
        backend: Arc<dyn Backend>,
        retrier: Retrier,
        threshold: u32,
        cool_down: std::time::Duration,
        stream: bool,
    ) -> Self {
        let label: Arc<str> = Arc::from(key.label());
        Self {
            breaker: CircuitBreaker::new(Arc::clone(&label), threshold, cool_down),
            key,
            label,
            backend,
            retrier,
            stream,
        }
    }

    /// What identifies it.
    #[must_use]
    pub fn key(&self) -> &UpstreamKey {
        &self.key
    }

    /// Its label (see [`UpstreamKey::label`]).
    #[must_use]
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Its label, shared.
    #[must_use]
    pub fn shared_label(&self) -> Arc<str> {
        Arc::clone(&self.label)
    }

    /// The API (`openai`, `aiyou`).
    #[must_use]
    pub fn provider(&self) -> &'static str {
        self.key.provider
    }

    /// The state of its breaker.
    #[must_use]
    pub fn circuit_state(&self) -> CircuitState {
        self.breaker.state()
    }

    /// The calls of `agent` (a name for logs and metrics) to this upstream,
    /// through its breaker and retry budget.
    #[must_use]
    pub fn client(self: &Arc<Self>, agent: &'static str) -> LlmClient {
        LlmClient::new(agent, Arc::clone(self))
    }

    pub(super) fn backend(&self) -> &dyn Backend {
        self.backend.as_ref()
    }

    pub(super) fn breaker(&self) -> &CircuitBreaker {
        &self.breaker
    }

    pub(super) fn retrier(&self) -> &Retrier {
        &self.retrier
    }

    pub(super) fn stream(&self) -> bool {
        self.stream
    }
}

/// Every upstream of the process, one per [`UpstreamKey`], built at start-up.
#[derive(Debug, Default)]
pub struct UpstreamRegistry {
    /// In the order they were added; the first is the one LLM_PROVIDER names.
    upstreams: Vec<Arc<Upstream>>,
}

impl UpstreamRegistry {
    /// No upstream (the embedded analyzer answers everything).
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// The upstream of `key`, made by `make` the first time only: agents that
    /// call the same provider, base URL and model share it, breaker and budget.
    pub fn get_or_insert_with(
        &mut self,
        key: &UpstreamKey,
        make: impl FnOnce() -> Upstream,
    ) -> Arc<Upstream> {
        if let Some(upstream) = self.get(key) {
            return upstream;
        }
        let upstream = Arc::new(make());
        self.upstreams.push(Arc::clone(&upstream));
        upstream
    }

    /// The upstream of `key`, if there is one.
    #[must_use]
    pub fn get(&self, key: &UpstreamKey) -> Option<Arc<Upstream>> {
        self.upstreams.iter().find(|u| &u.key == key).cloned()
    }

    /// The upstream LLM_PROVIDER names; `None` when no remote LLM is configured.
    #[must_use]
    pub fn primary(&self) -> Option<&Arc<Upstream>> {
        self.upstreams.first()
    }

    /// The calls of `agent` to the primary upstream; `None` without one.
    #[must_use]
    pub fn client(&self, agent: &'static str) -> Option<LlmClient> {
        self.primary().map(|upstream| upstream.client(agent))
    }

    /// Every upstream, the primary first.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Upstream>> {
        self.upstreams.iter()
    }

    /// How many there are.
    #[must_use]
    pub fn len(&self) -> usize {
        self.upstreams.len()
    }

    /// Whether there is none.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.upstreams.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use async_trait::async_trait;

    use super::super::backend::{AttemptTimeouts, ChatRequest, Completion};
    use super::super::error::LlmError;
    use super::super::retry::RetryPolicy;
    use super::*;

    #[test]
    fn labels_name_the_upstream_without_credentials_query_or_scheme() {
        let key = UpstreamKey::new("openai", "https://api.openai.com/v1/", "gpt-4o-mini");
        assert_eq!(key.label(), "openai:gpt-4o-mini@api.openai.com/v1");
        let secret = UpstreamKey::new(
            "openai",
            "https://user:s3cret@gateway.example:8443/v1?api-key=k3y#x",
            "m",
        );
        assert_eq!(secret.label(), "openai:m@gateway.example:8443/v1");
        let hostless = UpstreamKey::new("openai", "u:p@h/x?k=v", "m");
        assert_eq!(hostless.label(), "openai:m@unknown");
        let long = UpstreamKey::new("aiyou", "https://a.example", &"m".repeat(500));
        assert_eq!(long.label().chars().count(), MAX_LABEL_CHARS);
        assert_eq!(
            UpstreamKey::new("aiyou", "https://a.example", "").label(),
            "aiyou@a.example"
        );
    }

    #[test]
    fn the_same_provider_url_and_model_is_one_upstream() {
        assert_eq!(
            UpstreamKey::new("openai", "https://h/v1/", "m"),
            UpstreamKey::new("openai", "https://h/v1", " m ")
        );
        assert_ne!(
            UpstreamKey::new("openai", "https://h/v1", "m"),
            UpstreamKey::new("openai", "https://h/v1", "n")
        );
        assert_ne!(
            UpstreamKey::new("openai", "https://h/v1", "m"),
            UpstreamKey::new("openai", "https://h/v2", "m")
        );
    }

    struct Down;

    #[async_trait]
    impl Backend for Down {
        fn name(&self) -> &'static str {
            "openai"
        }

        async fn complete(
            &self,
            _: &ChatRequest,
            _: AttemptTimeouts,
        ) -> Result<Completion, LlmError> {
            Err(LlmError::Connection("down".to_owned()))
        }
    }

    fn upstream(key: &UpstreamKey) -> Upstream {
        let policy = RetryPolicy {
            max_retries: 0,
            initial_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(1),
        };
        let timeouts = AttemptTimeouts {
            total: Duration::from_secs(1),
            first_token: Duration::from_secs(1),
        };
        Upstream::new(
            key.clone(),
            Arc::new(Down),
            Retrier::new(policy, timeouts, 0.2, 5),
            2,
            Duration::from_secs(60),
            false,
        )
    }

    #[tokio::test]
    async fn agents_on_one_upstream_share_its_breaker() {
        let key = UpstreamKey::new("openai", "https://h/v1", "m");
        let mut registry = UpstreamRegistry::new();
        let first = registry.get_or_insert_with(&key, || upstream(&key));
        let again = registry.get_or_insert_with(&key, || unreachable!("built once"));
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(registry.len(), 1);
        let orchestrator = registry.client("orchestrator").unwrap();
        let closing = registry.client("closing_detector").unwrap();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        assert!(
            orchestrator
                .complete("p".to_owned(), deadline)
                .await
                .is_err()
        );
        assert!(closing.complete("p".to_owned(), deadline).await.is_err());
        assert_eq!(
            registry.primary().unwrap().circuit_state(),
            CircuitState::Open,
            "one failure from each agent reaches the shared threshold of two"
        );
        assert_eq!(orchestrator.circuit_state(), CircuitState::Open);
    }
}
