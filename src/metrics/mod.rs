//! Prometheus metrics (ENABLE_METRICS): the process's recorder, and `GET
//! /metrics` on a listener of its own (METRICS_HOST:METRICS_PORT), never on the
//! public one.
//!
//! Each layer records its own series where things happen, through the `metrics`
//! facade's global recorder, and names them in its own `metrics` module
//! ([`crate::llm::metrics`], [`crate::session::metrics`],
//! [`crate::agents::metrics`], [`crate::ws::metrics`]): no layer imports this
//! one, so the import direction holds. This module sits at the edge: it installs
//! the recorder, describes every series, and at each scrape reads the gauges the
//! server already keeps (open connections, sessions, circuit states, Redis's
//! write queue: `scrape.rs`).
//!
//! With ENABLE_METRICS off nothing here runs: no recorder is installed, every
//! record in the layers is a no-op, and nothing more listens.

mod scrape;

use std::net::SocketAddr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::config::{MetricsSettings, Settings};
use crate::serve::{ListenerLimits, ListenerStats, serve};
use crate::state::AppState;

/// Bucket bounds, in seconds, of every latency histogram: from the embedded
/// analyzer's few milliseconds to past SUGGESTION_DEADLINE_MS's default (6 s),
/// finest where LLM answers land (50 ms – 2 s).
pub const LATENCY_BUCKETS: [f64; 14] = [
    0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 10.0,
];
/// How often histograms are folded into their buckets between scrapes.
const UPKEEP_EVERY: Duration = Duration::from_secs(5);
/// Connections to the metrics listener at once; past it, 503.
const MAX_SCRAPERS: usize = 64;
/// How long a scrape in progress may go on at shutdown.
const SCRAPE_GRACE: Duration = Duration::from_secs(1);
/// The Prometheus text format's content type.
const TEXT_FORMAT: &str = "text/plain; version=0.0.4; charset=utf-8";

/// The recorder of this process, installed by the first server built with
/// metrics on (the recorder is global: later servers share it).
static RECORDER: Mutex<Option<PrometheusHandle>> = Mutex::new(None);

/// The bound metrics listener, served by [`MetricsListener::spawn`].
#[derive(Debug)]
pub struct MetricsListener {
    listener: TcpListener,
    address: SocketAddr,
    handle: PrometheusHandle,
}

impl MetricsListener {
    /// Installs the recorder and binds METRICS_HOST:METRICS_PORT; `None` when
    /// metrics are off.
    ///
    /// # Errors
    /// When the address cannot be bound or another recorder is installed.
    pub async fn bind(settings: &MetricsSettings) -> anyhow::Result<Option<Self>> {
        let Some(address) = settings.address() else {
            return Ok(None);
        };
        let handle = install()?;
        let listener = TcpListener::bind(address)
            .await
            .with_context(|| format!("cannot listen on METRICS_HOST:METRICS_PORT ({address})"))?;
        let address = listener.local_addr()?;
        Ok(Some(Self {
            listener,
            address,
            handle,
        }))
    }

    /// The address actually bound (useful with port 0).
    #[must_use]
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Serves `GET /metrics` until the server shuts down, and keeps the
    /// histograms folded; the task ends once its connections have closed.
    pub fn spawn(self, state: AppState) -> JoinHandle<()> {
        let Self {
            listener, handle, ..
        } = self;
        let upkeep = spawn_upkeep(handle.clone(), &state);
        let limits = listener_limits(&state.settings);
        let shutdown = state.shutdown.clone();
        let router = router(Scraped { handle, state });
        tokio::spawn(async move {
            let stats = Arc::new(ListenerStats::default());
            if let Ok(connections) = serve(listener, router, limits, stats, shutdown).await {
                let _ = tokio::time::timeout(SCRAPE_GRACE, connections.wait()).await;
            }
            upkeep.abort();
        })
    }
}

/// What a scrape reads: the recorder and the server's state.
#[derive(Clone)]
struct Scraped {
    handle: PrometheusHandle,
    state: AppState,
}

/// `GET /metrics`, and nothing else.
fn router(scraped: Scraped) -> Router {
    Router::new()
        .route("/metrics", get(render))
        .with_state(scraped)
}

/// The metrics in the Prometheus text format, gauges read now.
async fn render(State(scraped): State<Scraped>) -> impl IntoResponse {
    scrape::read_gauges(&scraped.state);
    (
        [(header::CONTENT_TYPE, TEXT_FORMAT)],
        scraped.handle.render(),
    )
}

/// The recorder of this process: installed with the latency buckets and every
/// series described the first time, shared afterwards.
fn install() -> anyhow::Result<PrometheusHandle> {
    let mut installed = RECORDER.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(handle) = installed.as_ref() {
        return Ok(handle.clone());
    }
    let handle = PrometheusBuilder::new()
        .set_buckets(&LATENCY_BUCKETS)
        .context("invalid histogram buckets")?
        .install_recorder()
        .context("cannot install the metrics recorder")?;
    describe();
    *installed = Some(handle.clone());
    Ok(handle)
}

/// Describes every series of every layer to the recorder.
fn describe() {
    crate::llm::metrics::describe();
    crate::session::metrics::describe();
    crate::agents::metrics::describe();
    crate::ws::metrics::describe();
    scrape::describe();
}

/// Folds recorded histogram samples into their buckets every [`UPKEEP_EVERY`].
fn spawn_upkeep(handle: PrometheusHandle, state: &AppState) -> JoinHandle<()> {
    let shutdown = state.shutdown.clone();
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(UPKEEP_EVERY);
        loop {
            tokio::select! {
                () = shutdown.cancelled() => return,
                _ = ticker.tick() => handle.run_upkeep(),
            }
        }
    })
}

/// The public listener's slowloris limits, with a small connection cap.
fn listener_limits(settings: &Settings) -> ListenerLimits {
    ListenerLimits {
        header_read_timeout: settings.server.header_read_timeout,
        max_header_bytes: settings.server.max_header_bytes,
        max_connections: Some(MAX_SCRAPERS),
        max_connections_per_peer: None,
        trusted_proxies: Vec::new(),
        shutdown_grace: SCRAPE_GRACE,
    }
}
