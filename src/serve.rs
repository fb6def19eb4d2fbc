//! The HTTP listener, hardened against clients that hold sockets without
//! finishing a request (slowloris). axum's `serve` sets no limit; this is the
//! accept loop it would run, on hyper's HTTP/1 connection, with:
//! - a header-read timeout (HTTP_HEADER_READ_TIMEOUT_SECONDS): a request head
//!   not received in full by then closes the connection, however slowly it
//!   trickles. hyper starts that clock as soon as a connection waits for a
//!   request, so it is also the idle timeout of a keep-alive connection;
//! - a maximum request-head size (HTTP_MAX_HEADER_BYTES; past it, 431);
//! - a cap on open connections counted at accept, in total
//!   (MAX_HTTP_CONNECTIONS) and per peer address (twice MAX_CONNECTIONS_PER_IP,
//!   so the upgrade past it is still refused with its reason; not for
//!   TRUSTED_PROXIES, whose clients the upgrade counts): a refused
//!   connection gets a 503 and is closed at once. A WebSocket keeps its slot
//!   until it closes;
//! - a graceful shutdown no client can extend: on shutdown the listener
//!   closes, idle connections close, a request in progress gets
//!   SHUTDOWN_GRACE_SECONDS to finish, then its connection is dropped.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use ipnet::IpNet;
use tokio::net::{TcpListener, TcpStream};
use tokio_util::sync::CancellationToken;
use tokio_util::task::TaskTracker;
use tower::Service;

use crate::access::{AddressSlot, AddressSlots, limit_key};

/// The answer to a connection over the caps, written before closing it.
const REFUSAL: &[u8] =
    b"HTTP/1.1 503 Service Unavailable\r\nconnection: close\r\ncontent-length: 0\r\n\r\n";
/// Pause after an accept error such as "too many open files", so the loop
/// does not spin while the process is out of descriptors.
const ACCEPT_ERROR_PAUSE: Duration = Duration::from_millis(100);

/// The listener's limits, from the settings.
#[derive(Debug, Clone)]
pub struct ListenerLimits {
    /// Time a client gets to send a whole request head, and that an idle
    /// keep-alive connection stays open.
    pub header_read_timeout: Duration,
    /// Largest request head (request line and headers), in bytes.
    pub max_header_bytes: usize,
    /// Open connections in total; `None` for no cap.
    pub max_connections: Option<usize>,
    /// Open connections from one peer address; `None` for no cap.
    pub max_connections_per_peer: Option<usize>,
    /// Peers not capped per address (their clients are counted at the upgrade).
    pub trusted_proxies: Vec<IpNet>,
    /// Time a request in progress gets to finish at shutdown.
    pub shutdown_grace: Duration,
}

/// Counters of the listener, shown on `/ready`.
#[derive(Debug, Default)]
pub struct ListenerStats {
    slots: Arc<AddressSlots>,
    refused: AtomicU64,
    header_timeouts: AtomicU64,
}

impl ListenerStats {
    /// Open HTTP connections, WebSockets included.
    #[must_use]
    pub fn open(&self) -> usize {
        self.slots.open()
    }

    /// Connections refused at accept because a cap was reached.
    #[must_use]
    pub fn refused(&self) -> u64 {
        self.refused.load(Ordering::Relaxed)
    }

    /// Connections closed because their request head did not arrive in time.
    #[must_use]
    pub fn header_timeouts(&self) -> u64 {
        self.header_timeouts.load(Ordering::Relaxed)
    }
}

/// The listener slot of the connection a request came on, in every request's
/// extensions: a WebSocket holds it until it closes, so it stays counted.
#[derive(Debug, Clone)]
pub struct HeldConnection {
    _slot: Arc<AddressSlot>,
}

