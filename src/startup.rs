//! Building and running the server: bind, serve, and shut down gracefully.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::{TcpListener, TcpSocket};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;

use crate::access::ClientAuth;
use crate::agents::agent::Provider;
use crate::agents::build::{self, build_agents};
use crate::agents::closing_agent::ClosingAgent;
use crate::agents::experiment::Experiment;
use crate::agents::orchestrator::Orchestrator;
use crate::agents::reload::spawn_reloader;
use crate::agents::source::PromptSource;
use crate::agents::store::{PromptStore, RequiredVersion};
use crate::api;
use crate::config::Settings;
use crate::metrics::MetricsListener;
use crate::serve::{ListenerLimits, serve};
use crate::session::{AssignVersion, MemoryStore, RedisStore, SessionManager, SessionStore, sync};
use crate::state::AppState;

/// Connections the kernel queues before they are accepted. tokio's (and std's)
/// `bind` listens with 128: a reconnect storm overflows that, and each dropped
/// SYN costs its client a one-second retransmission. The kernel caps the value
/// at `net.core.somaxconn`.
const LISTEN_BACKLOG: u32 = 4096;

/// Extra time, beyond the grace period, for sockets to say goodbye.
const CLOSE_MARGIN: Duration = Duration::from_secs(5);
/// Longest time between two keep-alives of the sessions attached here.
const KEEP_ALIVE_MAX: Duration = Duration::from_secs(30);
/// How long the store's queued writes get to reach Redis at shutdown.
const FLUSH_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest period of the timer anchor ([`spawn_timer_anchor`]): one tick a second.
const ANCHOR_MAX: Duration = Duration::from_secs(1);
/// Shortest period of the timer anchor, however short the configured timeouts.
const ANCHOR_MIN: Duration = Duration::from_millis(10);

/// A bound, ready-to-run server.
#[derive(Debug)]
pub struct Application {
    listener: TcpListener,
    address: SocketAddr,
    metrics: Option<MetricsListener>,
    state: AppState,
}

impl Application {
    /// Loads and checks the prompts and the playbook, builds the agents named by
    /// the settings, binds (and, with ENABLE_METRICS, installs the metrics
    /// recorder and binds the metrics listener).
    ///
    /// # Errors
    /// When a prompt template or the playbook is invalid (naming the file and
    /// line), a configured prompt version is missing, or an address cannot be bound.
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        Self::build_with_provider(settings, None).await
    }

    /// As [`Application::build`], answering with `provider` instead of the
    /// configured one when given (tests inject fakes this way).
    ///
    /// # Errors
    /// As [`Application::build`].
    pub async fn build_with_provider(
        mut settings: Settings,
        provider: Option<Arc<Provider>>,
    ) -> anyhow::Result<Self> {
        let address = SocketAddr::new(settings.server.host, settings.server.port);
        let listener = listen(address).with_context(|| format!("cannot listen on {address}"))?;
        let address = listener.local_addr()?;
        settings.server.port = address.port();
        let metrics = MetricsListener::bind(&settings.metrics).await?;
        let state = build_state(settings, provider)?;
        Ok(Self {
            listener,
            address,
            metrics,
            state,
        })
    }

    /// The port actually bound (useful with port 0).
    #[must_use]
    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// The address actually bound.
    #[must_use]
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Where `/metrics` is served; `None` with ENABLE_METRICS off.
    #[must_use]
    pub fn metrics_address(&self) -> Option<SocketAddr> {
        self.metrics.as_ref().map(MetricsListener::address)
    }

    /// The shared state (for tests and benchmarks that look inside).
    #[must_use]
    pub fn state(&self) -> AppState {
        self.state.clone()
    }

    /// Cancel this token to shut the server down gracefully.
    #[must_use]
    pub fn shutdown_token(&self) -> CancellationToken {
        self.state.shutdown.clone()
    }

    /// Serves until the shutdown token is cancelled, then stops accepting, lets
    /// in-flight replies finish within the grace period, closes every socket with
    /// 1001, and returns.
    ///
    /// # Errors
    /// When the listener fails.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let metrics_address = self.metrics_address();
        let Self {
            listener,
            address,
            metrics,
            state,
        } = self;
        let cleanup = spawn_upkeep(&state);
        spawn_timer_anchor(anchor_period(&state.settings), state.shutdown.clone());
        let metrics = metrics.map(|metrics| metrics.spawn(state.clone()));
        let reloader = spawn_reloader(
            Arc::clone(&state.prompts),
            state.settings.agents.prompt_reload_debounce,
            state.shutdown.clone(),
        );
        tracing::info!(
            %address,
            metrics_address = metrics_address.map(tracing::field::display),
            provider = state.orchestrator.provider_name(),
            configured = ?state.settings.agents.provider,
            prompt_version = state.experiment.default_version(),
            ab_alternative = state.experiment.ab_test().map(|ab| ab.alternative.as_str()),
            ab_split = state.experiment.ab_test().map(|ab| ab.split),
            instance = state.sessions.instance(),
            store = state.sessions.store().name(),
            summaries = state.settings.memory.summary_enabled,
            summarizer = state.summarizer.name(),
            prompt_token_budget = state.settings.memory.prompt_token_budget,
            "callshadow listening"
        );
        let http = serve(
            listener,
            api::router(state.clone()),
            listener_limits(&state.settings),
            Arc::clone(&state.listener),
            state.shutdown.clone(),
        )
        .await
        .context("the listener failed")?;
        close_connections(&state, &http).await;
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        cleanup.abort();
        let _ = reloader.await;
        flush_store(&state).await;
        tracing::info!("shutdown complete");
        Ok(())
    }
}

