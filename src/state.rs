//! The state shared by every handler and connection.

use std::sync::Arc;

use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::access::ClientAuth;
use crate::agents::closing_agent::ClosingAgent;
use crate::agents::experiment::Experiment;
use crate::agents::orchestrator::Orchestrator;
use crate::agents::store::PromptStore;
use crate::agents::summarizer::Summarizer;
use crate::config::Settings;
use crate::llm::upstream::UpstreamRegistry;
use crate::serve::ListenerStats;
use crate::session::SessionManager;
use crate::ws::stats::WsStats;

/// Shared application state; cheap to clone (every field is shared).
#[derive(Clone, Debug)]
pub struct AppState {
    /// The validated settings.
    pub settings: Arc<Settings>,
    /// Every session of this instance.
    pub sessions: Arc<SessionManager>,
    /// Answers messages.
    pub orchestrator: Arc<Orchestrator>,
    /// Tells when a conversation reaches a closing opportunity.
    pub closing: Arc<ClosingAgent>,
    /// Folds the messages leaving a session's window into its summary.
    pub summarizer: Arc<Summarizer>,
    /// The prompts and playbook in force, reloadable.
    pub prompts: Arc<PromptStore>,
    /// Which prompt version sessions get, and what each version produced.
    pub experiment: Arc<Experiment>,
    /// Cancelled when the server begins shutting down.
    pub shutdown: CancellationToken,
    /// Tracks every connection task, so shutdown can wait for them.
    pub tracker: TaskTracker,
    /// The HTTP listener's open connections and refusals.
    pub listener: Arc<ListenerStats>,
    /// Connection counters and per-address slots.
    pub ws_stats: Arc<WsStats>,
    /// How clients authenticate (WS_API_KEYS, JWT_SECRET), if they must.
    pub client_auth: Arc<ClientAuth>,
    /// Every LLM upstream, each with the one circuit breaker and retry budget its
    /// agents share; an agent gets its calls with `upstreams.client("name")`.
    pub upstreams: Arc<UpstreamRegistry>,
}