/// Serves `router` on `listener` until `shutdown` is cancelled; then stops
/// accepting and returns the tracker of the connections still closing (each
/// done within the grace period).
///
/// # Errors
/// Never in practice: accept errors are logged and the loop goes on.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ListenerLimits,
    stats: Arc<ListenerStats>,
    shutdown: CancellationToken,
) -> std::io::Result<TaskTracker> {
    let builder = Arc::new(http1_builder(&limits));
    let connections = TaskTracker::new();
    loop {
        let accepted = tokio::select! {
            () = shutdown.cancelled() => break,
            accepted = listener.accept() => accepted,
        };
        let (stream, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(error) => {
                accept_failed(&error).await;
                continue;
            }
        };
        let Some(slot) = admit(&stats, &limits, peer) else {
            refuse(&stats, &stream, peer);
            continue;
        };
        let connection = Connection {
            builder: Arc::clone(&builder),
            router: router.clone(),
            stats: Arc::clone(&stats),
            peer,
            grace: limits.shutdown_grace,
        };
        connections.spawn(connection.run(stream, slot, shutdown.clone()));
    }
    drop(listener);
    connections.close();
    Ok(connections)
}

/// hyper's HTTP/1 connection settings for `limits`.
fn http1_builder(limits: &ListenerLimits) -> http1::Builder {
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .max_header_size(limits.max_header_bytes)
        .keep_alive(true);
    builder
}

/// A slot for a connection from `peer`, unless a cap is reached.
fn admit(stats: &ListenerStats, limits: &ListenerLimits, peer: SocketAddr) -> Option<AddressSlot> {
    if limits
        .max_connections
        .is_some_and(|max| stats.open() >= max)
    {
        return None;
    }
    let ip = peer.ip().to_canonical();
    let per_peer = if limits.trusted_proxies.iter().any(|net| net.contains(&ip)) {
        None
    } else {
        limits.max_connections_per_peer
    };
    stats.slots.take(limit_key(ip), per_peer)
}

/// Answers 503 if the socket takes it at once, and closes it.
fn refuse(stats: &ListenerStats, stream: &TcpStream, peer: SocketAddr) {
    let refused = stats.refused.fetch_add(1, Ordering::Relaxed) + 1;
    if refused.is_power_of_two() {
        tracing::warn!(peer.addr = %peer, refused, "connection refused: too many open connections");
    }
    let _ = stream.try_write(REFUSAL);
}

/// Logs an accept error; pauses when it is not the client's fault (out of
/// descriptors or memory) so the loop does not spin.
async fn accept_failed(error: &std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if matches!(
        error.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        return;
    }
    tracing::error!(%error, "cannot accept connections");
    tokio::time::sleep(ACCEPT_ERROR_PAUSE).await;
}

/// One accepted connection and what serving it needs.
struct Connection {
    builder: Arc<http1::Builder>,
    router: Router,
    stats: Arc<ListenerStats>,
    peer: SocketAddr,
    grace: Duration,
}

impl Connection {
    /// Serves requests until the client or the server closes; at shutdown, a
    /// request in progress gets the grace period, then the connection drops.
    async fn run(self, stream: TcpStream, slot: AddressSlot, shutdown: CancellationToken) {
        let _ = stream.set_nodelay(true);
        let Self {
            builder,
            router,
            stats,
            peer,
            grace,
        } = self;
        let held = HeldConnection {
            _slot: Arc::new(slot),
        };
        let service = service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request.extensions_mut().insert(held.clone());
            // A Router is always ready: `call` without `poll_ready` is allowed.
            router.clone().call(request)
        });
        let connection = builder
            .serve_connection(TokioIo::new(stream), service)
            .with_upgrades();
        tokio::pin!(connection);
        let result = tokio::select! {
            result = connection.as_mut() => result,
            () = shutdown.cancelled() => {
                connection.as_mut().graceful_shutdown();
                match tokio::time::timeout(grace, connection.as_mut()).await {
                    Ok(result) => result,
                    Err(_) => {
                        tracing::debug!(peer.addr = %peer, "connection dropped at the end of the grace period");
                        return;
                    }
                }
            }
        };
        if let Err(error) = result {
            if error.is_timeout() {
                stats.header_timeouts.fetch_add(1, Ordering::Relaxed);
            }
            tracing::debug!(peer.addr = %peer, %error, "connection ended");
        }
    }
}