/// The listener's limits from the settings.
fn listener_limits(settings: &Settings) -> ListenerLimits {
    ListenerLimits {
        header_read_timeout: settings.server.header_read_timeout,
        max_header_bytes: settings.server.max_header_bytes,
        max_connections: settings
            .server
            .max_connections
            .or_else(connections_the_open_files_limit_allows),
        // Twice the WebSockets allowed: room for a client's reconnects (the new
        // socket opens before the old one is gone) and plain requests, and for
        // the upgrade past MAX_CONNECTIONS_PER_IP to be refused with its reason.
        max_connections_per_peer: settings
            .flow
            .max_connections_per_ip
            .map(|max| max.saturating_mul(2)),
        trusted_proxies: settings.access.trusted_proxies.clone(),
        shutdown_grace: settings.server.shutdown_grace,
    }
}

/// File descriptors kept for everything but client connections: the upstream's
/// and Redis's connections, the prompt watcher, logs.
const DESCRIPTORS_RESERVED: u64 = 256;

/// MAX_HTTP_CONNECTIONS=0: as many connections as the open-files limit allows,
/// keeping [`DESCRIPTORS_RESERVED`] (past it, accepting would fail anyway, and
/// the upstream could no longer be reached for the connections already open).
fn connections_the_open_files_limit_allows() -> Option<usize> {
    let (soft, _) = rlimit::getrlimit(rlimit::Resource::NOFILE).ok()?;
    let allowed = soft.saturating_sub(DESCRIPTORS_RESERVED).max(1);
    usize::try_from(allowed).ok()
}

/// Waits for the HTTP connections and WebSockets to close, all within one
/// deadline (the grace period and [`CLOSE_MARGIN`]) that no client can extend.
async fn close_connections(state: &AppState, http: &TaskTracker) {
    tracing::info!(
        connections = state.tracker.len(),
        http_connections = http.len(),
        "no longer accepting; closing connections"
    );
    state.tracker.close();
    let deadline = state.settings.server.shutdown_grace + CLOSE_MARGIN;
    let both = async { tokio::join!(http.wait(), state.tracker.wait()) };
    if tokio::time::timeout(deadline, both).await.is_err() {
        tracing::warn!(
            remaining = state.tracker.len(),
            http_remaining = http.len(),
            "connections still open after the grace period"
        );
    }
}

/// The shared state the settings describe: prompts and playbook loaded and
/// checked, the agents built (answering with `provider` instead of the configured
/// one when given), an empty session table. Nothing is bound or started.
///
/// # Errors
/// When a prompt template or the playbook is invalid (naming the file and line),
/// a configured prompt version is missing, or the HTTP client cannot be built.
pub fn build_state(
    settings: Settings,
    provider: Option<Arc<Provider>>,
) -> anyhow::Result<AppState> {
    let prompts = Arc::new(load_prompts(&settings)?);
    let agents = build_agents(&settings)?;
    let provider = provider.unwrap_or(agents.provider);
    let experiment = Arc::new(Experiment::from_settings(&settings.agents));
    let assign: AssignVersion = {
        let experiment = Arc::clone(&experiment);
        Arc::new(move |id| experiment.assign(id.as_str()))
    };
    let instance = instance_id(&settings);
    let shutdown = CancellationToken::new();
    let store = open_store(&settings, &instance, &shutdown)?;
    let sessions = SessionManager::new(
        settings.sessions.clone(),
        &settings.access,
        assign,
        store,
        &instance,
    );
    let deadline = settings.llm.deadline;
    let orchestrator = Orchestrator::new(provider, Arc::clone(&prompts), deadline);
    let closing = ClosingAgent::new(
        agents.closing,
        settings.agents.closing_detector_prompt_version.clone(),
        settings.agents.closing_threshold,
        deadline,
        Arc::clone(&experiment),
        settings.agents.closing_llm_calls,
    );
    let client_auth = Arc::new(ClientAuth::new(&settings.access));
    Ok(AppState {
        settings: Arc::new(settings),
        sessions: Arc::new(sessions),
        orchestrator: Arc::new(orchestrator),
        closing: Arc::new(closing),
        summarizer: agents.summarizer,
        prompts,
        experiment,
        shutdown,
        tracker: TaskTracker::new(),
        listener: Arc::default(),
        ws_stats: Arc::default(),
        client_auth,
        upstreams: agents.upstreams,
    })
}

/// The prompts PROMPTS_DIR holds, or the shipped ones when the default folder
/// does not exist (logged).
fn load_prompts(settings: &Settings) -> anyhow::Result<PromptStore> {
    let required = RequiredVersion::all(settings);
    let source = PromptSource::resolve(&settings.agents.prompts_dir);
    if source == PromptSource::Shipped {
        tracing::info!(
            "no prompts directory here: using the prompts shipped with the binary (read-only)"
        );
    }
    Ok(PromptStore::load_within(
        source,
        required,
        Some(build::budget(settings)),
    )?)
}

/// Starts the sessions' upkeep: local expiry (its handle, aborted at exit),
/// following the store's events, keeping attached sessions alive in it.
fn spawn_upkeep(state: &AppState) -> tokio::task::JoinHandle<()> {
    let cleanup = tokio::spawn(expire_sessions(state.clone()));
    let sessions = Arc::clone(&state.sessions);
    tokio::spawn(sync::follow_store(
        Arc::clone(&sessions),
        state.shutdown.clone(),
    ));
    let period = keep_alive_period(&state.settings);
    tokio::spawn(sync::keep_alive(sessions, period, state.shutdown.clone()));
    cleanup
}

/// Keeps a timer always armed no later than `period` from now, until shutdown.
///
/// Every message arms timers (its answer's deadline, the call's, the attempt's,
/// with Redis the write-through's). tokio's timer wakes the runtime's parked
/// thread (a write to its event fd: a system call each time, and a wake-up if
/// that thread sleeps) whenever a new timer is due before the time that thread will wake anyway,
/// which with a quiet connection is every message: three such wake-ups per
/// message at one connection (BENCHMARKS.md, issue 17). With this timer armed,
/// a parked thread always wakes within `period`, so a timer due later than that
/// needs no wake-up: one tick per `period` instead of several per message.
fn spawn_timer_anchor(period: Duration, shutdown: CancellationToken) {
    tokio::spawn(async move {
        loop {
            tokio::select! {
                () = tokio::time::sleep(period) => {}
                () = shutdown.cancelled() => return,
            }
        }
    });
}

/// Half the shortest timeout a message arms, within [`ANCHOR_MIN`] and
/// [`ANCHOR_MAX`]: the anchor's timer is always due before theirs.
fn anchor_period(settings: &Settings) -> Duration {
    let llm = &settings.llm;
    let mut shortest = llm.deadline.min(llm.timeout).min(llm.ttft_timeout);
    if settings.store.redis_url.is_some() {
        shortest = shortest.min(settings.store.write_timeout);
    }
    (shortest / 2).clamp(ANCHOR_MIN, ANCHOR_MAX)
}

/// INSTANCE_ID, or the host name and the port.
fn instance_id(settings: &Settings) -> String {
    settings.store.instance_id.clone().unwrap_or_else(|| {
        let host = gethostname::gethostname();
        format!("{}:{}", host.to_string_lossy(), settings.server.port)
    })
}

/// The time between keep-alives of attached sessions: a third of the TTL, at
/// most [`KEEP_ALIVE_MAX`].
fn keep_alive_period(settings: &Settings) -> Duration {
    (settings.store.session_ttl / 3)
        .min(KEEP_ALIVE_MAX)
        .max(Duration::from_millis(100))
}

/// Redis when REDIS_URL is set, else memory only.
fn open_store(
    settings: &Settings,
    instance: &str,
    shutdown: &CancellationToken,
) -> anyhow::Result<Arc<dyn SessionStore>> {
    let Some(url) = &settings.store.redis_url else {
        return Ok(Arc::new(MemoryStore::default()));
    };
    let lease = keep_alive_period(settings) * 3;
    // The window, and a chunk more while a fold is on its way.
    let memory = settings.sessions.max_memory_messages + settings.sessions.folding.chunk;
    let store = RedisStore::open(url, &settings.store, instance, memory, lease, shutdown)
        .context("cannot use REDIS_URL")?;
    Ok(store)
}

/// Lets the store's queued writes reach Redis, within [`FLUSH_TIMEOUT`].
async fn flush_store(state: &AppState) {
    let store = state.sessions.store();
    if !store.flush(FLUSH_TIMEOUT).await {
        tracing::error!(
            waiting = store.writes_waiting(),
            "session store writes still waiting at exit; they are lost"
        );
    }
}

/// Removes expired sessions every SESSION_CLEANUP_INTERVAL until shutdown.
async fn expire_sessions(state: AppState) {
    let mut ticker = tokio::time::interval(state.settings.sessions.cleanup_interval);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            () = state.shutdown.cancelled() => return,
            _ = ticker.tick() => {
                let expired = state.sessions.expire_idle();
                if expired > 0 {
                    tracing::info!(expired, remaining = state.sessions.len(), "expired idle sessions");
                }
            }
        }
    }
}

/// Binds `address` and listens with [`LISTEN_BACKLOG`], as `TcpListener::bind`
/// does otherwise (address reuse on Unix).
fn listen(address: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if address.is_ipv4() {
        TcpSocket::new_v4()?
    } else {
        TcpSocket::new_v6()?
    };
    #[cfg(unix)]
    socket.set_reuseaddr(true)?;
    socket.bind(address)?;
    socket.listen(LISTEN_BACKLOG)
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;
    use std::path::Path;

    use super::*;
    use crate::config::Sources;

    fn settings(env: &[(&str, &str)]) -> Settings {
        let env = env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect::<HashMap<_, _>>();
        let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
        Settings::load(&Sources::with_env(config, env)).unwrap()
    }

    #[test]
    fn the_anchor_ticks_before_the_shortest_timeout_a_message_arms() {
        // Defaults: first token within 2 s of a 6 s deadline; Redis is not used.
        assert_eq!(anchor_period(&settings(&[])), Duration::from_secs(1));
        let short = settings(&[("SUGGESTION_DEADLINE_MS", "900")]);
        assert_eq!(anchor_period(&short), Duration::from_millis(150));
        let redis = settings(&[
            ("REDIS_URL", "redis://127.0.0.1:1"),
            ("REDIS_WRITE_TIMEOUT_MS", "250"),
        ]);
        assert_eq!(anchor_period(&redis), Duration::from_millis(125));
        let tiny = settings(&[("SUGGESTION_DEADLINE_MS", "3")]);
        assert_eq!(anchor_period(&tiny), ANCHOR_MIN);
    }
}
